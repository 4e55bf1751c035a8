// The article as a person reads it (headings, paragraphs, lists, tables, pages), every claim marked in place; tested in tests/reports/html_article_test.cpp.
#pragma once
#include <cstddef>
#include <string>

#include "core/finding.h"
#include "reports/review_model.h"

namespace reports {

// Rendered from the reader's document model (FileReport::document), so Markdown, an HTML
// page's main content and a PDF's pages all come out as text in their structure, and
// nothing from the article is ever emitted as markup: every byte of it is escaped text.
// Without a document model the source is shown as preformatted text. Each mark is one
// <mark> element with data-verdict, data-field, data-gpu (and data-claim for an extracted
// claim) and the id the cards link to; marks whose bytes the reader did not keep (front
// matter, markup) are listed after the article, so none is lost.
std::string render_article_view(const core::FileReport& file, const ReviewModel& model, size_t file_index);

}  // namespace reports
