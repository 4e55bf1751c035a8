// Sample FileReports built over tests/fixtures/reports/article.md; used by tests/reports/*_test.cpp.
#include "sample_reports.h"

#include <stdexcept>
#include <string>

namespace sample {

namespace {
// Spans here come from searching the fixture, which only a test may do: the pipeline
// makes spans while reading.
core::Span span_of(const core::Source& s, const std::string& text, size_t from = 0) {
  const size_t at = s.bytes().find(text, from);
  if (at == std::string::npos) throw std::runtime_error("fixture lacks: " + text);
  return {at, at + text.size()};
}

core::Finding finding(const core::Source& s, core::Span span, std::string rule, core::Severity severity,
                      core::Verdict verdict) {
  core::Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.verdict = verdict;
  f.span = span;
  f.begin = s.position(span.begin);
  f.end = s.position(span.end);
  return f;
}

// The document model a reader would make of the fixture: its heading, then one paragraph
// per line, each byte mapped to its source byte.
std::shared_ptr<const core::Document> lines_as_blocks(const core::Source& s) {
  auto doc = std::make_shared<core::Document>();
  doc->source = s;
  doc->format = "markdown";
  for (int line = 1; line <= static_cast<int>(s.line_count()); ++line) {
    std::string_view text = s.line_text(line);
    size_t at = s.line_start(line);
    if (text.empty()) continue;
    core::Block block;
    if (text.rfind("# ", 0) == 0) {
      block.kind = core::BlockKind::heading;
      block.level = 1;
      text.remove_prefix(2);
      at += 2;
    }
    block.append_mapped(text, at);
    doc->blocks.push_back(std::move(block));
  }
  return doc;
}

core::ClaimMark claim(const core::Source& s, const std::string& text, std::string field, std::string gpu,
                      bool checkable, size_t from = 0) {
  return {span_of(s, text, from), "value", std::move(field), std::move(gpu), text, checkable};
}

core::Evidence vendor(std::string gpu, std::string field, std::string value, std::string url) {
  return {gpu, field, value, "vendor-datasheet", "vendor", "NVIDIA datasheet", std::move(url), "", ""};
}
}  // namespace

std::vector<core::FileReport> reports() {
  const std::string path = "tests/fixtures/reports/article.md";
  auto read = core::read_source_file(std::string(FACTCHECK_SOURCE_DIR) + "/" + path);
  if (!read) throw std::runtime_error(read.error().format());
  auto source = std::make_shared<core::Source>(path, read.value().bytes());
  const core::Source& s = *source;

  core::FileReport article{path, source, "GPUs for local inference", {}, {}, {}, {}, {}};
  auto& out = article.findings;

  core::Finding l4 = finding(s, span_of(s, "16 GB"), "catalog-value-mismatch", core::Severity::error,
                             core::Verdict::refuted);
  l4.gpu = "nvidia-l4";
  l4.field = "memory_size";
  l4.claimed = "16 GB";
  l4.expected = "24 GB";
  l4.message = "NVIDIA L4 has 24 GB of memory, not 16 GB";
  l4.suggestion = "24 GB";
  l4.evidence = {vendor("nvidia-l4", "memory_size", "24 GB", "https://www.nvidia.com/en-us/data-center/l4/"),
                 {"nvidia-l4", "memory_size", "23034 MiB", "capture-l4", "measured", "nvidia-smi -q -x",
                  "", "datasets/measured/l4.xml", "driver 550.54.15, 2024-03-01"}};
  out.push_back(l4);

  core::Finding bus = finding(s, span_of(s, "384-bit bus and 1.2 TB/s"), "derived-bandwidth-formula",
                              core::Severity::warning, core::Verdict::inconsistent);
  bus.gpu = "nvidia-geforce-rtx-4090";
  bus.field = "memory_bandwidth";
  bus.claimed = "1.2 TB/s";
  bus.expected = "1008 GB/s";
  bus.message = "a 384-bit bus at 21 Gbps gives 1008 GB/s, not 1.2 TB/s";
  bus.evidence = {{"nvidia-geforce-rtx-4090", "memory_bandwidth", "1008 GB/s", "formula", "derived",
                   "bandwidth formula", "", "", "2 \xC3\x97 10501 MHz \xC3\x97 384 bit / 8"}};
  out.push_back(bus);

  core::Finding bw = finding(s, span_of(s, "1.2 TB/s"), "catalog-value-mismatch", core::Severity::error,
                             core::Verdict::refuted);
  bw.gpu = "nvidia-geforce-rtx-4090";
  bw.field = "memory_bandwidth";
  bw.claimed = "1.2 TB/s";
  bw.expected = "1008 GB/s";
  bw.message = "GeForce RTX 4090 memory bandwidth is 1008 GB/s, not 1.2 TB/s";
  bw.suggestion = "1008 GB/s";
  bw.evidence = {vendor("nvidia-geforce-rtx-4090", "memory_bandwidth", "1008 GB/s",
                        "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/")};
  out.push_back(bw);

  core::Finding h100 = finding(s, span_of(s, "3.35 TB/s"), "catalog-variant-mismatch", core::Severity::warning,
                               core::Verdict::refuted);
  h100.gpu = "nvidia-h100-pcie";
  h100.field = "memory_bandwidth";
  h100.claimed = "3.35 TB/s";
  h100.expected = "2 TB/s";
  h100.message = "3.35 TB/s is the H100 SXM5's bandwidth; the H100 PCIe has 2 TB/s <check which one is meant>";
  h100.suggestion = "2 TB/s";
  h100.evidence = {vendor("nvidia-h100-pcie", "memory_bandwidth", "2 TB/s",
                          "https://www.nvidia.com/en-us/data-center/h100/?a=1&b=2")};
  out.push_back(h100);

  core::Finding tdp = finding(s, span_of(s, "75 W"), "consistency-conflicting-values", core::Severity::error,
                              core::Verdict::inconsistent);
  tdp.gpu = "nvidia-l4";
  tdp.field = "tdp";
  tdp.claimed = "75 W";
  tdp.expected = "72 W";
  tdp.message = "the article gives the NVIDIA L4 two TDPs: 75 W here and 72 W earlier";
  tdp.suggestion = "72 W";
  const core::Span earlier = span_of(s, "72 W");
  tdp.related = {{earlier, s.position(earlier.begin), "also says 72 W"}};
  tdp.evidence = {vendor("nvidia-l4", "tdp", "72 W", "https://www.nvidia.com/en-us/data-center/l4/")};
  out.push_back(tdp);

  // A second rule on the same span, with a different expected value: the report shows one
  // card, led by the stronger (refuted beats inconsistent), the other inside it.
  core::Finding tdp_catalog = finding(s, span_of(s, "75 W"), "catalog-value-mismatch", core::Severity::error,
                                      core::Verdict::refuted);
  tdp_catalog.gpu = "nvidia-l4";
  tdp_catalog.field = "tdp";
  tdp_catalog.claimed = "75 W";
  tdp_catalog.expected = "72 W";
  tdp_catalog.message = "TDP of NVIDIA L4: 72 W, not 75 W";
  tdp_catalog.suggestion = "72 W";
  tdp_catalog.evidence = {vendor("nvidia-l4", "tdp", "72 W", "https://www.nvidia.com/en-us/data-center/l4/")};
  out.push_back(tdp_catalog);

  core::Finding unknown = finding(s, span_of(s, "48 GB"), "catalog-unknown-gpu", core::Severity::info,
                                  core::Verdict::unverifiable);
  unknown.field = "memory_size";
  unknown.claimed = "48 GB";
  unknown.message = "\"Fictional X9000\" is not in the catalog; the claim was not checked";
  out.push_back(unknown);

  // What the pipeline hands the HTML report besides findings: the document model, every
  // claim (two with no finding: 80 GB checked and confirmed, 72 W of the L4 as well), and
  // the GPUs' display names.
  article.document = lines_as_blocks(s);
  article.claims = {claim(s, "16 GB", "memory_size", "nvidia-l4", true),
                    claim(s, "72 W", "tdp", "nvidia-l4", true),
                    claim(s, "384-bit bus and 1.2 TB/s", "memory_bandwidth", "nvidia-geforce-rtx-4090", true),
                    claim(s, "1.2 TB/s", "memory_bandwidth", "nvidia-geforce-rtx-4090", true),
                    claim(s, "80 GB", "memory_size", "nvidia-h100-pcie", true),
                    claim(s, "3.35 TB/s", "memory_bandwidth", "nvidia-h100-pcie", true),
                    claim(s, "75 W", "tdp", "nvidia-l4", true),
                    claim(s, "48 GB", "memory_size", "", false)};
  article.gpu_names = {{"nvidia-l4", "NVIDIA L4"},
                       {"nvidia-geforce-rtx-4090", "GeForce RTX 4090"},
                       {"nvidia-h100-pcie", "NVIDIA H100 PCIe"}};

  core::FileReport missing{"tests/fixtures/reports/missing.md", nullptr, "", {}, {}, {}, {}, {}};
  missing.errors.push_back({core::ErrorCode::io, "cannot open file: No such file or directory",
                            core::Position{"tests/fixtures/reports/missing.md"}});

  core::FileReport clean{"notes/clean.txt", std::make_shared<core::Source>("notes/clean.txt", "Nothing to check.\n"),
                         "", {}, {}, {}, {}, {}};
  return {article, missing, clean};
}

std::vector<core::FileReport> edge_reports() {
  auto outside = std::make_shared<core::Source>("/tmp/factcheck outside/review.md",
                                                "The card has 16\r\nGB of memory.\r\n");
  core::Finding split = finding(*outside, span_of(*outside, "16\r\nGB"), "catalog-value-mismatch",
                                core::Severity::error, core::Verdict::refuted);
  split.gpu = "nvidia-l4";
  split.field = "memory_size";
  split.claimed = "16 GB";
  split.expected = "24 GB";
  split.message = "NVIDIA L4 has 24 GB of memory, not 16 GB";
  split.suggestion = "24 GB";
  core::FileReport outside_file{outside->name(), outside, "", {split}, {}, {}, {}, {}};

  const std::string url = "https://example.com/reviews/gpu?page=2&lang=en";
  auto page = std::make_shared<core::Source>(url, "Intro.\nIt draws 450 W\n");
  core::Finding unresolved;  // positions left for the renderer to resolve from the span
  unresolved.rule = "catalog-value-mismatch";
  unresolved.severity = core::Severity::warning;
  unresolved.span = span_of(*page, "450 W");
  unresolved.gpu = "nvidia-geforce-rtx-4090";
  unresolved.field = "tdp";
  unresolved.claimed = "450 W";
  unresolved.expected = "450 W";
  unresolved.message = "board power, not TDP";
  unresolved.related = {{span_of(*page, "Intro."), {}, ""}};
  core::Finding empty_span;
  empty_span.rule = "arithmetic-wrong-result";
  empty_span.severity = core::Severity::info;
  empty_span.verdict = core::Verdict::unverifiable;
  empty_span.span = {page->bytes().find("\n", 7), page->bytes().find("\n", 7)};
  empty_span.message = "sentence ends without the result it announces";
  core::FileReport page_file{url, page, "GPU review, page 2", {unresolved, empty_span}, {}, {}, {}, {}};

  core::Finding orphan;
  orphan.rule = "feasibility-model-does-not-fit";
  orphan.message = "a 70B model in FP16 does not fit in 24 GB";
  core::FileReport no_source{"notes/model.txt", nullptr, "", {orphan}, {}, {}, {}, {}};
  no_source.errors.push_back({core::ErrorCode::parse, "front matter is not valid YAML", {"notes/model.txt", 2, 7, 0}});

  return {outside_file, page_file, no_source};
}

std::vector<core::RuleInfo> rules() {
  return {
      {"catalog-value-mismatch", "catalog", "A stated value differs from the catalog value for that GPU.",
       "Compares the claim with the catalog at the precision the writer used, then applies the field's tolerance.",
       core::Severity::error},
      {"catalog-variant-mismatch", "catalog", "A stated value belongs to another variant of the same GPU family.",
       "Fires when the value matches a sibling variant (PCIe vs SXM5): the writer probably means the other one.",
       core::Severity::warning},
      {"catalog-unknown-gpu", "catalog", "The GPU is not in the catalog, so the claim cannot be checked.",
       "Reported as unverifiable rather than guessed.", core::Severity::info},
      {"consistency-conflicting-values", "consistency", "The document states two different values for one field.",
       "Points at both places.", core::Severity::error},
      {"derived-bandwidth-formula", "derived", "Bandwidth does not follow from the stated bus width and data rate.",
       "bandwidth = data rate per pin x bus width / 8.", core::Severity::warning},
  };
}

}  // namespace sample
