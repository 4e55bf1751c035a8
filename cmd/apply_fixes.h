// --fix: write unambiguous suggestions back into the checked file, atomically; tested in tests/cmd/fix_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/finding.h"

namespace cmd {

struct FixResult {
  int applied = 0;
  std::optional<core::Error> error;  // the file could not be written (nothing was changed)
};

// Replaces each finding's span with its suggestion where that is unambiguous: the finding is
// an error with a suggestion, the span is non-empty, on one line, holds no markup (`<`, `>`, `&`), and no
// other fix overlaps it (overlapping fixes are all skipped: which one is right is a question
// for the writer). Only plain local files are edited, never stdin, URLs or PDFs. The file is
// replaced atomically (temp file + rename); with `backup` the original is kept as PATH.orig.
// Applied findings are removed from `file.findings`, so the report shows what is left.
FixResult apply_fixes(core::FileReport& file, bool backup);

}  // namespace cmd
