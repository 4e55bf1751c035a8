// Renders a core::Document for golden tests; used by tests/scrapers/*_test.cpp.
#include "document_dump.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

namespace scrapers_test {

std::string where(const core::Document& doc, size_t offset) {
  core::Position p = doc.source.position(offset);
  std::string s = std::to_string(p.line) + ":" + std::to_string(p.column);
  if (p.page > 0) s = "p" + std::to_string(p.page) + ":" + s;
  return s;
}

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') out += "\\n";
    else if (c == '"') out += "\\\"";
    else out.push_back(c);
  }
  return out + "\"";
}

std::string span_text(const core::Document& doc, core::Span s) {
  return where(doc, s.begin) + "-" + where(doc, s.end);
}

}  // namespace

std::string dump_document(const core::Document& doc) {
  std::ostringstream out;
  out << "format " << doc.format << "\ntitle " << quoted(doc.title) << "\n";
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const core::Block& b = doc.blocks[i];
    out << "#" << i << " " << core::to_string(b.kind);
    if (b.kind == core::BlockKind::heading || b.kind == core::BlockKind::list_item) out << " L" << b.level;
    if (b.kind == core::BlockKind::table_cell) {
      out << " t" << b.table << " r" << b.row << " c" << b.column;
      if (b.column_span != 1 || b.row_span != 1) out << " span" << b.column_span << "x" << b.row_span;
      if (b.header) out << " H";
    }
    out << " @" << span_text(doc, b.span()) << " sec" << b.section << " " << quoted(b.text);
    for (auto r : b.strong) {
      out << " strong=" << quoted(b.text.substr(r.begin, r.end - r.begin)) << "@" << span_text(doc, b.span_of(r.begin, r.end));
    }
    out << "\n";
  }
  for (const auto& w : doc.warnings) out << "warning " << w.position.line << ":" << w.position.column << " " << w.message << "\n";
  return out.str();
}

std::string compare_golden(const std::string& name, const std::string& actual) {
  std::string path = std::string(FACTCHECK_SOURCE_DIR) + "/tests/golden/scrapers/" + name;
  if (const char* update = std::getenv("FACTCHECK_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return "missing golden file " + path + " (run with FACTCHECK_UPDATE_GOLDEN=1 and review it)";
  std::stringstream expected;
  expected << in.rdbuf();
  if (expected.str() == actual) return {};
  std::istringstream a(actual), e(expected.str());
  std::string la, le;
  for (int line = 1;; ++line) {
    bool ga = static_cast<bool>(std::getline(a, la));
    bool ge = static_cast<bool>(std::getline(e, le));
    if (!ga && !ge) break;
    if (la != le || ga != ge) {
      return name + ":" + std::to_string(line) + ": expected\n  " + (ge ? le : "<end>") + "\nbut got\n  " + (ga ? la : "<end>");
    }
  }
  return name + ": differs";
}

std::vector<std::string> span_problems(const core::Document& doc) {
  std::vector<std::string> problems;
  const std::string& src = doc.source.bytes();
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const core::Block& b = doc.blocks[i];
    std::string id = "block #" + std::to_string(i) + " " + quoted(b.text.substr(0, 40));
    if (b.starts.size() != b.text.size() || b.ends.size() != b.text.size()) {
      problems.push_back(id + ": mapping size differs from text size");
      continue;
    }
    for (size_t k = 0; k < b.text.size(); ++k) {
      if (b.ends[k] < b.starts[k] || b.ends[k] > src.size()) {
        problems.push_back(id + ": byte " + std::to_string(k) + " maps outside the source");
        break;
      }
      if (k > 0 && b.starts[k] < b.starts[k - 1]) {
        problems.push_back(id + ": byte " + std::to_string(k) + " maps before the previous one");
        break;
      }
      bool one_to_one = b.ends[k] == b.starts[k] + 1;
      unsigned char c = static_cast<unsigned char>(b.text[k]);
      // The three bytes of U+FFFD each map to the one invalid (high) byte they replace.
      bool replacement = (c == 0xEF || c == 0xBF || c == 0xBD) && static_cast<unsigned char>(src[b.starts[k]]) >= 0x80;
      // Collapsed HTML whitespace is one space for any whitespace byte.
      bool collapsed = b.text[k] == ' ' && std::string_view(" \t\r\n\f").find(src[b.starts[k]]) != std::string_view::npos;
      if (one_to_one && src[b.starts[k]] != b.text[k] && !replacement && !collapsed) {
        problems.push_back(id + ": byte " + std::to_string(k) + " '" + std::string(1, b.text[k]) + "' maps to '" +
                           std::string(1, src[b.starts[k]]) + "' at " + where(doc, b.starts[k]));
        break;
      }
    }
  }
  return problems;
}

const core::Block* find_block(const core::Document& doc, const std::string& needle) {
  for (const auto& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) return &b;
  }
  return nullptr;
}

std::string fixture_path(const std::string& name) { return std::string(FACTCHECK_FIXTURES) + "/scrapers/" + name; }

}  // namespace scrapers_test
