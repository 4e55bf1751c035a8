// Catalog vs TechPowerUp: which record each GPU maps to and every field where they disagree; tested in tests/catalog/third_party_diff_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "catalog/third_party.h"

namespace catalog {

// How far a TechPowerUp number may be from ours before it counts as a disagreement, and why.
// Numbers agree when |a - b| <= max(absolute, relative * |ours|); text fields agree when
// equal after folding case, spacing and version suffixes (see third_party_diff.cpp).
struct FieldTolerance {
  double relative = 0;
  double absolute = 0;
  const char* why = "";
};
const FieldTolerance& third_party_tolerance(const std::string& field);

enum class RecordMatch {
  by_record,       // a third_party source names the record
  by_name,         // no source names one; the GPU's name or an alias equals a TechPowerUp name
  none,            // nothing to compare with
  ambiguous_name,  // several TechPowerUp records share the name; none is picked
  missing_record,  // the cited record is not in the database: a catalog error
};
const char* to_string(RecordMatch match);

struct RecordMapping {
  std::string gpu_id;
  std::string record_id;  // "" unless by_record / by_name
  RecordMatch match = RecordMatch::none;
  core::Position position;  // the citing source, or the record
};

struct Disagreement {
  std::string gpu_id;
  std::string field;
  std::string record_id;
  Value catalog_value;
  Value third_party_value;
  std::string unit;        // catalog unit of both values
  std::string derivation;  // how the TechPowerUp value was converted, when it was
  std::string tolerance;   // "exact", "2%", "1 mm"
  std::string note;        // the catalog field's note; non-empty means explained
  SourceRef source;        // what the catalog value cites
  core::Position position; // the catalog value
  bool explained() const { return !note.empty(); }
};

struct ThirdPartyDiff {
  std::string database_path;
  std::vector<RecordMapping> mappings;        // one per catalog GPU, in catalog order
  std::vector<Disagreement> disagreements;    // in catalog order, fields in vocabulary order
  size_t unexplained() const;
  size_t count(RecordMatch match) const;
};

ThirdPartyDiff diff_third_party(const Catalog& catalog, const ThirdPartyDatabase& database);

// `factcheck catalog diff --third-party` output. Text: one "path:line:col: explained|unexplained:
// ..." line per disagreement, then mapping notes and a summary. JSON: {"version","database",
// "summary":{...},"gpus":[{"id","record","match"}],"disagreements":[{...}]}.
std::string diff_text(const ThirdPartyDiff& diff);
std::string diff_json(const ThirdPartyDiff& diff);
// datasets/catalog/KNOWN-THIRD-PARTY-ERRORS.md: a table of every explained disagreement (GPU,
// field, database value, our value, our source, why), then any unexplained ones. It names no
// file paths, so the committed file is the same wherever the catalog was loaded from.
std::string diff_markdown(const ThirdPartyDiff& diff);

}  // namespace catalog
