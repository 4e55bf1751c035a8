// Finding groups and claim marks; tested in tests/reports/review_model_test.cpp.
#include "reports/review_model.h"

#include <algorithm>
#include <map>
#include <utility>

namespace reports {

namespace {

int verdict_rank(core::Verdict v) {
  switch (v) {
    case core::Verdict::refuted: return 4;
    case core::Verdict::inconsistent: return 3;
    case core::Verdict::explained: return 2;
    case core::Verdict::unverifiable: return 1;
    case core::Verdict::supported: return 0;
  }
  return 0;
}

bool in_source(const core::FileReport& file, core::Span span) {
  return file.source && span.begin <= span.end && span.end <= file.source->size();
}

}  // namespace

bool stronger(const core::Finding& a, const core::Finding& b) {
  if (a.severity != b.severity) return a.severity > b.severity;
  if (verdict_rank(a.verdict) != verdict_rank(b.verdict)) return verdict_rank(a.verdict) > verdict_rank(b.verdict);
  return a.confidence > b.confidence;
}

ReviewModel review_model(const core::FileReport& file) {
  ReviewModel model;
  // Group by exact span, in first-seen order; findings arrive in document order.
  std::map<std::pair<size_t, size_t>, size_t> group_of_span;
  std::vector<std::vector<size_t>> members;
  for (size_t i = 0; i < file.findings.size(); ++i) {
    const core::Span s = file.findings[i].span;
    const auto [it, added] = group_of_span.emplace(std::make_pair(s.begin, s.end), members.size());
    if (added) members.emplace_back();
    members[it->second].push_back(i);
  }
  for (auto& m : members) {
    std::stable_sort(m.begin(), m.end(),
                     [&](size_t a, size_t b) { return stronger(file.findings[a], file.findings[b]); });
    FindingGroup g;
    g.lead = m.front();
    g.others.assign(m.begin() + 1, m.end());
    model.groups.push_back(std::move(g));
  }
  std::stable_sort(model.groups.begin(), model.groups.end(), [&](const FindingGroup& a, const FindingGroup& b) {
    return file.findings[a.lead].span.begin < file.findings[b.lead].span.begin;
  });
  group_of_span.clear();
  for (size_t g = 0; g < model.groups.size(); ++g) {
    const core::Span s = file.findings[model.groups[g].lead].span;
    group_of_span[{s.begin, s.end}] = g;
  }

  std::vector<bool> group_marked(model.groups.size(), false);
  for (const core::ClaimMark& c : file.claims) {
    if (!in_source(file, c.span) || c.span.empty()) continue;
    Mark m;
    m.span = c.span;
    m.field = c.field;
    m.gpu = c.gpu;
    m.claim = true;
    m.verdict = c.checkable ? core::Verdict::supported : core::Verdict::unverifiable;
    const auto it = group_of_span.find({c.span.begin, c.span.end});
    if (it != group_of_span.end()) {
      m.group = static_cast<int>(it->second);
      m.verdict = file.findings[model.groups[it->second].lead].verdict;
      group_marked[it->second] = true;
    }
    model.marks.push_back(std::move(m));
  }
  for (size_t g = 0; g < model.groups.size(); ++g) {
    const core::Finding& f = file.findings[model.groups[g].lead];
    if (group_marked[g] || !in_source(file, f.span)) continue;
    Mark m;
    m.span = f.span;
    m.field = f.field;
    m.gpu = f.gpu;
    m.verdict = f.verdict;
    m.group = static_cast<int>(g);
    model.marks.push_back(std::move(m));
  }
  std::stable_sort(model.marks.begin(), model.marks.end(), [](const Mark& a, const Mark& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  for (size_t i = 0; i < model.marks.size(); ++i) {
    const int g = model.marks[i].group;
    if (g >= 0 && model.groups[static_cast<size_t>(g)].mark == kNoMark) model.groups[static_cast<size_t>(g)].mark = i;
  }
  return model;
}

Tally review_tally(const std::vector<core::FileReport>& files) {
  std::vector<core::FileReport> leads;
  leads.reserve(files.size());
  for (const core::FileReport& file : files) {
    core::FileReport lead;
    lead.errors = file.errors;
    for (const FindingGroup& g : review_model(file).groups) lead.findings.push_back(file.findings[g.lead]);
    leads.push_back(std::move(lead));
  }
  return tally(leads);
}

}  // namespace reports
