#include "Help.h"

#include <algorithm>
#include <sstream>

namespace m2ai::cli {

namespace {

constexpr size_t kWidth = 80;
constexpr size_t kLabelColumn = 24;  // descriptions start here; longer labels get a line of their own

const char* const kExitCodes = "Exit codes: 0 ok, 1 invalid input (the message names the field), 2 usage.\n";

// Appends text word-wrapped at kWidth, every line indented by `indent` spaces except the first
// when `firstLineDone` (the label already filled it up to the indent).
void wrap(std::ostringstream& out, const std::string& text, size_t indent, bool firstLineDone) {
    std::istringstream words(text);
    std::string word;
    size_t column = firstLineDone ? indent : 0;
    bool lineEmpty = true;
    if (!firstLineDone) {
        out << std::string(indent, ' ');
        column = indent;
    }
    while (words >> word) {
        if (!lineEmpty && column + 1 + word.size() > kWidth) {
            out << '\n' << std::string(indent, ' ');
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out << ' ';
            ++column;
        }
        out << word;
        column += word.size();
        lineEmpty = false;
    }
    out << '\n';
}

void item(std::ostringstream& out, const std::string& label, const std::string& description) {
    const std::string head = "  " + label;
    if (head.size() + 2 > kLabelColumn) {
        out << head << '\n';
        wrap(out, description, kLabelColumn, false);
    } else {
        out << head << std::string(kLabelColumn - head.size(), ' ');
        wrap(out, description, kLabelColumn, true);
    }
}

std::string positionalLabel(const Positional& p) {
    return p.optional ? "[" + p.name + "]" : p.name;
}

}  // namespace

const Option& helpOption() {
    static const Option help{{"h", "help"}, "print this help and exit"};
    return help;
}

std::string optionLabel(const Option& option) {
    std::string label;
    for (const std::string& name : option.names) {
        if (!label.empty()) label += ", ";
        label += (name.size() == 1 ? "-" : "--") + name;
    }
    if (option.takesValue()) label += " " + option.valueName;
    return label;
}

std::string synopsis(const Command& command) {
    std::string text = command.name;
    bool optional = false;
    for (const Option& o : command.options) {
        if (o.required)
            text += " --" + o.longestName() + (o.takesValue() ? " " + o.valueName : "");
        else
            optional = true;
    }
    if (optional) text += " [OPTIONS]";
    for (const Positional& p : command.positionals) text += " " + positionalLabel(p);
    return text;
}

std::string globalHelp(const std::vector<Command>& commands) {
    std::ostringstream out;
    out << "Usage: mine2ai-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
           "       mine2ai-cli COMMAND --help\n\n"
           "Plan the conversion of Bitcoin-mining sites into AI data centres, without a display.\n\n"
           "Commands:\n";
    for (const Command& c : commands) item(out, c.name, c.summary);
    out << "\nOptions:\n";
    item(out, "-h, --help", "print this help and exit (COMMAND --help: that command's)");
    item(out, "-V, --version", "print the version and exit");
    item(out, "--lang CODE",
         "language of the report: fr, zh_CN, es or en (default: LC_ALL, LC_MESSAGES or LANG)");
    item(out, "--generate KIND",
         "print the man page's command sections or the bash completion, for packaging");
    out << '\n';
    wrap(out,
         "Options take their value as --opt=value or --opt value, before or after the arguments; "
         "\"--\" ends the options. An output file \"-\" means standard output.",
         0, false);
    out << kExitCodes;
    return out.str();
}

std::string commandHelp(const Command& command) {
    std::ostringstream out;
    out << "Usage: mine2ai-cli " << synopsis(command) << "\n\n";
    wrap(out, command.description.empty() ? command.summary : command.description, 0, false);
    if (!command.positionals.empty()) {
        out << "\nArguments:\n";
        for (const Positional& p : command.positionals) item(out, p.name, p.description);
    }
    out << "\nOptions:\n";
    for (const Option& o : command.options) {
        std::string description = o.description;
        if (o.required) description += " (required)";
        item(out, optionLabel(o), description);
    }
    item(out, optionLabel(helpOption()), helpOption().description);
    out << '\n' << kExitCodes;
    return out.str();
}

}  // namespace m2ai::cli
