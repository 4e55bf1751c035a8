// Renders a core::Document as one line per block (kind, coordinates, line:col spans, text, strong runs) for golden tests; used by tests/scrapers/*_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/document.h"

namespace scrapers_test {

// One line per block: `#index kind [level] [table cell coords] @line:col-line:col section
// "text" strong=[b,e)@line:col-line:col...`. Every span is computed through
// Source::position(Block::span_of(...)), the same way the extractor will.
std::string dump_document(const core::Document& doc);

// "line:col" of a byte offset.
std::string where(const core::Document& doc, size_t offset);

// Compares `actual` with the approved file tests/golden/scrapers/NAME; with
// FACTCHECK_UPDATE_GOLDEN=1 in the environment it writes the file instead.
// Returns an empty string when they agree, else a description of the first difference.
std::string compare_golden(const std::string& name, const std::string& actual);

// Checks that every block's mapping is honest: starts/ends sized like the text, each
// range inside the source and in order, and every byte mapped one-to-one equal to the
// source byte it claims to come from. Returns a description of each problem (empty: none).
std::vector<std::string> span_problems(const core::Document& doc);

// Finds the first block whose text contains `needle`; nullptr if none.
const core::Block* find_block(const core::Document& doc, const std::string& needle);

// Reads a fixture from tests/fixtures/scrapers.
std::string fixture_path(const std::string& name);

}  // namespace scrapers_test
