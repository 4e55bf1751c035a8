// Names that are not what the alias table makes of them: plurals and die codes; tested through tests/cases/attribution.
#pragma once

#include <string_view>
#include <vector>

#include "extract/entity_matcher.h"

namespace extract {

// Adds `m` unless a mention already overlaps it; returns whether it did. Callers that add
// mentions keep the list sorted with sort_by_position once they are done.
bool add_unmatched(std::vector<Mention>& mentions, Mention m);
void sort_by_position(std::vector<Mention>& mentions);

// "Redwood's V100s": a lower-case s after a model number is a plural ("V100s" are V100s, not
// the V100S); the mention is re-pointed to the name without it when the catalog has one.
void read_plural_model_numbers(std::string_view text, const EntityMatcher& matcher, std::vector<Mention>& mentions);

// "T4s have 2,560 CUDA cores": adds a mention for a model name with a plural s that the alias
// table did not match, where the name without it is a catalog alias.
void add_plural_mentions(std::string_view text, const EntityMatcher& matcher, std::vector<Mention>& mentions);

// "The Series S sits at 20 CUs", "Microsoft went wide: 52 CUs", "Gaudi 3 (128 GB HBM2e)":
// consoles, handhelds, their makers and non-GPU accelerators are products the catalog does not
// hold; named, they keep their figures from the GPUs around them (as an unknown GPU name does).
void add_console_mentions(std::string_view text, std::vector<Mention>& mentions);

// "ASUS TUF A16 | RTX 4070 Laptop": a laptop's model name after its product line is no GPU.
void drop_laptop_model_names(std::string_view text, std::vector<Mention>& mentions);

// "It put the GV100 die on a board": a die code before "die" or "chip" names the silicon, not
// the product that shares its name (Quadro GV100); such mentions are dropped.
void drop_die_codes(std::string_view text, std::vector<Mention>& mentions);

}  // namespace extract
