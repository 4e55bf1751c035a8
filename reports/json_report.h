// JSON renderer ({"version":1,"files":[...]}), read by ../shared/eval/score.py; tested in tests/reports/json_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

// Format version of the JSON document; bump when a key changes meaning or goes away.
inline constexpr int kJsonFormatVersion = 1;

struct JsonOptions {
  std::string tool_version;  // "tool":{"name","version"} when set
  int indent = 2;            // -1 for one line
};

// {"version":1,"tool":{...},"summary":{...},"files":[{"path","title","errors":[...],
//  "findings":[{"rule","severity","verdict","line","column","end_line","end_column","gpu",
//  "field","claimed","expected","message","suggestion","evidence":[...],"related":[...]}]}]}
// Keys rule, severity, line, column, gpu, field, claimed, expected, message are a contract
// with the evaluation script: every finding carries all of them (strings may be empty).
std::string render_json(const std::vector<core::FileReport>& files, const JsonOptions& options = {});

}  // namespace reports
