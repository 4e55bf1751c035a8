#!/usr/bin/env bash
# Optional quality score on the labelled articles (seeds, dev) in ../shared/eval (outside the
# repository, so not part of scripts/test.sh); says it is skipped when that folder is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${FACTCHECK_EVAL_DIR:-../shared/eval}
if [ ! -f "$eval_dir/score.py" ]; then
  echo "eval: skipped ($eval_dir/score.py not found; set FACTCHECK_EVAL_DIR to score elsewhere)"
  exit 0
fi
scripts/build.sh factcheck
dirs=("$eval_dir/seeds")
[ -d "$eval_dir/dev" ] && dirs+=("$eval_dir/dev")
python3 "$eval_dir/score.py" --bin build/factcheck --verbose --per-article "${dirs[@]}"
python3 "$eval_dir/score.py" --claims --bin build/factcheck --verbose "${dirs[@]}"
