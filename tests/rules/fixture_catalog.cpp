// Shared fixture of the rule tests: builds the tiny catalog in code (never datasets/catalog, whose data changes).
#include "tests/rules/fixture_catalog.h"

#include <catch2/catch.hpp>

namespace fixture {
namespace {

catalog::Gpu make_gpu(const std::string& id, const std::string& name, std::vector<std::string> aliases) {
  catalog::Gpu g;
  g.id = id;
  g.name = name;
  g.vendor = "nvidia";
  g.segment = "datacenter";
  g.aliases = std::move(aliases);
  catalog::SourceRef vendor;
  vendor.id = "vendor-page";
  vendor.kind = catalog::SourceKind::vendor;
  vendor.title = name + " product page";
  vendor.url = "https://example.com/" + id;
  g.sources[vendor.id] = vendor;
  catalog::SourceRef measured;
  measured.id = "capture";
  measured.kind = catalog::SourceKind::measured;
  measured.capture = "datasets/measured/" + id + ".json";
  measured.tool = "nvidia-smi -q";
  measured.driver = "550.90.07";
  measured.date = "2024-05-01";
  g.sources[measured.id] = measured;
  return g;
}

catalog::FieldValue& set(catalog::Gpu& g, const std::string& field, catalog::Value value, const std::string& unit = "",
                         const std::string& source = "vendor-page") {
  catalog::FieldValue fv;
  fv.field = field;
  fv.value = std::move(value);
  fv.unit = unit;
  fv.source = source;
  return g.fields[field] = fv;
}

catalog::Catalog build() {
  catalog::Catalog c;

  auto l4 = make_gpu(kL4, "NVIDIA L4", {"L4", "Tesla L4"});
  set(l4, "memory_size", 24.0, "GB");
  set(l4, "memory_type", std::string("GDDR6"));
  set(l4, "memory_bandwidth", 300.1, "GB/s");
  set(l4, "tdp", 72.0, "W", "capture");
  set(l4, "architecture", std::string("Ada Lovelace"));
  set(l4, "process", 5.0, "nm").also_accepted = {4.0};
  set(l4, "display_outputs", std::string("none"));
  set(l4, "fp16_tensor_tflops", 121.0, "TFLOPS").sparse = 242.0;
  set(l4, "boost_clock", 2040.0, "MHz");
  set(l4, "interconnect", std::string("none"));
  c.add(l4);

  auto rtx4070 = make_gpu(k4070, "NVIDIA GeForce RTX 4070", {"RTX 4070", "GeForce RTX 4070"});
  set(rtx4070, "memory_size", 12.0, "GB");
  set(rtx4070, "memory_type", std::string("GDDR6X"));
  set(rtx4070, "memory_bandwidth", 504.2, "GB/s");
  set(rtx4070, "memory_data_rate", 21.0, "Gbps");
  set(rtx4070, "memory_bus_width", 192.0, "bit");
  set(rtx4070, "tdp", 200.0, "W").also_accepted = {215.0};
  set(rtx4070, "boost_clock", 2475.0, "MHz");
  set(rtx4070, "display_outputs", std::string("1x HDMI 2.1a, 3x DisplayPort 1.4a"));
  set(rtx4070, "architecture", std::string("Ada Lovelace"));
  set(rtx4070, "process", 5.0, "nm");
  set(rtx4070, "cuda_cores", 5888.0);
  set(rtx4070, "fp32_tflops", 29.15, "TFLOPS");
  c.add(rtx4070);

  auto rtx4090 = make_gpu(k4090, "NVIDIA GeForce RTX 4090", {"RTX 4090"});
  set(rtx4090, "memory_size", 24.0, "GB");
  set(rtx4090, "memory_bandwidth", 1008.0, "GB/s");
  set(rtx4090, "tdp", 450.0, "W");
  set(rtx4090, "architecture", std::string("Ada Lovelace"));
  set(rtx4090, "fp32_tflops", 82.58, "TFLOPS");
  c.add(rtx4090);

  auto a10 = make_gpu(kA10, "NVIDIA A10", {"A10"});
  set(a10, "memory_size", 24.0, "GB");
  set(a10, "memory_bandwidth", 600.0, "GB/s");
  set(a10, "tdp", 150.0, "W");
  set(a10, "architecture", std::string("Ampere"));
  set(a10, "process", 8.0, "nm");
  set(a10, "fp32_tflops", 31.2, "TFLOPS");
  c.add(a10);

  auto h100 = make_gpu(kH100, "NVIDIA H100 PCIe", {"H100 PCIe"});
  set(h100, "memory_size", 80.0, "GB");
  set(h100, "architecture", std::string("Hopper"));
  set(h100, "interconnect", std::string("NVLink 4"));
  set(h100, "mig_instances", 7.0);
  set(h100, "fp8_tensor_tflops", 1513.0, "TFLOPS");
  c.add(h100);

  // Ampere's Tensor Cores have no FP8: every Ampere GPU inherits it (the A10 above).
  catalog::Architecture ampere;
  ampere.id = "nvidia-ampere";
  ampere.vendor = "nvidia";
  ampere.architecture = "Ampere";
  catalog::SourceRef wp;
  wp.id = "wp";
  wp.kind = catalog::SourceKind::vendor;
  wp.title = "Ampere whitepaper";
  wp.url = "https://example.com/ampere.pdf";
  ampere.sources[wp.id] = wp;
  catalog::FieldValue no_fp8;
  no_fp8.field = "fp8_tensor_tflops";
  no_fp8.value = 0.0;
  no_fp8.unit = "TFLOPS";
  no_fp8.source = "wp";
  no_fp8.note = "no FP8 Tensor Cores";
  ampere.fields[no_fp8.field] = no_fp8;
  c.add_architecture(ampere);

  // RDNA 3 issues two FP32 FMAs per stream processor per clock: FP32 = 4 x cores x clock.
  auto xtx = make_gpu(k7900Xtx, "AMD Radeon RX 7900 XTX", {"RX 7900 XTX"});
  xtx.vendor = "amd";
  set(xtx, "architecture", std::string("RDNA 3"));
  set(xtx, "cuda_cores", 6144.0);
  set(xtx, "boost_clock", 2498.0, "MHz");
  set(xtx, "fp32_tflops", 61.39, "TFLOPS");
  c.add(xtx);

  for (auto [id, gb] : {std::pair{k4060Ti8, 8.0}, std::pair{k4060Ti16, 16.0}}) {
    const std::string size = core::format_number(gb) + "GB";
    auto g = make_gpu(id, "NVIDIA GeForce RTX 4060 Ti " + size, {"RTX 4060 Ti " + size});
    g.segment = "consumer";
    g.family = k4060TiFamily;
    g.variant = size;
    set(g, "memory_size", gb, "GB");
    set(g, "memory_bandwidth", 288.0, "GB/s");
    c.add(g);
  }
  catalog::Family fam;
  fam.id = k4060TiFamily;
  fam.name = "NVIDIA GeForce RTX 4060 Ti";
  fam.aliases = {"RTX 4060 Ti"};
  fam.members = {k4060Ti8, k4060Ti16};
  c.add_family(fam);

  c.index();
  return c;
}

}  // namespace

const catalog::Catalog& test_catalog() {
  static const catalog::Catalog c = build();
  return c;
}

extract::GpuRef gpu(const std::string& id) {
  extract::GpuRef r;
  r.id = id;
  const auto* g = test_catalog().find(id);
  r.mention = g ? g->name : id;
  r.attributed_by = extract::Attribution::same_clause;
  return r;
}

extract::GpuRef family_4060ti() {
  extract::GpuRef r;
  r.id = k4060TiFamily;
  r.members = {k4060Ti8, k4060Ti16};
  r.mention = "RTX 4060 Ti";
  r.attributed_by = extract::Attribution::same_clause;
  return r;
}

extract::GpuRef unknown(const std::string& mention) {
  extract::GpuRef r;
  r.mention = mention;
  r.attributed_by = extract::Attribution::same_clause;
  return r;
}

core::Quantity q(double value, core::Unit unit, int decimals, core::Qualifier qualifier) {
  core::Quantity out;
  out.value = value;
  out.unit = unit;
  out.decimals = decimals;
  out.qualifier = qualifier;
  return out;
}

core::Quantity range(double low, double high, core::Unit unit) {
  core::Quantity out = q(low, unit);
  out.upper = high;
  out.qualifier = core::Qualifier::range;
  return out;
}

Doc::Doc(std::string text) : source_(std::make_shared<core::Source>("article.md", std::move(text))) {}

core::Span Doc::span_of(std::string_view needle, int nth) const {
  const std::string& bytes = source_->bytes();
  size_t at = bytes.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = bytes.find(needle, at + 1);
  INFO("fixture text lacks \"" << needle << "\" (occurrence " << nth << ")");
  REQUIRE(at != std::string::npos);
  return {at, at + needle.size()};
}

extract::Claim Doc::value(const extract::GpuRef& gpu, const std::string& field, core::Quantity quantity,
                          std::string_view needle, int nth) const {
  extract::Claim c;
  c.kind = extract::ClaimKind::value;
  c.field = field;
  c.gpu = gpu;
  c.quantity = quantity;
  c.span = span_of(needle, nth);
  c.text = std::string(needle);
  c.sentence = c.span;
  return c;
}

extract::Claim Doc::text(const extract::GpuRef& gpu, const std::string& field, const std::string& value,
                         std::string_view needle, int nth) const {
  extract::Claim c;
  c.kind = extract::ClaimKind::value;
  c.field = field;
  c.gpu = gpu;
  c.text_value = value;
  c.span = span_of(needle, nth);
  c.text = std::string(needle);
  c.sentence = c.span;
  return c;
}

extract::Claim Doc::relation(extract::ClaimKind kind, const std::string& field, const std::string& relation,
                             extract::Operand subject, extract::Operand other, std::string_view needle) const {
  extract::Claim c;
  c.kind = kind;
  c.field = field;
  c.relation = relation;
  c.gpu = subject.gpu;
  c.subject = std::move(subject);
  c.others.push_back(std::move(other));
  c.span = span_of(needle);
  c.text = std::string(needle);
  c.sentence = c.span;
  return c;
}

extract::Operand operand(const extract::GpuRef& gpu, std::optional<core::Quantity> stated) {
  extract::Operand o;
  o.gpu = gpu;
  o.stated = stated;
  return o;
}

std::vector<core::Finding> run(const rules::Rule& rule, const Doc& doc, const std::vector<extract::Claim>& claims,
                               const catalog::Catalog& cat) {
  rules::Context context{cat, claims, doc.source()};
  rules::Sink sink(doc.source());
  rule.check(context, sink);
  return sink.findings();
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace fixture
