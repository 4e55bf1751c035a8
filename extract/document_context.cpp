// Attribution context for a document; tested in tests/extract/claim_builder_test.cpp.
#include "extract/document_context.h"

#include "extract/bare_model_numbers.h"
#include "extract/name_readings.h"
#include "extract/shared_suffix_lists.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>

#include "core/text_case.h"

namespace extract {

bool same_gpu(const GpuRef& a, const GpuRef& b) { return a.id == b.id; }

void add_ids(const GpuRef& r, std::vector<std::string>& out) {
  auto add = [&](const std::string& id) {
    if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  if (r.members.empty()) add(r.id);
  for (const auto& m : r.members) add(m);
}

namespace {

// "It succeeded the A100", "replaces the RTX 4080": the GPU named is the one replaced, never a
// subject. Read once per mention, into Mention::predecessor.
bool names_predecessor(std::string_view text, const Mention& m) {
  static const RE2 replaced_by("(?i)\\b(?:succeeded|succeeds|succeeding|replaced|replaces|replacing|supersedes|superseded|"
                               "follows|followed|took over from|takes over from|successor to|successor of)\\s+(?:the\\s+|an?\\s+)?"
                               // "succeeded the Ampere data-center products (A100)"
                               "(?:[\\w-]+\\s+){0,4}?\\(?\\s*$");
  std::string_view lead = text.substr(m.begin > 64 ? m.begin - 64 : 0, std::min<size_t>(m.begin, 64));
  // "For MI250X users, MI355X doubles the memory": the GPU its users move from.
  static const RE2 for_users_of("(?i)(?:^|[.;:]\\s*|\\b)for\\s+(?:the\\s+|existing\\s+|current\\s+)?$");
  static const RE2 users("(?i)^\\s*(?:users|owners|buyers|customers|shops|sites|fleets|deployments|clusters|installations)\\b");
  const std::string_view after = text.substr(m.end);
  if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), for_users_of) &&
      RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), users)) {
    return true;
  }
  // "For customers still running the CDNA 3-based MI250X", "upgrading from the A100".
  static const RE2 users_of("(?i)\\b(?:for\\s+(?:customers|users|owners|shops|sites|teams|labs)\\s+(?:still\\s+)?(?:running|using|on|with)|"
                            "(?:upgrading|moving|coming|migrating|switching)\\s+from)\\s+(?:the\\s+|an?\\s+|their\\s+)?(?:[\\w-]+\\s+){0,3}?$");
  if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), users_of)) return true;
  return RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), replaced_by);
}

}  // namespace

DocumentContext::DocumentContext(const core::Document& doc, const EntityMatcher& matcher)
    : doc_(doc), matcher_(matcher) {
  std::vector<std::string_view> prose;
  for (const auto& block : doc.blocks) {
    if (block.kind != core::BlockKind::code) prose.emplace_back(block.text);
  }
  number_style_ = detect_number_style(prose);
  mentions_.reserve(doc.blocks.size());
  for (const auto& block : doc.blocks) {
    const bool code = block.kind == core::BlockKind::code;
    mentions_.push_back(code ? std::vector<Mention>{} : matcher.find(block.text));
    // "3060 Ti-class raster", "RTX 4090-level performance": a GPU named as a yardstick is no
    // product the sentence is about.
    static const RE2 yardstick("^(?:-|\\s)(?:class|level|tier|grade|like|equivalent)\\b");
    auto& found = mentions_.back();
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Mention& m) {
                                 std::string_view after = std::string_view(block.text).substr(m.end);
                                 return RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), yardstick);
                               }),
                found.end());
    resolve_shared_suffix_lists(block.text, matcher, found);
    read_plural_model_numbers(block.text, matcher, found);
    add_plural_mentions(block.text, matcher, found);
    add_console_mentions(block.text, found);
    // "the laptop RTX 4070", "a mobile RTX 4080": the laptop GPU, which the catalog names with
    // the word after it ("RTX 4070 Laptop GPU"), never the desktop card.
    static const RE2 laptop_word("(?i)\\b(?:laptop|mobile|notebook)\\s+(?:geforce\\s+|nvidia\\s+|amd\\s+|radeon\\s+)?$");
    for (auto& m : found) {
      if (m.entry < 0) continue;
      std::string_view lead = std::string_view(block.text).substr(m.begin > 24 ? m.begin - 24 : 0, std::min<size_t>(m.begin, 24));
      if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), laptop_word)) continue;
      const std::string name = block.text.substr(m.begin, m.end - m.begin);
      for (const char* suffix : {" Laptop GPU", " Laptop", " Mobile"}) {
        const int e = matcher.lookup(name + suffix);
        if (e >= 0) {
          m.entry = e;
          break;
        }
      }
    }
    sentences_.push_back(code ? std::vector<Range>{} : split_sentences(block.text));
  }
  resolve_by_generation();
  resolve_suffix_nicknames();
  add_bare_model_numbers(doc, matcher, mentions_);
  for (size_t bi = 0; bi < mentions_.size(); ++bi) {
    drop_die_codes(doc.blocks[bi].text, mentions_[bi]);
    drop_laptop_model_names(doc.blocks[bi].text, mentions_[bi]);
  }
  for (size_t bi = 0; bi < mentions_.size(); ++bi) {
    for (auto& m : mentions_[bi]) m.predecessor = names_predecessor(doc.blocks[bi].text, m);
  }
  auto add_unique = [this](const GpuRef& r) {
    if (std::none_of(page_subjects_.begin(), page_subjects_.end(), [&](const GpuRef& p) { return same_gpu(p, r); })) {
      page_subjects_.push_back(r);
    }
  };
  if (!doc.title.empty()) {
    for (const auto& m : matcher.find(doc.title)) {
      if (m.entry >= 0) add_unique(ref(m, Attribution::page_subject));
    }
  }
  if (page_subjects_.empty()) {
    for (size_t i = 0; i < doc.blocks.size() && page_subjects_.empty(); ++i) {
      if (doc.blocks[i].kind != core::BlockKind::heading && i != 0) continue;
      for (const auto& r : distinct(i)) add_unique(GpuRef{r.id, r.members, r.mention, Attribution::page_subject});
      if (doc.blocks[i].kind == core::BlockKind::heading) break;
    }
  }
  // "# Introduction" names nothing: the page is about what its opening names, the first
  // heading that names a GPU or else the first paragraph that does (within the opening).
  for (size_t i = 0, seen = 0; i < doc.blocks.size() && page_subjects_.empty() && seen < 12; ++i) {
    const auto kind = doc.blocks[i].kind;
    if (kind != core::BlockKind::heading && kind != core::BlockKind::paragraph) continue;
    ++seen;
    // "up from 600 GB/s on the A100", "faster than the A100": a paragraph's yardstick is not
    // what the page is about.
    static const RE2 yardstick_lead("(?i)(?:\\b(?:up|down) from\\b[^.;]{0,30}\\b(?:on|in|of)|\\bthan|\\bversus|\\bvs\\.?|compared (?:to|with)|\\bunlike|\\bover)\\s+(?:the\\s+|an?\\s+)?$");
    const std::string& text = doc.blocks[i].text;
    for (const auto& m : mentions_[i]) {
      if (m.entry < 0 || m.predecessor || m.bare_number) continue;
      std::string_view lead = std::string_view(text).substr(m.begin > 64 ? m.begin - 64 : 0, std::min<size_t>(m.begin, 64));
      if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), yardstick_lead)) continue;
      add_unique(ref(m, Attribution::page_subject));
    }
  }
  find_list_subjects();
}

// "RTX 4000" names the Quadro RTX 4000, the RTX 4000 Ada and nothing else: writers drop the
// generation word when the page already says it. Resolve such a name when exactly one of its
// generation-qualified spellings has its generation named on the page.
void DocumentContext::resolve_by_generation() {
  struct Generation {
    const char* prefix;
    const char* suffix;
    const char* keyword;  // lowercase word the page must contain
  };
  static constexpr Generation kGenerations[] = {
      {"", " Ada", "lovelace"}, {"", " Ada", " ada "}, {"Quadro ", "", "turing"}, {"Quadro ", "", "quadro"},
      {"", " Blackwell", "blackwell"}, {"", " Ampere", "ampere"},
  };
  std::string page;
  for (const auto& b : doc_.blocks) page += " " + core::ascii_lower(b.text) + " ";
  bool on_page[std::size(kGenerations)];
  for (size_t i = 0; i < std::size(kGenerations); ++i) on_page[i] = page.find(kGenerations[i].keyword) != std::string::npos;
  for (size_t bi = 0; bi < mentions_.size(); ++bi) {
    for (auto& m : mentions_[bi]) {
      if (m.entry >= 0) continue;
      const std::string name = doc_.blocks[bi].text.substr(m.begin, m.end - m.begin);
      int found = -1;
      bool ambiguous = false;
      for (size_t i = 0; i < std::size(kGenerations); ++i) {
        const auto& g = kGenerations[i];
        if (!on_page[i]) continue;
        const int e = matcher_.lookup(std::string(g.prefix) + name + g.suffix);
        if (e < 0) continue;
        if (found >= 0 && found != e) ambiguous = true;
        found = e;
      }
      if (found >= 0 && !ambiguous) m.entry = found;
    }
  }
}

// "The Super keeps the 21 Gbps memory", "the older Ti ran out of breath": a review calls a card
// by its suffix once the full name is on the page. The nickname names the one GPU of the page
// whose name ends with it; with two such GPUs ("RX 7900 XT" and "RX 7800 XT") it names neither.
void DocumentContext::resolve_suffix_nicknames() {
  // "the Super", "the older Ti"; "the SXM module", "the PCIe card", "the NVL card" (a form
  // factor needs its noun: "the PCIe bus" is no GPU).
  static const RE2 nickname(
      "(?i)\\bthe\\s+(?:(?:new|newer|older|original|cheaper|pricier|faster|slower|non-[\\w-]+)\\s+)?"
      "(?:(Super|Ti|XTX|XT|GRE)\\b|(SXM\\d?|NVL|PCIe)\\s+(?:part|module|card|version|variant|board|model|one)\\b)");
  static const RE2 followed_by_name("^\\s*(?:[\\w-]*\\d|Super\\b|SUPER\\b|Ti\\b|XT\\b|Laptop\\b)");
  // One pass over the page's names: the entry each nickname names, or -2 when two GPUs share it.
  static const char* const kSuffixes[] = {"super", "ti", "xtx", "xt", "gre"};
  static const char* const kForms[] = {"sxm", "sxm4", "sxm5", "nvl", "pcie"};
  std::map<std::string, std::pair<int, std::string>> named;  // nickname -> (entry, gpu id)
  auto note = [&](const std::string& key, const Mention& m) {
    const std::string id = ref(m, Attribution::same_clause).id;
    auto [it, fresh] = named.emplace(key, std::make_pair(m.entry, id));
    if (!fresh && it->second.second != id) it->second.first = -2;
  };
  for (size_t bj = 0; bj < mentions_.size(); ++bj) {
    for (const auto& m : mentions_[bj]) {
      if (m.entry < 0) continue;
      const std::string name = core::ascii_lower(doc_.blocks[bj].text.substr(m.begin, m.end - m.begin));
      for (const char* suffix : kSuffixes) {
        const size_t n = std::char_traits<char>::length(suffix);
        if (name.size() > n + 1 && name.compare(name.size() - n, n, suffix) == 0 && name[name.size() - n - 1] == ' ') note(suffix, m);
      }
      const std::string padded = " " + name + " ";
      for (const char* form : kForms) {
        if (padded.find(" " + std::string(form) + " ") != std::string::npos) note(form, m);
      }
    }
  }
  for (size_t bi = 0; bi < doc_.blocks.size(); ++bi) {
    const std::string& text = doc_.blocks[bi].text;
    re2::StringPiece rest(text);
    re2::StringPiece suffix_word, form_word;
    while (RE2::FindAndConsume(&rest, nickname, &suffix_word, &form_word)) {
      const bool form = !form_word.empty();
      const re2::StringPiece word = form ? form_word : suffix_word;
      const size_t begin = static_cast<size_t>(word.data() - text.data());
      const size_t end = form ? static_cast<size_t>(rest.data() - text.data()) : begin + word.size();
      std::string_view after = std::string_view(text).substr(end);
      if (!form && RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), followed_by_name)) continue;
      auto it = named.find(core::ascii_lower(std::string(word.data(), word.size())));
      const bool resolved = it != named.end() && it->second.first >= 0;
      // A form factor the page names no single GPU by is still some other GPU than the
      // subject: an unresolved name, so its figures are judged against nothing.
      if (!resolved && !form) continue;
      auto& here = mentions_[bi];
      if (std::any_of(here.begin(), here.end(), [&](const Mention& m) { return m.begin < end && begin < m.end; })) continue;
      Mention m;
      m.begin = begin;
      m.end = end;
      m.entry = resolved ? it->second.first : -1;
      m.possessive = after.rfind("'s", 0) == 0 || after.rfind("\xE2\x80\x99s", 0) == 0;
      here.insert(std::upper_bound(here.begin(), here.end(), m, [](const Mention& a, const Mention& b) { return a.begin < b.begin; }), m);
    }
  }
}

GpuRef DocumentContext::ref(const Mention& m, Attribution how) const {
  GpuRef r;
  r.attributed_by = how;
  if (m.entry < 0) return r;  // unresolved: callers set the mention text (see mention_ref)
  const auto& e = matcher_.entry(m.entry);
  if (!e.family.empty()) {
    r.id = e.family;
    r.members = e.gpu_ids;
  } else if (!e.gpu_ids.empty()) {
    r.id = e.gpu_ids.front();
    if (e.gpu_ids.size() > 1) r.members = e.gpu_ids;
  }
  r.mention = e.text;
  return r;
}

GpuRef DocumentContext::mention_ref(size_t block, const Mention& m, Attribution how) const {
  GpuRef r = ref(m, how);
  if (m.entry < 0) r.mention = doc_.blocks[block].text.substr(m.begin, m.end - m.begin);
  return r;
}

std::vector<GpuRef> DocumentContext::distinct(size_t block) const {
  std::vector<GpuRef> out;
  for (const auto& m : mentions_[block]) {
    if (m.entry < 0 || m.predecessor || m.bare_number) continue;
    GpuRef r = ref(m, Attribution::heading);
    if (std::none_of(out.begin(), out.end(), [&](const GpuRef& o) { return same_gpu(o, r); })) out.push_back(r);
  }
  return out;
}

std::optional<Range> DocumentContext::lead(size_t block) const {
  const auto& b = doc_.blocks[block];
  if (b.strong.empty()) {
    // A plain "CUDA Cores: 18,432" or "- VRAM: 24GB GDDR7" lead: a short label of words
    // opening a list item or paragraph, then a colon and the value.
    if (b.kind != core::BlockKind::list_item && b.kind != core::BlockKind::paragraph) return std::nullopt;
    size_t begin = 0;
    while (begin < b.text.size() && std::isspace(static_cast<unsigned char>(b.text[begin]))) ++begin;
    const size_t colon = b.text.find(':', begin);
    if (colon == std::string::npos || colon == begin || colon - begin > 40 || colon + 1 >= b.text.size() ||
        b.text[colon + 1] != ' ') {
      return std::nullopt;
    }
    for (size_t i = begin; i < colon; ++i) {
      const unsigned char c = static_cast<unsigned char>(b.text[i]);
      if (!std::isalnum(c) && c != ' ' && c != '(' && c != ')' && c != '/' && c != '-' && c != '.' && c != '&') {
        return std::nullopt;
      }
    }
    if (!std::isalpha(static_cast<unsigned char>(b.text[begin]))) return std::nullopt;
    // "The Tesla M40 24GB was my next step: 3,072 CUDA cores, ...": a sentence before the
    // colon is no label, and the sentences after it may be about other GPUs.
    static const RE2 verb("(?i)\\b(?:is|was|are|were|has|had|have|gets|got|makes|made|became|becomes|remains|stays)\\b");
    if (RE2::PartialMatch(re2::StringPiece(b.text.data() + begin, colon - begin), verb)) return std::nullopt;
    return Range{begin, colon};
  }
  const auto& s = b.strong.front();
  // The lead must open the block (whitespace aside) and be followed by ":" or end the block.
  for (size_t i = 0; i < s.begin && i < b.text.size(); ++i) {
    if (!std::isspace(static_cast<unsigned char>(b.text[i]))) return std::nullopt;
  }
  return Range{s.begin, s.end};
}

bool DocumentContext::is_bold_paragraph(size_t block) const {
  const auto& b = doc_.blocks[block];
  if (b.kind != core::BlockKind::paragraph) return false;
  auto l = lead(block);
  if (!l) return false;
  for (size_t i = l->end; i < b.text.size(); ++i) {
    char c = b.text[i];
    if (!std::isspace(static_cast<unsigned char>(c)) && c != ':') return false;
  }
  return true;
}

std::optional<GpuRef> DocumentContext::lead_subject(size_t block) const {
  auto l = lead(block);
  if (!l) return std::nullopt;
  std::optional<GpuRef> found;
  for (const auto& m : mentions_[block]) {
    if (m.entry < 0 || m.begin < l->begin || m.end > l->end) continue;
    GpuRef r = ref(m, Attribution::list_lead);
    if (found && !same_gpu(*found, r)) return std::nullopt;
    found = r;
  }
  return found;
}

std::optional<GpuRef> DocumentContext::list_subject(size_t block) const {
  return block < list_subjects_.size() ? list_subjects_[block] : std::nullopt;
}

// One pass: each list item after a "GPU: ..." item of its list gets that item's GPU.
void DocumentContext::find_list_subjects() {
  static const RE2 subject_lead("(?i)^\\W*(?:gpus?|model|card|graphics(?: card)?|accelerator|product|device)\\W*$");
  list_subjects_.assign(doc_.blocks.size(), std::nullopt);
  std::optional<GpuRef> current;
  for (size_t i = 0; i < doc_.blocks.size(); ++i) {
    const auto& b = doc_.blocks[i];
    if (b.kind != core::BlockKind::list_item) {
      current.reset();
      continue;
    }
    list_subjects_[i] = current;
    auto l = lead(i);
    if (!l || !RE2::FullMatch(re2::StringPiece(b.text.data() + l->begin, l->end - l->begin), subject_lead)) continue;
    std::optional<GpuRef> found;
    bool several = false;
    for (const auto& m : mentions_[i]) {
      if (m.entry < 0 || m.begin < l->end) continue;
      GpuRef r = ref(m, Attribution::list_lead);
      several = several || (found && !same_gpu(*found, r));
      found = r;
    }
    current = several ? std::nullopt : found;
  }
}

std::optional<GpuRef> DocumentContext::section_subject(size_t block) const {
  int level_limit = 7;
  for (size_t i = block; i-- > 0;) {
    const auto& b = doc_.blocks[i];
    if (b.kind == core::BlockKind::heading) {
      if (b.level >= level_limit) continue;
      auto gpus = distinct(i);
      if (gpus.size() == 1) {
        gpus[0].attributed_by = Attribution::heading;
        return gpus[0];
      }
      if (gpus.size() > 1) return std::nullopt;  // a heading about two GPUs decides nothing
      level_limit = b.level;
      if (level_limit <= 1) return std::nullopt;
      continue;
    }
    if (level_limit == 7 && is_bold_paragraph(i)) {
      auto gpus = distinct(i);
      if (gpus.size() == 1) {
        gpus[0].attributed_by = Attribution::heading;
        return gpus[0];
      }
    }
  }
  return std::nullopt;
}

std::optional<GpuRef> DocumentContext::single_page_subject() const {
  if (page_subjects_.size() != 1) return std::nullopt;
  return page_subjects_.front();
}

std::optional<GpuRef> DocumentContext::counterpart(const GpuRef& subject) const {
  if (page_subjects_.size() == 2) {
    if (same_gpu(page_subjects_[0], subject)) return page_subjects_[1];
    if (same_gpu(page_subjects_[1], subject)) return page_subjects_[0];
    return std::nullopt;
  }
  if (page_subjects_.size() == 1 && !same_gpu(page_subjects_[0], subject)) return page_subjects_[0];
  return std::nullopt;
}

std::vector<std::string> DocumentContext::unresolved() const {
  std::set<std::string> names;
  for (size_t b = 0; b < mentions_.size(); ++b) {
    for (const auto& m : mentions_[b]) {
      if (m.entry < 0) names.insert(doc_.blocks[b].text.substr(m.begin, m.end - m.begin));
    }
  }
  return {names.begin(), names.end()};
}

}  // namespace extract
