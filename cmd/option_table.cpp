// Reads the CLI11 app into CommandDocs; tested in tests/cmd/completions_test.cpp.
#include "cmd/option_table.h"

#include <map>
#include <sstream>

#include "reports/render.h"

namespace cmd {
namespace {

// CLI11 keeps validators opaque, so the values worth completing are listed here once.
std::vector<std::string> choices_for(const std::string& long_name) {
  static const std::map<std::string, std::vector<std::string>> table{
      {"color", {"auto", "always", "never"}},
      {"fail-on", {"error", "warning", "info", "none"}},
  };
  if (long_name == "format") {
    std::vector<std::string> out;
    std::istringstream names(reports::format_names());
    for (std::string n; std::getline(names, n, '|');) out.push_back(n);
    return out;
  }
  auto it = table.find(long_name);
  return it == table.end() ? std::vector<std::string>{} : it->second;
}

void describe(const CLI::App& app, const std::string& prefix, std::vector<CommandDoc>& out) {
  CommandDoc doc;
  doc.name = prefix;
  doc.description = app.get_description();
  for (const CLI::Option* opt : app.get_options()) {
    if (!opt->nonpositional()) {
      doc.takes_files = true;
      continue;
    }
    OptionDoc o;
    o.long_names = opt->get_lnames();
    o.short_names = opt->get_snames();
    o.description = opt->get_description();
    o.takes_value = opt->get_type_size() > 0;
    if (!o.long_names.empty()) o.choices = choices_for(o.long_names.front());
    doc.options.push_back(std::move(o));
  }
  auto subs = app.get_subcommands([](const CLI::App*) { return true; });
  for (const CLI::App* sub : subs) doc.subcommands.push_back(sub->get_name());
  out.push_back(std::move(doc));
  for (const CLI::App* sub : subs) describe(*sub, prefix.empty() ? sub->get_name() : prefix + " " + sub->get_name(), out);
}

}  // namespace

std::vector<CommandDoc> describe_commands(const CLI::App& root) {
  std::vector<CommandDoc> out;
  describe(root, "", out);
  return out;
}

}  // namespace cmd
