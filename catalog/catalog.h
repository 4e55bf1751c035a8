// Catalog: the canonical GPU records with per-field provenance; tested in tests/catalog/catalog_test.cpp and loader_test.cpp.
#pragma once
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/alias.h"
#include "core/error.h"

namespace catalog {

// The segments a record may name, in display order (datasets/catalog/README.md).
inline constexpr std::array<std::string_view, 6> kSegments{"datacenter", "consumer", "workstation",
                                                            "laptop",     "apu",      "embedded"};

enum class SourceKind { measured, vendor, derived, third_party };
const char* to_string(SourceKind kind);
std::optional<SourceKind> source_kind_from_string(const std::string& text);
// Lower is stronger: measured < vendor < derived < third_party (DESIGN.md §4).
int precedence(SourceKind kind);

// Where a value comes from. Which members are set depends on the kind:
// vendor: url (+ title); measured: capture, tool, driver, date; derived: formula;
// third_party: url or record (id in datasets/third_party).
struct SourceRef {
  std::string id;
  SourceKind kind = SourceKind::vendor;
  std::string title;
  std::string url;
  std::string capture;
  std::string tool;
  std::string driver;
  std::string date;
  std::string formula;
  std::string record;
  core::Position position;  // where the source is declared
};

using Value = std::variant<double, std::string>;

struct FieldValue {
  std::string field;  // vocabulary word
  Value value;
  std::string unit;   // canonical unit of the field ("GB", "GB/s", ...), "" for counts/text
  std::optional<double> sparse;   // tensor throughput with structured sparsity
  std::vector<Value> also_accepted;  // other spellings/values that are not errors (e.g. "4 nm" for TSMC 4N)
  std::string source;  // id into Gpu::sources
  std::string note;    // why this value, when a source disagrees
  std::string node;    // foundry process name for `process` ("TSMC 4N")
  core::Position position;  // of the value in the JSON file

  bool is_number() const { return std::holds_alternative<double>(value); }
  double number() const { return std::get<double>(value); }
  const std::string& text() const { return std::get<std::string>(value); }
};

struct Gpu {
  std::string id;      // "nvidia-l4"
  std::string name;    // "NVIDIA L4"
  std::string vendor;  // "nvidia" | "amd" | "intel"
  std::string family;  // shared by variants ("nvidia-h100"); "" when none
  std::string variant; // "SXM5 80 GB" within the family
  std::string segment; // one of kSegments
  std::vector<std::string> aliases;
  std::map<std::string, FieldValue> fields;
  std::map<std::string, SourceRef> sources;
  std::string path;  // file it was loaded from
  core::Position position;
  // Where the identifying values sit, so cross-record checks can point at them.
  core::Position id_position;
  core::Position name_position;
  core::Position vendor_position;
  core::Position family_position;
  std::vector<core::Position> alias_positions;  // parallel to aliases

  // Facts every GPU of its architecture shares (datasets/catalog/architectures/), such as
  // "no FP8 Tensor Cores", for fields the record itself leaves out; filled by
  // Catalog::index(). They back feature claims only: field() never returns them, and
  // stats and the third-party diff count the record's own values.
  std::map<std::string, FieldValue> inherited;
  std::map<std::string, SourceRef> inherited_sources;  // ids "<architecture id>/<source id>"

  const FieldValue* field(const std::string& name) const;
  // The record's own field, else what its architecture says.
  const FieldValue* feature_value(const std::string& name) const;
  const SourceRef* source_of(const FieldValue& value) const;
};

// Facts of one architecture that hold for each of its GPUs (datasets/catalog/architectures/).
struct Architecture {
  std::string id;            // "nvidia-ampere"
  std::string vendor;        // "nvidia"
  std::string architecture;  // the value GPU records give "architecture": "Ampere"
  std::map<std::string, SourceRef> sources;
  std::map<std::string, FieldValue> fields;
  std::string path;
  core::Position position;
};

struct Family {
  std::string id;
  std::string name;  // "NVIDIA H100"
  std::vector<std::string> aliases;  // spellings that name the whole family ("H100")
  std::vector<std::string> members;  // gpu ids
  std::string path;
  core::Position position;
  core::Position id_position;
  std::vector<core::Position> alias_positions;   // parallel to aliases
  std::vector<core::Position> member_positions;  // parallel to members
};

class Catalog {
 public:
  const std::vector<Gpu>& gpus() const { return gpus_; }
  const std::vector<Family>& families() const { return families_; }
  const std::vector<Architecture>& architectures() const { return architectures_; }
  const Gpu* find(const std::string& id) const;
  // By id, name or alias, case-insensitively; a family alias (or a spelling several
  // members share) returns nullptr: use lookup_family.
  const Gpu* lookup(const std::string& id_or_alias) const;
  const Family* family(const std::string& id) const;
  // By family id, name or alias, case-insensitively; also a spelling that only members of
  // one family share. nullptr when the text names no family.
  const Family* lookup_family(const std::string& id_or_alias) const;
  const Family* family_of(const Gpu& gpu) const;
  // Other members of the GPU's family (for "fits another variant" warnings).
  std::vector<const Gpu*> siblings(const Gpu& gpu) const;
  // Closest ids/names for an unknown query, best first.
  std::vector<std::string> suggestions(const std::string& query, size_t max = 5) const;
  // Every spelling of every GPU and family, for the extractor.
  core::AliasTable alias_table() const;

  void add(Gpu gpu) { gpus_.push_back(std::move(gpu)); }
  void add_family(Family family) { families_.push_back(std::move(family)); }
  void add_architecture(Architecture a) { architectures_.push_back(std::move(a)); }
  void index();  // rebuild lookup maps and inherited architecture facts after adds

 private:
  std::vector<Gpu> gpus_;
  std::vector<Family> families_;
  std::vector<Architecture> architectures_;
  std::map<std::string, std::vector<size_t>> by_key_;  // lowercased id/name/alias -> gpu indexes
  std::map<std::string, size_t> family_by_key_;        // lowercased family id/name/alias -> index
};

// A whole-catalog check, run after every file has been read; it appends what it finds.
// Other stages (probe: measured records agree with the catalog) add theirs to the list
// that `factcheck catalog validate` runs.
struct Check {
  std::string name;  // "aliases", "derived-bandwidth", ...
  std::function<void(const Catalog&, core::Errors&)> run;
};
// Identity (ids, files, folders), aliases, families, derived bandwidth, CUDA cores per SM.
std::vector<Check> builtin_checks();

// Loads every <dir>/<vendor>/*.json, <dir>/families/*.json and <dir>/architectures/*.json.
// `catalog` holds every record that could be read; `errors` every problem found (never
// only the first), in file order, each at path:line:col. The catalog is usable for
// lookups only when `errors` is empty.
struct LoadResult {
  Catalog catalog;
  core::Errors errors;
};
LoadResult load_catalog(const std::string& dir);  // runs builtin_checks()
LoadResult load_catalog(const std::string& dir, const std::vector<Check>& checks);

}  // namespace catalog
