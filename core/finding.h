// Finding: one judgement on one claim, ready for any renderer; tested in tests/core/finding_test.cpp.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"
#include "core/source.h"
#include "core/span.h"

namespace core {

enum class Severity { info, warning, error };
enum class Verdict {
  refuted,       // the claim contradicts the reference value
  inconsistent,  // the document contradicts itself (two values, a broken formula)
  unverifiable,  // unknown GPU or field: said so, never guessed
  supported,     // checked and right (only emitted on request)
  explained,     // off the catalog, but an innocent reading fits (named in Finding::reading)
};

const char* to_string(Severity s);
const char* to_string(Verdict v);
bool parse_severity(std::string_view text, Severity& out);

// Why we believe the expected value: one catalog field and where it came from.
struct Evidence {
  std::string gpu;          // catalog id
  std::string field;        // vocabulary word
  std::string value;        // "24 GB"
  std::string source_id;    // id inside the catalog record
  std::string source_kind;  // measured | vendor | derived | third_party | document
  std::string title;        // human label of the source
  std::string url;          // vendor page or datasheet
  std::string capture;      // device-query capture or measured record path
  std::string detail;       // driver/tool/date, the formula, a note on the field
};

// Another place in the same document a finding is about (consistency findings).
struct RelatedLocation {
  Span span;
  Position position;
  std::string message;
};

struct Finding {
  std::string rule;  // "<family>-<problem>", stamped by the sink
  Severity severity = Severity::error;
  Verdict verdict = Verdict::refuted;
  Span span;
  Position begin;  // resolved from span against the Source
  Position end;
  std::string gpu;       // catalog id ("" when none applies)
  std::string field;     // vocabulary word
  std::string claimed;   // "16 GB"
  std::string expected;  // "24 GB"
  std::string message;   // one sentence an editor can act on
  std::string suggestion;  // replacement text for the claim's span ("" when none)
  // For an `explained` finding: the innocent reading that fits ("other_gpu: the RTX 4070's
  // TDP"); empty otherwise.
  std::string reading;
  double confidence = 1.0;  // of the claim's attribution, 0..1
  std::vector<Evidence> evidence;
  std::vector<RelatedLocation> related;
};

// What renderers (SARIF rule metadata, --list-rules) know of a rule, handed over as data
// so reports never link rules.
struct RuleInfo {
  std::string id;        // "catalog-value-mismatch"
  std::string family;    // "catalog"
  std::string summary;   // one line
  std::string help;      // the rule's doc paragraph
  Severity default_severity = Severity::error;
};

// One claim the extractor found, as a report marks it in the article: plain data, so
// reports never link extract. Findings attach to a claim through its span.
struct ClaimMark {
  Span span;
  std::string kind;   // value | comparison | ratio | arithmetic | feasibility
  std::string field;  // vocabulary word (the field compared, for the non-value kinds)
  std::string gpu;    // catalog id, family id, or "" when unresolved
  std::string text;   // the claim as written
  // Whether the reference it needs exists (the catalog holds the field for its GPU, or a
  // calculation has every operand): then no finding means checked and confirmed, while
  // an unchecked claim without a finding is shown as unverifiable.
  bool checkable = false;
};

// Everything the renderers need about one input: the source (for snippets), its
// findings in document order, and any input errors.
struct FileReport {
  std::string path;
  std::shared_ptr<const Source> source;  // null when the file could not be read
  std::string title;
  std::vector<Finding> findings;
  std::vector<Error> errors;
  // What the HTML article view needs beyond the findings; all optional (empty or null
  // when the caller has no document model), the other renderers ignore them.
  std::shared_ptr<const Document> document;  // the reader's blocks over `source`'s bytes
  std::vector<ClaimMark> claims;             // every extracted claim, document order
  std::map<std::string, std::string> gpu_names;  // catalog id -> display name ("NVIDIA L4")
  int suppressed = 0;  // findings dropped by factcheck-disable comments, for the summary
};

}  // namespace core
