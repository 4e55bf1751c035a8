// Runs every claim builder over a document; tested in tests/extract/extractor_test.cpp.
#include "extract/extractor.h"

#include <algorithm>

#include "extract/arithmetic_claims.h"
#include "extract/claim_annotation.h"
#include "extract/difference_claims.h"
#include "extract/document_context.h"
#include "extract/feature_claims.h"
#include "extract/relation_claims.h"
#include "extract/table_claims.h"
#include "extract/respective_lists.h"
#include "extract/rival_claims.h"
#include "extract/value_claims.h"
#include "extract/word_counts.h"

namespace extract {

const char* to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::value: return "value";
    case ClaimKind::comparison: return "comparison";
    case ClaimKind::ratio: return "ratio";
    case ClaimKind::arithmetic: return "arithmetic";
    case ClaimKind::feasibility: return "feasibility";
  }
  return "value";
}

const char* to_string(Attribution a) {
  switch (a) {
    case Attribution::same_clause: return "same_clause";
    case Attribution::possessive: return "possessive";
    case Attribution::table_header: return "table_header";
    case Attribution::list_lead: return "list_lead";
    case Attribution::previous_sentence: return "previous_sentence";
    case Attribution::pair: return "pair";
    case Attribution::respective: return "respective";
    case Attribution::parenthetical: return "parenthetical";
    case Attribution::demonstrative: return "demonstrative";
    case Attribution::heading: return "heading";
    case Attribution::page_subject: return "page_subject";
    case Attribution::none: return "none";
  }
  return "none";
}

FileClaims extract_claims(const core::Document& doc, const EntityMatcher& matcher) {
  DocumentContext ctx(doc, matcher);
  FileClaims result;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto kind = doc.blocks[i].kind;
    if (kind == core::BlockKind::code || kind == core::BlockKind::table_cell) continue;
    const size_t first = result.claims.size();
    add_value_claims(ctx, i, result.claims);
    pair_respective_values(ctx, i, result.claims, first);
    add_word_count_claims(ctx, i, result.claims);
    add_feature_claims(ctx, i, result.claims);
    add_relation_claims(ctx, i, result.claims);
    add_arithmetic_claims(ctx, i, result.claims);
    add_feasibility_claims(ctx, i, result.claims);
  }
  add_table_claims(ctx, result.claims);
  annotate_claims(ctx, result.claims);
  mark_rival_claims(result.claims);
  add_difference_claims(ctx, result.claims);
  std::stable_sort(result.claims.begin(), result.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.span.begin < b.span.begin; });
  result.unresolved_mentions = ctx.unresolved();
  return result;
}

}  // namespace extract
