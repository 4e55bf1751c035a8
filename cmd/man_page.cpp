// roff writer for factcheck(1); tested in tests/cmd/completions_test.cpp.
#include "cmd/man_page.h"

namespace cmd {
namespace {

// roff: a backslash is \e, a hyphen \-, and a line may not start with '.' or '\''.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

void options_section(std::string& s, const CommandDoc& c) {
  for (const auto& o : c.options) {
    std::string names;
    for (const auto& l : o.long_names) names += std::string(names.empty() ? "" : ", ") + "\\fB\\-\\-" + roff(l) + "\\fR";
    for (const auto& n : o.short_names) names += std::string(names.empty() ? "" : ", ") + "\\fB\\-" + roff(n) + "\\fR";
    if (o.takes_value) names += o.choices.empty() ? " \\fIVALUE\\fR" : " \\fI" + roff(o.choices.front()) + "\\fR|...";
    s += ".TP\n" + names + "\n" + roff(o.description) + "\n";
  }
}

}  // namespace

std::string man_page(const std::vector<CommandDoc>& commands, const std::string& version) {
  std::string s = ".TH FACTCHECK 1 \"\" \"factcheck " + roff(version) + "\" \"User Commands\"\n";
  std::string summary = commands.front().description;
  if (summary.rfind("factcheck: ", 0) == 0) summary.erase(0, 11);  // --help's title repeats the name
  s += ".SH NAME\nfactcheck \\- " + roff(summary) + "\n";
  s += ".SH SYNOPSIS\n.B factcheck\n[\\fIOPTIONS\\fR] \\fIFILE\\fR|\\fIFOLDER\\fR|\\fIGLOB\\fR|\\fIURL\\fR|\\- ...\n";
  for (size_t i = 1; i < commands.size(); ++i) s += ".br\n.B factcheck " + roff(commands[i].name) + "\n[\\fIOPTIONS\\fR]\n";
  s += ".SH DESCRIPTION\nChecks the GPU specification numbers in articles (Markdown, HTML, text, PDF, or a web page"
       " given by its http(s) URL) against a catalog in which every value names its source, and reports each wrong"
       " value as \\fIpath\\fR:\\fIline\\fR:\\fIcol\\fR with the right value and its source. Folders are walked for"
       " .md .markdown .html .htm .txt .pdf files, honouring .gitignore and .factcheckignore.\n";
  s += ".SH OPTIONS\n";
  options_section(s, commands.front());
  s += ".SH COMMANDS\n";
  for (size_t i = 1; i < commands.size(); ++i) {
    s += ".SS " + roff(commands[i].name) + "\n" + roff(commands[i].description) + "\n";
    options_section(s, commands[i]);
  }
  s += ".SH EXIT STATUS\n.TP\n0\nno finding at or above \\fB\\-\\-fail\\-on\\fR\n.TP\n1\nfindings at or above "
       "\\fB\\-\\-fail\\-on\\fR\n.TP\n2\nusage or input error (unreadable file, bad config, unknown directive)\n"
       ".TP\n3\ncatalog unavailable\n";
  s += ".SH ENVIRONMENT\n.TP\nNO_COLOR\nno colour under \\fB\\-\\-color=auto\\fR\n.TP\nFORCE_COLOR\ncolour under "
       "\\fB\\-\\-color=auto\\fR even without a terminal\n.TP\nFACTCHECK_DATASETS\nthe datasets folder (catalog/ "
       "inside it) when none is installed beside the binary\n";
  s += ".SH FILES\n.TP\n\\&.factcheck.json\nsettings, found in the article's folder or above it\n.TP\n"
       "\\&.factcheckignore\ngitignore\\-style patterns of files a folder walk skips\n";
  return s;
}

}  // namespace cmd
