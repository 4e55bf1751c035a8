// Tests catalog/invariants.h on small catalogs built in code, then runs every invariant over the bundled datasets/catalog with its named exceptions.
#include <algorithm>
#include <catch2/catch.hpp>

#include "catalog/checks.h"
#include "catalog/invariants.h"
#include "core/field.h"
#include "invariant_exceptions.h"

namespace {

catalog::Gpu gpu(const std::string& id, const std::string& vendor, const std::string& architecture,
                 const std::string& code_name = "") {
  catalog::Gpu g;
  g.id = id;
  g.name = id;
  g.vendor = vendor;
  g.segment = "consumer";
  catalog::SourceRef s;
  s.id = "page";
  s.kind = catalog::SourceKind::vendor;
  s.url = "https://example.com/" + id;
  g.sources[s.id] = s;
  auto text = [&](const char* field, const std::string& value) {
    if (value.empty()) return;
    g.fields[field] = catalog::FieldValue{field, value, "", std::nullopt, {}, "page", "", "", {}};
  };
  text("architecture", architecture);
  text("code_name", code_name);
  return g;
}

void set(catalog::Gpu& g, const char* field, double value) {
  g.fields[field] = catalog::FieldValue{field, value, "", std::nullopt, {}, "page", "", "", {}};
}

catalog::Catalog with(std::vector<catalog::Gpu> gpus, std::vector<catalog::Family> families = {}) {
  catalog::Catalog c;
  for (auto& g : gpus) c.add(std::move(g));
  for (auto& f : families) c.add_family(std::move(f));
  c.index();
  return c;
}

std::vector<std::string> subjects(const std::vector<catalog::Violation>& found) {
  std::vector<std::string> out;
  for (const auto& v : found) out.push_back(v.subject + " " + v.field);
  return out;
}

const catalog::LoadResult& bundled() {
  static const catalog::LoadResult loaded =
      catalog::load_catalog(std::string(FACTCHECK_SOURCE_DIR) + "/datasets/catalog");
  return loaded;
}

}  // namespace

TEST_CASE("fp32: 2 x cores x boost, 4 for AMD dual issue; 1% tolerance") {
  auto ada = gpu("nvidia-a", "nvidia", "Ada Lovelace", "AD104");
  set(ada, "cuda_cores", 5888);
  set(ada, "boost_clock", 2475);
  set(ada, "fp32_tflops", 29.15);  // 29.146 exactly
  auto off = ada;
  off.id = "nvidia-b";
  off.fields["fp32_tflops"].value = 30.0;  // 2.9% off: a wrong figure
  auto rdna3 = gpu("amd-c", "amd", "RDNA 3", "Navi 31");
  set(rdna3, "cuda_cores", 6144);
  set(rdna3, "boost_clock", 2498);
  set(rdna3, "fp32_tflops", 61.39);
  auto rdna3_single = rdna3;
  rdna3_single.id = "amd-d";
  rdna3_single.fields["fp32_tflops"].value = 30.69;  // single-issue figure: not AMD's convention
  auto found = catalog::check_fp32_rate(with({ada, off, rdna3, rdna3_single}));
  REQUIRE(subjects(found) == std::vector<std::string>{"nvidia-b fp32_tflops", "amd-d fp32_tflops"});
  CHECK(found[0].message == "fp32_tflops 30 is not 2 x cuda_cores 5888 x boost_clock 2475 MHz = 29.15 TFLOPS");
  CHECK(catalog::fp32_ops_per_core_clock("amd", "RDNA 3.5") == 4);
  CHECK(catalog::fp32_ops_per_core_clock("amd", "CDNA 3") == 4);
  CHECK(catalog::fp32_ops_per_core_clock("amd", "RDNA 2") == 2);
  CHECK(catalog::fp32_ops_per_core_clock("nvidia", "Blackwell") == 2);
}

TEST_CASE("fp64: the ratio table per architecture and die") {
  using catalog::fp64_ratio;
  CHECK(fp64_ratio("nvidia", "Ampere", "GA102") == 1.0 / 64);
  CHECK(fp64_ratio("nvidia", "Ampere", "GA100") == 0.5);
  CHECK(fp64_ratio("nvidia", "Ada Lovelace", "AD102") == 1.0 / 64);
  CHECK(fp64_ratio("nvidia", "Hopper", "GH100") == 0.5);
  CHECK(fp64_ratio("nvidia", "Pascal", "GP100") == 0.5);
  CHECK(fp64_ratio("nvidia", "Pascal", "GP102") == 1.0 / 32);
  CHECK(fp64_ratio("nvidia", "Turing", "TU104") == 1.0 / 32);
  CHECK(fp64_ratio("nvidia", "Blackwell", "GB202") == 1.0 / 64);
  CHECK_FALSE(fp64_ratio("nvidia", "Blackwell", ""));
  CHECK(fp64_ratio("nvidia", "Kepler", "GK210") == 1.0 / 3);
  CHECK(fp64_ratio("nvidia", "Kepler", "GK104") == 1.0 / 24);
  CHECK(fp64_ratio("nvidia", "Maxwell", "GM200") == 1.0 / 32);
  CHECK(fp64_ratio("amd", "GCN 3", "Fiji") == 1.0 / 16);
  CHECK(fp64_ratio("amd", "RDNA 2", "Navi 21") == 1.0 / 16);
  CHECK(fp64_ratio("amd", "RDNA 3", "Navi 31") == 1.0 / 32);
  CHECK(fp64_ratio("amd", "CDNA 2", "Aldebaran") == 1.0);
  CHECK(fp64_ratio("intel", "Xe-HPC", "Ponte Vecchio") == 1.0);
  CHECK_FALSE(fp64_ratio("intel", "Xe-HPG", "DG2-512"));
}

TEST_CASE("fp64: off its ratio, within rounding, and with no ratio known") {
  auto ga102 = gpu("nvidia-a", "nvidia", "Ampere", "GA102");
  set(ga102, "fp32_tflops", 35.58);
  set(ga102, "fp64_tflops", 0.556);
  auto half = ga102;
  half.id = "nvidia-b";
  half.fields["fp64_tflops"].value = 17.79;  // GA100's ratio on a GA102: wrong
  auto small = gpu("nvidia-c", "nvidia", "Turing", "TU117");
  set(small, "fp32_tflops", 1.09);
  set(small, "fp64_tflops", 0.03);  // 0.034 at two decimals: within 0.006
  auto unknown = gpu("nvidia-d", "nvidia", "Blackwell");
  set(unknown, "fp32_tflops", 80);
  set(unknown, "fp64_tflops", 40);
  auto found = catalog::check_fp64_ratio(with({ga102, half, small, unknown}));
  REQUIRE(subjects(found) == std::vector<std::string>{"nvidia-b fp64_tflops", "nvidia-d fp64_tflops"});
  CHECK(found[0].message == "fp64_tflops 17.79 is not fp32_tflops 35.58 x 1/64 (Ampere GA102) = 0.556 TFLOPS");
  CHECK(found[1].message == "no FP64:FP32 ratio is known for nvidia Blackwell; fp64_tflops 40 goes unchecked");
}

TEST_CASE("cores per unit: AMD 64 stream processors per CU, checked at load") {
  auto good = gpu("amd-a", "amd", "RDNA 3", "Navi 31");
  set(good, "sm_count", 96);
  set(good, "cuda_cores", 6144);
  auto bad = gpu("amd-b", "amd", "RDNA 2", "Navi 21");
  set(bad, "sm_count", 80);
  set(bad, "cuda_cores", 5210);
  core::Errors errors;
  catalog::check_cores_per_sm(with({good, bad}), errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "cuda_cores 5210 is not sm_count 80 x 64 stream processors per CU (RDNA 2 Navi 21) = 5120");
}

TEST_CASE("family variants: memory variants differ in memory, not in clocks or dies") {
  auto a = gpu("nvidia-x-8gb", "nvidia", "Ada Lovelace", "AD106");
  a.family = "nvidia-x";
  set(a, "sm_count", 34);
  set(a, "cuda_cores", 4352);
  set(a, "boost_clock", 2535);
  set(a, "memory_size", 8);
  set(a, "memory_bus_width", 128);
  set(a, "l2_cache", 32);
  set(a, "tdp", 160);
  auto b = a;
  b.id = "nvidia-x-16gb";
  b.fields["memory_size"].value = 16.0;  // free: the point of the variant
  b.fields["boost_clock"].value = 2600.0;  // same SMs, TDP and form factor: unexplained
  b.fields["code_name"].value = std::string("AD104");  // a chip field never differs
  catalog::Family fam;
  fam.id = "nvidia-x";
  fam.members = {a.id, b.id};
  auto found = catalog::check_family_variants(with({a, b}, {fam}));
  REQUIRE(subjects(found) == std::vector<std::string>{"nvidia-x code_name", "nvidia-x boost_clock"});
  CHECK(found[1].message ==
        "boost_clock differs between nvidia-x-8gb (2535) and nvidia-x-16gb (2600), though nothing that explains it does");

  // A power-limited variant may clock lower; a narrower bus may have less L2.
  auto c = a;
  c.id = "nvidia-x-16gb";
  c.fields["tdp"].value = 165.0;
  c.fields["boost_clock"].value = 2600.0;
  c.fields["memory_bus_width"].value = 96.0;
  c.fields["l2_cache"].value = 24.0;
  CHECK(catalog::check_family_variants(with({a, c}, {fam})).empty());

  // ROPs sit with the memory partitions (GTX 1060 5 GB); laptop clocks are the maker's setting.
  auto d = a;
  d.id = "nvidia-x-16gb";
  set(a, "rops", 48);
  set(d, "rops", 40);
  d.fields["memory_bus_width"].value = 160.0;
  CHECK(catalog::check_family_variants(with({a, d}, {fam})).empty());
  auto e = b;
  e.fields.erase("code_name");
  CHECK(subjects(catalog::check_family_variants(with({a, e}, {fam}))) == std::vector<std::string>{"nvidia-x boost_clock"});
  a.segment = e.segment = "laptop";
  CHECK(catalog::check_family_variants(with({a, e}, {fam})).empty());
}

TEST_CASE("every vocabulary field has a variant group on purpose") {
  // Free fields are the ones a variant exists to change; the rest are listed in family_invariant.cpp.
  const std::vector<std::string> free{"memory_size", "memory_type", "memory_bus_width", "memory_bandwidth",
                                      "memory_data_rate", "memory_clock", "hbm_stacks", "tdp", "sm_count",
                                      "display_outputs", "power_connectors", "slot_width", "length", "interface",
                                      "form_factor", "interconnect", "interconnect_bandwidth", "host_interface_bandwidth", "launch_year"};
  for (const auto& info : core::value_fields()) {
    std::string field(info.name);
    bool listed_free = std::find(free.begin(), free.end(), field) != free.end();
    INFO(field);
    CHECK((catalog::variant_group(field) == catalog::VariantGroup::free) == listed_free);
  }
}

TEST_CASE("bundled catalog: bandwidth = bus x data rate / 8 and cores = units x cores per unit for every record") {
  REQUIRE(bundled().errors.empty());
  core::Errors errors;
  catalog::check_derived_bandwidth(bundled().catalog, errors);
  catalog::check_cores_per_sm(bundled().catalog, errors);
  for (const auto& e : errors) FAIL_CHECK(e.format());
  CHECK(bundled().catalog.gpus().size() >= 258);
}

TEST_CASE("bundled catalog: every invariant holds except the named exceptions, and each exception still applies") {
  REQUIRE(bundled().errors.empty());
  auto found = catalog::check_invariants(bundled().catalog);
  const auto& exceptions = invariant_test::exceptions();
  std::vector<bool> used(exceptions.size(), false);
  for (const auto& v : found) {
    bool excused = false;
    for (size_t i = 0; i < exceptions.size(); ++i) {
      const auto& e = exceptions[i];
      if (e.invariant == v.invariant && e.subject == v.subject && e.field == v.field) excused = used[i] = true;
    }
    if (!excused) FAIL_CHECK(v.position.file << ":" << v.position.line << ": " << v.invariant << ": " << v.message);
  }
  for (size_t i = 0; i < exceptions.size(); ++i) {
    const auto& e = exceptions[i];
    CHECK_FALSE(e.reason.empty());
    CHECK_FALSE(e.source.empty());
    if (!used[i]) FAIL_CHECK("stale exception: " << e.invariant << " " << e.subject << " " << e.field << " no longer fails");
  }
}
