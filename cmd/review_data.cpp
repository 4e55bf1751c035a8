// Review data for the reports; tested by tests/cmd/cli_test.cpp and tests/reports/browser/check-html-report.sh.
#include "cmd/review_data.h"

namespace cmd {

namespace {

bool has_field(const catalog::Catalog& catalog, const std::string& id, const std::string& field) {
  const auto holds = [&](const catalog::Gpu& g) {
    return g.field(field) || (field == "memory_clock" && g.field("memory_data_rate"));
  };
  if (const auto* g = catalog.find(id)) return holds(*g);
  if (const auto* family = catalog.family(id)) {
    for (const auto& member : family->members) {
      if (const auto* g = catalog.find(member); g && holds(*g)) return true;
    }
  }
  return false;
}

bool operand_known(const catalog::Catalog& catalog, const extract::Operand& o, const std::string& field) {
  return o.stated.has_value() || (o.gpu.resolved() && has_field(catalog, o.gpu.id, field));
}

// Whether the rules had what they need to judge the claim, so that no finding means the
// claim agrees: a catalog value for a value claim; every side's value for a comparison or
// ratio; every operand and the result of a calculation; a model size and a memory figure.
bool checkable(const extract::Claim& c, const catalog::Catalog& catalog) {
  switch (c.kind) {
    case extract::ClaimKind::value: {
      if (!c.gpu.resolved()) return false;
      if (c.gpu.members.empty()) return has_field(catalog, c.gpu.id, c.field);
      for (const auto& id : c.gpu.members) {
        if (has_field(catalog, id, c.field)) return true;
      }
      return false;
    }
    case extract::ClaimKind::comparison:
    case extract::ClaimKind::ratio: {
      if (c.others.empty() || !operand_known(catalog, c.subject, c.field)) return false;
      if (c.kind == extract::ClaimKind::ratio && !c.factor) return false;
      for (const auto& o : c.others) {
        if (!operand_known(catalog, o, c.field)) return false;
      }
      return true;
    }
    case extract::ClaimKind::arithmetic: return c.result.has_value() && !c.operands.empty();
    case extract::ClaimKind::feasibility:
      return c.bits_per_weight > 0 && c.model_params_billion > 0 &&
             (c.memory.has_value() || (c.gpu.resolved() && has_field(catalog, c.gpu.id, "memory_size")));
  }
  return false;
}

void name(core::FileReport& report, const catalog::Catalog& catalog, const std::string& id) {
  if (id.empty() || report.gpu_names.count(id)) return;
  if (const auto* g = catalog.find(id)) report.gpu_names[id] = g->name;
  else if (const auto* f = catalog.family(id)) report.gpu_names[id] = f->name;
}

}  // namespace

void add_review_data(core::FileReport& report, std::shared_ptr<const core::Document> document,
                     const extract::FileClaims& claims, const catalog::Catalog& catalog) {
  report.document = std::move(document);
  for (const extract::Claim& c : claims.claims) {
    core::ClaimMark mark;
    mark.span = c.span;
    mark.kind = extract::to_string(c.kind);
    mark.field = c.field;
    mark.gpu = c.gpu.resolved() ? c.gpu.id : c.subject.gpu.id;
    mark.text = c.text;
    mark.checkable = checkable(c, catalog);
    name(report, catalog, mark.gpu);
    report.claims.push_back(std::move(mark));
    for (const auto& id : c.gpu.members) name(report, catalog, id);
    name(report, catalog, c.subject.gpu.id);
    for (const auto& o : c.others) name(report, catalog, o.gpu.id);
  }
  for (const core::Finding& f : report.findings) {
    name(report, catalog, f.gpu);
    for (const core::Evidence& e : f.evidence) name(report, catalog, e.gpu);
  }
}

}  // namespace cmd
