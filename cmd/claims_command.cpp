// `factcheck claims FILE|-...`: the claims the extractor finds, as text or JSON; tested by tests/cmd/cli_test.cpp.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "audit/pipeline.h"
#include "cmd/catalog_session.h"
#include "cmd/commands.h"
#include "cmd/config_file.h"
#include "cmd/inputs.h"
#include "core/quantity.h"

namespace cmd {
namespace {

nlohmann::json claim_json(const extract::Claim& c, const core::Source& source) {
  auto begin = source.position(c.span.begin);
  auto end = source.position(c.span.end);
  nlohmann::json j;
  j["line"] = begin.line;
  j["column"] = begin.column;
  j["end_line"] = end.line;
  j["end_column"] = end.column;
  if (c.gpu.resolved()) {
    j["gpu"] = c.gpu.id;
    if (!c.gpu.members.empty()) j["members"] = c.gpu.members;
  } else {
    j["gpu"] = nullptr;
    j["mention"] = c.gpu.mention;
  }
  j["kind"] = extract::to_string(c.kind);
  j["field"] = c.kind == extract::ClaimKind::value ? c.field : std::string(extract::to_string(c.kind));
  if (c.kind != extract::ClaimKind::value) j["compared_field"] = c.field;
  if (c.quantity) {
    j["value"] = c.quantity->value;
    if (c.quantity->upper) j["upper"] = *c.quantity->upper;
    j["unit"] = std::string(core::unit_symbol(c.quantity->unit));
  } else if (!c.text_value.empty()) {
    j["value"] = c.text_value;
    j["unit"] = "";
  } else if (c.factor) {
    j["value"] = c.factor->value;
    j["unit"] = "x";
  } else {
    j["value"] = nullptr;
    j["unit"] = "";
  }
  if (!c.relation.empty()) j["relation"] = c.relation;
  if (!c.narrower_field.empty()) j["narrower_field"] = c.narrower_field;
  if (c.supports) {
    j["feature"] = c.feature;
    j["supports"] = *c.supports;
  }
  j["text"] = c.text;
  j["attributed_by"] = extract::to_string(c.gpu.attributed_by);
  j["confidence"] = c.confidence;
  if (!c.confidence_reason.empty()) j["confidence_reason"] = c.confidence_reason;
  if (!c.scope.empty()) j["scope"] = c.scope;
  return j;
}

std::string claim_text(const extract::Claim& c, const core::Source& source) {
  auto p = source.position(c.span.begin);
  std::string value = c.quantity ? core::format_quantity(*c.quantity) : c.text_value;
  if (c.supports) value = (*c.supports ? "has " : "has no ") + c.feature;
  if (c.factor) value = core::format_quantity(*c.factor);
  std::string field = c.kind == extract::ClaimKind::value ? c.field : std::string(extract::to_string(c.kind)) + ":" + c.field;
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
         (c.gpu.resolved() ? c.gpu.id : "?" + c.gpu.mention) + " " + field + " = " + value + "  [" +
         extract::to_string(c.gpu.attributed_by) + "] \"" + c.text + "\"";
}

}  // namespace

void add_claims_command(CLI::App& app, int& exit_code) {
  struct Options {
    std::vector<std::string> files;
    std::string format = "text";
    CatalogFlags catalog;
  };
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("claims", "Print the claims found in articles (GPU, field, value, position)");
  sub->add_option("files", options->files, "Articles to read (- for stdin)")->required();
  sub->add_option("--format", options->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  add_catalog_flags(*sub, options->catalog);
  sub->callback([options, &exit_code] {
    bool input_error = false;
    const auto paths = expand_args(options->files, {}, input_error);
    if (input_error) exit_code = 2;
    auto config = config_for_run(paths, "", options->catalog.no_config);
    if (!config.ok()) {
      std::fprintf(stderr, "%s\n", config.error().format().c_str());
      exit_code = 2;
      return;
    }
    auto session = open_catalog(catalog_layers(options->catalog, config->catalog_paths, config->path));
    if (!session) {
      exit_code = 3;
      return;
    }
    nlohmann::json files = nlohmann::json::array();
    std::string text;
    for (const auto& input : read_inputs(paths)) {
      for (const auto& e : input.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
      if (!input.document) {
        exit_code = 2;
        continue;
      }
      auto result = audit::document_claims(*input.document, *session);
      nlohmann::json claims = nlohmann::json::array();
      for (const auto& c : result.claims) {
        claims.push_back(claim_json(c, input.document->source));
        text += claim_text(c, input.document->source) + "\n";
      }
      files.push_back({{"path", input.path}, {"claims", claims}, {"unresolved_mentions", result.unresolved_mentions}});
    }
    if (options->format == "json") {
      std::printf("%s\n", nlohmann::json{{"version", 1}, {"files", files}}.dump(2).c_str());
    } else {
      std::fputs(text.c_str(), stdout);
    }
  });
}

}  // namespace cmd
