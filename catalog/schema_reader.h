// Shared steps for reading catalog JSON against its schema, collecting every error; tested in tests/catalog/schema_errors_test.cpp.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/json_node.h"
#include "core/error.h"
#include "core/source.h"

namespace catalog {

// Wraps one file's source and the error list; every helper reports and carries on, so a
// curator sees every problem of a record in one run.
class SchemaReader {
 public:
  SchemaReader(const core::Source& source, core::Errors& errors) : source_(source), errors_(errors) {}

  core::Position at(size_t offset) const { return source_.position(offset); }
  const std::string& path() const { return source_.name(); }
  void error(core::ErrorCode code, size_t offset, std::string message);

  // False (and an error) unless `node` is an object. `what` reads "GPU record", "source \"x\"".
  bool expect_object(const json::Node& node, std::string_view what);
  // Reports members outside `allowed`, repeated keys, and `required` keys that are absent.
  void check_keys(const json::Node& object, std::initializer_list<std::string_view> allowed,
                  std::initializer_list<std::string_view> required, std::string_view what);
  // Reports each key that appears a second time in `object`.
  void check_duplicate_keys(const json::Node& object, std::string_view what);
  // The string at `key`, or nullopt when absent or not a string (the latter reported).
  std::optional<std::string> string_member(const json::Node& object, std::string_view key, std::string_view what);
  // An array of strings at `key` with each string's position; wrong types reported.
  std::vector<std::pair<std::string, core::Position>> string_array_member(const json::Node& object, std::string_view key,
                                                                           std::string_view what);
  // "`what` must be a number, got string" at the node.
  void wrong_type(const json::Node& node, std::string_view what, std::string_view expected);

 private:
  const core::Source& source_;
  core::Errors& errors_;
};

// Schema of datasets/catalog/README.md. Each appends problems and returns what it could read.
Gpu read_gpu_record(const json::Node& root, SchemaReader& reader);
Family read_family_record(const json::Node& root, SchemaReader& reader);
Architecture read_architecture_record(const json::Node& root, SchemaReader& reader);
std::map<std::string, SourceRef> read_sources(const json::Node& sources, SchemaReader& reader);
std::map<std::string, FieldValue> read_fields(const json::Node& fields, const std::map<std::string, SourceRef>& sources,
                                              SchemaReader& reader);

}  // namespace catalog
