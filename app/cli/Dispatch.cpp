#include "Dispatch.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <algorithm>
#include <exception>
#include <iostream>

#include "CliSupport.h"
#include "CliText.h"
#include "Generate.h"
#include "Help.h"

namespace m2ai::cli {

namespace {

// argv is in the locale's encoding, and file names must come back byte for byte.
QString toQt(const std::string& s) {
    return QString::fromLocal8Bit(s.data(), static_cast<qsizetype>(s.size()));
}

std::string fromQt(const QString& s) {
    return s.toLocal8Bit().toStdString();
}

QCommandLineOption toQt(const Option& option) {
    QStringList names;
    for (const std::string& name : option.names) names << toQt(name);
    QCommandLineOption q(names);
    if (option.takesValue()) q.setValueName(toQt(option.valueName));
    return q;
}

int topLevelUsage(const std::string& message) {
    std::cerr << "mine2ai-cli: " << message << '\n'
              << translate("CliDispatch", "Try 'mine2ai-cli --help'.") << '\n';
    return kUsage;
}

// Parses args against the command's options and arguments; on a usage error returns its message.
std::string parse(const Command& command, const std::vector<std::string>& args, Invocation& out, bool& help) {
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // A name used twice in a command's entry (or -h, --help) is a bug of the registry; the help
    // test of tests/core/test_cli_parsing.cpp runs every command into this.
    for (const Option& o : command.options)
        if (!parser.addOption(toQt(o)))
            return "internal error: option --" + o.longestName() + " is defined twice";
    if (!parser.addOption(toQt(helpOption()))) return "internal error: -h/--help is taken by another option";
    QStringList argv{QStringLiteral("mine2ai-cli")};
    for (const std::string& a : args) argv << toQt(a);
    if (!parser.parse(argv)) return fromQt(parser.errorText());
    help = parser.isSet(QStringLiteral("help"));
    if (help) return {};

    for (const Option& o : command.options) {
        const std::string name = o.longestName();
        const std::string dashed = "--" + name;
        if (!parser.isSet(toQt(name))) {
            if (o.required) return fill(translate("CliDispatch", "%1 %2 is required"), {dashed, o.valueName});
            continue;
        }
        if (!o.takesValue()) {
            out.values_[name] = "";
            continue;
        }
        const QStringList values = parser.values(toQt(name));
        if (values.size() > 1) return fill(translate("CliDispatch", "%1 is given more than once"), {dashed});
        const std::string value = fromQt(values.front());
        if (value.empty())
            return fill(translate("CliDispatch", "%1 needs a value (%2)"), {dashed, o.valueName});
        if (o.kind == ValueKind::Choice) {
            // Case does not matter ("A4"); the command sees the choice as listed.
            const auto it = std::find_if(o.choices.begin(), o.choices.end(), [&](const std::string& c) {
                return QString::compare(toQt(c), toQt(value), Qt::CaseInsensitive) == 0;
            });
            if (it == o.choices.end()) {
                std::string allowed;
                for (const std::string& c : o.choices)
                    allowed += (allowed.empty() ? std::string() : translate("CliDispatch", " or ")) + c;
                return fill(translate("CliDispatch", "%1 must be %2, got '%3'"), {dashed, allowed, value});
            }
            out.values_[name] = *it;
            continue;
        }
        out.values_[name] = value;
    }

    for (const QString& p : parser.positionalArguments()) out.positionals_.push_back(fromQt(p));
    const size_t given = out.positionals_.size();
    const auto required =
        static_cast<size_t>(std::count_if(command.positionals.begin(), command.positionals.end(),
                                          [](const Positional& p) { return !p.optional; }));
    if (given < required)
        return fill(translate("CliDispatch", "missing %1 (usage: mine2ai-cli %2)"),
                    {command.positionals[given].name, synopsis(command)});
    if (given > command.positionals.size())
        return fill(translate("CliDispatch", "unexpected argument '%1' (usage: mine2ai-cli %2)"),
                    {out.positionals_[command.positionals.size()], synopsis(command)});
    return {};
}

int run(const Command& command, const std::vector<std::string>& args) {
    if (!command.absentReason.empty()) {
        if (std::find_if(args.begin(), args.end(),
                         [](const std::string& a) { return a == "--help" || a == "-h"; }) != args.end()) {
            std::cout << commandHelp(command);
            return kOk;
        }
        std::cerr << "mine2ai-cli " << command.name << ": " << command.absentReason << '\n';
        return kUsage;
    }
    Invocation invocation;
    bool help = false;
    if (const std::string error = parse(command, args, invocation, help); !error.empty())
        return usageError(command.name, error);
    if (help) {
        std::cout << commandHelp(command);
        return kOk;
    }
    try {
        return command.run(invocation);
    } catch (const std::exception& e) {
        // Core reports through result structs; this is the last guard (e.g. out of memory).
        std::cerr << "mine2ai-cli " << command.name << ": " << e.what() << '\n';
        return kInvalidInput;
    }
}

const Command* find(const std::vector<Command>& commands, const std::string& name) {
    for (const Command& c : commands)
        if (c.name == name) return &c;
    return nullptr;
}

}  // namespace

int dispatch(const std::vector<Command>& commands, const std::vector<std::string>& words) {
    if (words.empty()) return topLevelUsage(translate("CliDispatch", "no command given"));
    const std::string& first = words[0];
    if (first == "--version" || first == "-V") {
        std::cout << "mine2ai-cli " M2AI_VERSION "\n";
        return kOk;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        if (words.size() == 1) {
            std::cout << globalHelp(commands);
            return kOk;
        }
        const Command* command = find(commands, words[1]);
        if (command == nullptr || words.size() > 2)
            return topLevelUsage(
                fill(translate("CliDispatch", "help takes one command name, got '%1'"), {words[1]}));
        std::cout << commandHelp(*command);
        return kOk;
    }
    if (first == "--generate" || first.rfind("--generate=", 0) == 0) {
        const std::string kind =
            first == "--generate" ? (words.size() == 2 ? words[1] : "") : first.substr(11);
        const std::string text = generate(commands, kind);
        if (text.empty() || words.size() > (first == "--generate" ? 2u : 1u)) {
            std::string kinds;
            for (const std::string& k : generatedKinds()) kinds += (kinds.empty() ? "" : ", ") + k;
            return topLevelUsage(fill(translate("CliDispatch", "--generate takes one of %1"), {kinds}));
        }
        std::cout << text;
        return kOk;
    }
    const Command* command = find(commands, first);
    if (command == nullptr) {
        if (!first.empty() && first[0] == '-')
            return topLevelUsage(fill(translate("CliDispatch", "unknown option '%1'"), {first}));
        return topLevelUsage(fill(translate("CliDispatch", "unknown command '%1'"), {first}));
    }
    return run(*command, std::vector<std::string>(words.begin() + 1, words.end()));
}

}  // namespace m2ai::cli
