// Invariant: members of one family differ only in the fields their variant explains; tested in tests/catalog/invariants_test.cpp.
#include <algorithm>
#include <cmath>
#include <map>

#include "catalog/invariants.h"
#include "core/field.h"
#include "core/quantity.h"

namespace catalog {

namespace {

const std::map<std::string, VariantGroup>& groups() {
  using G = VariantGroup;
  static const std::map<std::string, VariantGroup> table{
      // One die: a family is one product line, never two dies or nodes under one name.
      {"architecture", G::chip}, {"code_name", G::chip}, {"process", G::chip}, {"transistors", G::chip},
      {"die_size", G::chip},
      // The enabled units follow the SM (CU, Xe core) count.
      {"cuda_cores", G::configuration}, {"tensor_cores", G::configuration}, {"rt_cores", G::configuration},
      {"tmus", G::configuration}, {"nvenc", G::configuration}, {"nvdec", G::configuration},
      // Clocks change with the unit count, the power budget or the form factor (H100 PCIe vs SXM5);
      // a laptop GPU's clocks are the laptop maker's power setting, not one figure per product.
      {"base_clock", G::clocks}, {"boost_clock", G::clocks},
      // Throughput is units x clock: it changes only when one of them does.
      {"fp16_tflops", G::rates}, {"fp32_tflops", G::rates}, {"fp64_tflops", G::rates}, {"pixel_rate", G::rates},
      {"texture_rate", G::rates}, {"fp16_tensor_tflops", G::rates}, {"int8_tops", G::rates},
      {"tf32_tensor_tflops", G::rates}, {"fp8_tensor_tflops", G::rates}, {"fp4_tensor_tflops", G::rates}, {"bf16_tensor_tflops", G::rates},
      {"fp64_tensor_tflops", G::rates},
      // These sit with the memory controllers: a narrower bus has less L2 (RTX 3060 8 GB), fewer
      // ROPs (GTX 1060 5 GB: 40 of 48) and, on AMD's MCDs, less Infinity Cache (W7800 32 GB).
      {"l2_cache", G::memory_side}, {"rops", G::memory_side}, {"l3_cache", G::memory_side},
      // Chip features a board does not change, unless the form factor is another product.
      {"ecc", G::features}, {"mig_instances", G::features}, {"structured_sparsity", G::features},
  };
  return table;
}

// Does `field` tell the two members apart? A value only one member states might.
bool differs(const Gpu& a, const Gpu& b, const char* field) {
  const FieldValue* x = a.field(field);
  const FieldValue* y = b.field(field);
  if (!x && !y) return false;  // neither states it: nothing tells them apart
  if (!x || !y) return true;   // one unknown: it may differ, so it may explain the difference
  return x->value != y->value;
}

bool any_differs(const Gpu& a, const Gpu& b, std::initializer_list<const char*> fields) {
  for (const char* field : fields) {
    if (differs(a, b, field)) return true;
  }
  return false;
}

bool may_differ(VariantGroup group, const Gpu& a, const Gpu& b) {
  switch (group) {
    case VariantGroup::chip: return false;
    case VariantGroup::configuration: return differs(a, b, "sm_count");
    case VariantGroup::clocks:
      return a.segment == "laptop" || b.segment == "laptop" || any_differs(a, b, {"sm_count", "tdp", "form_factor", "interface"});
    case VariantGroup::rates:
      return any_differs(a, b, {"sm_count", "cuda_cores", "tmus", "rops", "base_clock", "boost_clock"});
    case VariantGroup::memory_side: return any_differs(a, b, {"memory_bus_width", "sm_count"});
    case VariantGroup::features: return any_differs(a, b, {"form_factor", "interface"});
    case VariantGroup::free: return true;
  }
  return true;
}

// Two members' values are the same statement: text equal, counts equal, and throughput within
// the rounding vendors apply to TFLOPS (RTX PRO 6000: 125 on one datasheet, 126 on the other;
// RTX 3060 Ti: 0.2531 from one source, 0.25 from another).
bool same_value(VariantGroup group, const Value& x, const Value& y) {
  if (x == y) return true;
  const double* a = std::get_if<double>(&x);
  const double* b = std::get_if<double>(&y);
  if (group != VariantGroup::rates || !a || !b) return false;
  return std::fabs(*a - *b) <= std::max(kFp64AbsoluteTolerance, kFp32Tolerance * std::max(std::fabs(*a), std::fabs(*b)));
}

std::string shown(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return core::format_number(*d, 4);
  return "\"" + std::get<std::string>(v) + "\"";
}

}  // namespace

VariantGroup variant_group(const std::string& field) {
  auto it = groups().find(field);
  return it == groups().end() ? VariantGroup::free : it->second;
}

std::vector<Violation> check_family_variants(const Catalog& catalog) {
  std::vector<Violation> out;
  for (const auto& family : catalog.families()) {
    std::vector<const Gpu*> members;
    for (const auto& id : family.members) {
      if (const Gpu* gpu = catalog.find(id)) members.push_back(gpu);
    }
    for (const auto& info : core::value_fields()) {
      std::string field(info.name);
      VariantGroup group = variant_group(field);
      if (group == VariantGroup::free) continue;
      bool reported = false;  // one violation per family and field: the first pair that breaks it
      for (size_t i = 0; i < members.size() && !reported; ++i) {
        for (size_t j = i + 1; j < members.size() && !reported; ++j) {
          const Gpu& a = *members[i];
          const Gpu& b = *members[j];
          const FieldValue* x = a.field(field);
          const FieldValue* y = b.field(field);
          if (!x || !y || same_value(group, x->value, y->value) || may_differ(group, a, b)) continue;
          out.push_back({"family-variants", family.id, field,
                         field + " differs between " + a.id + " (" + shown(x->value) + ") and " + b.id + " (" +
                             shown(y->value) + "), though nothing that explains it does",
                         y->position});
          reported = true;
        }
      }
    }
  }
  return out;
}

}  // namespace catalog
