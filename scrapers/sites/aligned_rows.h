// Spec rows out of a datasheet PDF's aligned "label   value" lines; tested in tests/scrapers/datasheet_pdf_test.cpp.
#pragma once
#include <cstddef>

#include "core/document.h"

namespace scrapers {

// A datasheet prints its spec table as text in two columns: "GPU Memory    24 GB GDDR6".
// The PDF reader hands over one block per line; a line is a row when one run of two or more
// spaces splits it into a label (starting with a letter) and a value, and at least two such
// lines in a row start their values at the same column of the page (within two characters).
// Body text rarely does both: a justified line has many gaps, at columns that wander.
// Each run of rows becomes one 2-column table appended to `out`, numbered from `first_table`,
// every cell keeping its exact bytes in the page; a line with three or more columns is left
// out, because a variant column belongs to another GPU. One pass over the blocks.
// Returns the number of rows appended.
size_t append_aligned_rows(const core::Document& page, core::Document& out, int first_table);

}  // namespace scrapers
