// Per-site readers for vendor spec tables (NVIDIA, AMD, Intel product pages and datasheets); tested in tests/scrapers/spec_sheet_test.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/error.h"

namespace scrapers {

// Which vendor's markup a page uses. Each site has default selectors for where its product
// pages keep the spec table:
//   nvidia: <table> inside an element whose class or id names "spec" (data center and
//           GeForce product pages), or any 2-column table of a datasheet;
//   amd:    label/value pairs, <div class="field__label"> + <div class="field__item">
//           (amd.com product "Specifications" tabs);
//   intel:  <div class="tech-label"> + <div class="tech-data"> rows (Intel ARK pages).
// `generic` takes every table and <dl> of the page.
enum class Site { generic, nvidia, amd, intel };
bool parse_site(std::string_view name, Site& out);
const char* to_string(Site site);

// XPath 1.0 expressions are checked once, when a sources file is read.
bool valid_xpath(const std::string& expression, std::string* why = nullptr);

struct SpecSheet {
  // The spec rows only, as 2-column table cells (a multi-column table keeps its columns),
  // under one heading naming the GPU: the page's <h1> when it has one, else `gpu_hint`.
  // Every cell keeps its exact span in the page; a hint is mapped to the page's first byte.
  core::Document document;
  std::string subject;  // the heading's text
  size_t rows = 0;      // spec rows found: 0 means the page has no spec table (a source error
                        // when its last good copy had one)
};

// Picks the spec rows out of `page` (the HTML reader's Document of `html`) using
// `selectors` (XPath; the site's defaults when empty). Label/value lists become table rows.
// A PDF datasheet (no HTML) keeps its tables as they are, and its aligned "label   value"
// lines become 2-column rows (scrapers/sites/aligned_rows.h).
SpecSheet read_spec_sheet(const core::Document& page, Site site, const std::vector<std::string>& selectors,
                          const std::string& gpu_hint);

}  // namespace scrapers
