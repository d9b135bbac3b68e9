// The generated parts of mine2ai-cli(1); the prose around them is packaging/mine2ai-cli.1.in.
#include <sstream>

#include "Generate.h"
#include "Help.h"

namespace m2ai::cli {

namespace {

// Text as roff: a backslash would start an escape, a line starting with '.' or '\'' a request,
// and "-" in option names must be a real minus for search and copy-paste.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string optionRoff(const Option& option) {
    std::string text;
    for (const std::string& name : option.names) {
        if (!text.empty()) text += "\\fR, \\fB";
        text += roff((name.size() == 1 ? "-" : "--") + name);
    }
    text = "\\fB" + text + "\\fR";
    if (option.takesValue()) text += " \\fI" + roff(option.valueName) + "\\fR";
    return text;
}

std::string synopsisRoff(const Command& command) {
    std::string text = "\\fBmine2ai\\-cli " + roff(command.name) + "\\fR";
    bool optional = false;
    for (const Option& o : command.options) {
        if (!o.required) {
            optional = true;
            continue;
        }
        text += " \\fB\\-\\-" + roff(o.longestName()) + "\\fR";
        if (o.takesValue()) text += " \\fI" + roff(o.valueName) + "\\fR";
    }
    if (optional) text += " [\\fIOPTIONS\\fR]";
    for (const Positional& p : command.positionals)
        text += p.optional ? " [\\fI" + roff(p.name) + "\\fR]" : " \\fI" + roff(p.name) + "\\fR";
    return text;
}

void tagged(std::ostringstream& out, const std::string& tag, const std::string& text) {
    out << ".TP\n" << tag << '\n' << roff(text) << '\n';
}

}  // namespace

std::string manSynopsis(const std::vector<Command>& commands) {
    std::ostringstream out;
    out << "\\fBmine2ai\\-cli\\fR \\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR | \\fICOMMAND\\fR "
           "\\fB\\-\\-help\\fR\n";
    for (const Command& c : commands)
        if (c.absentReason.empty()) out << ".br\n" << synopsisRoff(c) << '\n';
    return out.str();
}

std::string manCommands(const std::vector<Command>& commands) {
    std::ostringstream out;
    out << ".SH COMMANDS\n";
    for (const Command& c : commands) {
        if (!c.absentReason.empty()) continue;
        out << ".SS \"" << roff(c.name) << "\"\n" << synopsisRoff(c) << "\n.PP\n";
        out << roff(c.description.empty() ? c.summary : c.description) << '\n';
        for (const Positional& p : c.positionals) tagged(out, "\\fI" + roff(p.name) + "\\fR", p.description);
        for (const Option& o : c.options) {
            std::string text = o.description;
            if (o.required) text += " (required)";
            tagged(out, optionRoff(o), text);
        }
    }
    out << ".SH GLOBAL OPTIONS\n";
    tagged(out, optionRoff(helpOption()),
           "print the summary of the commands and exit; after a command, that command's help");
    tagged(out, "\\fB\\-V\\fR, \\fB\\-\\-version\\fR", "print the version and exit");
    tagged(out, "\\fB\\-\\-lang\\fR \\fICODE\\fR",
           "language and number formats of the report: fr, zh_CN, es or en; anywhere on the line. "
           "Default: the first set of LC_ALL, LC_MESSAGES and LANG. CSV and JSON output do not change.");
    std::string kinds;
    for (const std::string& k : generatedKinds()) kinds += (kinds.empty() ? "" : ", ") + k;
    tagged(out, "\\fB\\-\\-generate\\fR \\fIKIND\\fR",
           "print a file generated from the command table, for packaging: " + kinds);
    return out.str();
}

}  // namespace m2ai::cli
