// Decides which parts of an HTML page are main content; tested in tests/scrapers/html_reader_test.cpp.
#include "scrapers/read/html_content_filter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace scrapers::read {
namespace {

std::string attribute(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool has_attribute(xmlNode* n, const char* name) {
  return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

// Class and id are split into words at anything that is not a letter, so "cookie-banner"
// and "newsletter_signup" match while "download" or "shared-specs" do not.
bool has_chrome_word(const std::string& value) {
  static constexpr std::array<std::string_view, 24> words = {
      "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "advert", "advertisement",
      "ad", "ads", "sponsored", "share", "sharing", "social", "breadcrumb", "breadcrumbs",
      "sidebar", "navbar", "nav", "menu", "footer", "popup", "modal", "banner"};
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !std::isalpha(static_cast<unsigned char>(value[i]))) ++i;
    size_t b = i;
    while (i < value.size() && std::isalpha(static_cast<unsigned char>(value[i]))) ++i;
    std::string_view word(value.data() + b, i - b);
    if (!word.empty() && std::find(words.begin(), words.end(), word) != words.end()) return true;
  }
  return false;
}

bool inside_article(xmlNode* n) {
  for (xmlNode* p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
    std::string_view name = element_name(p);
    if (name == "article" || name == "main" || attribute(p, "role") == "main") return true;
  }
  return false;
}

size_t text_length(xmlNode* n) {
  size_t total = 0;
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      total += std::strlen(reinterpret_cast<const char*>(c->content));
    } else if (c->type == XML_ELEMENT_NODE) {
      std::string_view name = element_name(c);
      if (name != "script" && name != "style") total += text_length(c);
    }
  }
  return total;
}

xmlNode* find_first(xmlNode* n, bool (*pred)(xmlNode*)) {
  for (xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (pred(c)) return c;
    if (xmlNode* found = find_first(c->children, pred)) return found;
  }
  return nullptr;
}

void collect_articles(xmlNode* n, std::vector<xmlNode*>& out) {
  for (xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (std::string_view(element_name(c)) == "article") out.push_back(c);
    collect_articles(c->children, out);
  }
}

}  // namespace

const char* element_name(xmlNode* node) {
  if (!node || node->type != XML_ELEMENT_NODE || !node->name) return "";
  // libxml2's HTML parser already lower-cases element names.
  return reinterpret_cast<const char*>(node->name);
}

xmlNode* main_content_root(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return nullptr;
  xmlNode* body = find_first(root, [](xmlNode* n) { return std::string_view(element_name(n)) == "body"; });
  if (!body) body = root;
  if (xmlNode* main = find_first(body->children, [](xmlNode* n) {
        return std::string_view(element_name(n)) == "main" || attribute(n, "role") == "main";
      })) {
    return main;
  }
  std::vector<xmlNode*> articles;
  collect_articles(body->children, articles);
  xmlNode* best = nullptr;
  size_t best_len = 0;
  for (xmlNode* a : articles) {
    size_t len = text_length(a);
    if (len > best_len) best = a, best_len = len;
  }
  if (best && best_len * 4 >= text_length(body)) return best;
  return body;
}

size_t visible_text_length(xmlNode* n) { return text_length(n); }

bool is_chrome(xmlNode* n, size_t root_text_length) {
  std::string_view name = element_name(n);
  if (name == "script" || name == "style" || name == "noscript" || name == "template" || name == "nav" ||
      name == "footer" || name == "aside" || name == "svg" || name == "iframe" || name == "button" ||
      name == "select" || name == "object" || name == "head" || name == "dialog" || name == "title") {
    return true;
  }
  if (name == "header" && !inside_article(n)) return true;
  if (has_attribute(n, "hidden") || attribute(n, "aria-hidden") == "true") return true;
  std::string role = attribute(n, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
      role == "dialog") {
    return true;
  }
  std::string style = attribute(n, "style");
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (style.find("display:none") != std::string::npos) return true;
  if (!has_chrome_word(attribute(n, "class")) && !has_chrome_word(attribute(n, "id"))) return false;
  // A wrapper such as <div class="layout-with-sidebar"> holding most of the page is the
  // page, not a banner: class words only drop what is less than half of the content.
  return text_length(n) * 2 < root_text_length;
}

}  // namespace scrapers::read
