// The bash completion of mine2ai-cli, generated from the registry: commands, each command's options,
// the values of choice options, folders for folder options and files elsewhere. Understands
// --opt=value (bash splits the word at '=') and stops offering options after "--".
#include <sstream>

#include "Generate.h"
#include "Help.h"

namespace m2ai::cli {

namespace {

std::string dashed(const std::string& name) {
    return (name.size() == 1 ? "-" : "--") + name;
}

// compgen arguments completing a value of this kind; "" completes nothing (free text).
std::string compgenFor(ValueKind kind, const std::vector<std::string>& choices) {
    switch (kind) {
        case ValueKind::File:
            return "-f";
        case ValueKind::Directory:
            return "-d";
        case ValueKind::Choice: {
            std::string words;
            for (const std::string& c : choices) words += (words.empty() ? "" : " ") + c;
            return "-W '" + words + "'";
        }
        case ValueKind::Text:
            break;
    }
    return {};
}

void reply(std::ostringstream& out, const std::string& indent, const std::string& compgen) {
    if (compgen.empty())
        out << indent << "COMPREPLY=()\n";
    else
        out << indent << "_mine2ai_cli_reply " << compgen << '\n';
}

void commandCase(std::ostringstream& out, const Command& c) {
    out << "    " << c.name << ")\n";
    out << "        if [[ -z $dashdash ]]; then\n";
    bool anyValue = false;
    for (const Option& o : c.options) anyValue = anyValue || o.takesValue();
    if (anyValue) {
        out << "            case $prev in\n";
        for (const Option& o : c.options) {
            if (!o.takesValue()) continue;
            std::string pattern;
            for (const std::string& n : o.names) pattern += (pattern.empty() ? "" : "|") + dashed(n);
            out << "            " << pattern << ")\n";
            reply(out, "                ", compgenFor(o.kind, o.choices));
            out << "                return ;;\n";
        }
        out << "            esac\n";
    }
    std::string words;
    for (const Option& o : c.options)
        for (const std::string& n : o.names) words += dashed(n) + " ";
    words += "-h --help";
    out << "            if [[ $cur == -* ]]; then\n";
    out << "                _mine2ai_cli_reply -W '" << words << "'\n";
    out << "                return\n";
    out << "            fi\n";
    out << "        fi\n";
    // Arguments: files, or nothing when the command takes none.
    if (c.positionals.empty())
        out << "        COMPREPLY=()\n";
    else
        reply(out, "        ", compgenFor(c.positionals.front().kind, {}));
    out << "        ;;\n";
}

}  // namespace

std::string bashCompletion(const std::vector<Command>& commands) {
    std::string names;
    for (const Command& c : commands) names += (names.empty() ? "" : " ") + c.name;
    std::string kinds;
    for (const std::string& k : generatedKinds()) kinds += (kinds.empty() ? "" : " ") + k;

    std::ostringstream out;
    out << "# bash completion for mine2ai-cli. Generated from its command table by\n"
           "# `mine2ai-cli --generate bash-completion`; do not edit.\n\n"
           "# Sets COMPREPLY to compgen's words for $cur, one per line (names may hold spaces).\n"
           "_mine2ai_cli_reply() {\n"
           "    mapfile -t COMPREPLY < <(compgen \"$@\" -- \"$cur\")\n"
           "}\n\n"
           "_mine2ai_cli() {\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
           "    # --opt=value arrives as three words: --opt, '=', value.\n"
           "    if [[ $cur == = ]]; then\n"
           "        cur=\n"
           "    elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then\n"
           "        prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
           "    fi\n"
           "    local cmd= dashdash= i\n"
           "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "        if [[ -z $cmd ]]; then\n"
           "            [[ ${COMP_WORDS[i]} != -* ]] && cmd=${COMP_WORDS[i]}\n"
           "        elif [[ ${COMP_WORDS[i]} == -- ]]; then\n"
           "            dashdash=1\n"
           "        fi\n"
           "    done\n"
           "    COMPREPLY=()\n"
           "    if [[ -z $cmd ]]; then\n"
           "        if [[ $prev == --generate ]]; then\n"
           "            _mine2ai_cli_reply -W '"
        << kinds
        << "'\n"
           "        else\n"
           "            _mine2ai_cli_reply -W '"
        << names
        << " -h --help -V --version --generate'\n"
           "        fi\n"
           "        return\n"
           "    fi\n"
           "    case $cmd in\n"
           "    help)\n"
           "        _mine2ai_cli_reply -W '"
        << names << "'\n        ;;\n";
    for (const Command& c : commands)
        if (c.absentReason.empty()) commandCase(out, c);
    out << "    esac\n"
           "}\n\n"
           "complete -o filenames -F _mine2ai_cli mine2ai-cli\n";
    return out.str();
}

const std::vector<std::string>& generatedKinds() {
    static const std::vector<std::string> kinds = {"man-synopsis", "man-commands", "bash-completion"};
    return kinds;
}

std::string generate(const std::vector<Command>& commands, const std::string& kind) {
    if (kind == "man-synopsis") return manSynopsis(commands);
    if (kind == "man-commands") return manCommands(commands);
    if (kind == "bash-completion") return bashCompletion(commands);
    return {};
}

}  // namespace m2ai::cli
