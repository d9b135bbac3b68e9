#pragma once
// The CLI's registry entry: what a subcommand takes and the function that runs it. The dispatcher
// (Dispatch.cpp) parses with QCommandLineParser from this description, so every command gets the
// same rules (--opt=value and --opt value, "--" ending the options, COMMAND --help, "-" as a
// positional argument), and the help text, the man page and the bash completion are generated from
// it (Help.cpp) and cannot drift from what is parsed.
//
// A command is a file app/cli/<Name>Command.cpp defining `Command <name>Command()`, declared in
// Commands.h and listed once in main.cpp. Command files see no Qt: they get an Invocation.
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace m2ai::cli {

inline constexpr int kOk = 0;
inline constexpr int kInvalidInput = 1;  // the message on stderr names the file and the field
inline constexpr int kUsage = 2;

// What a value is, for the bash completion (and nothing else).
enum class ValueKind { Text, File, Directory, Choice };

// Every member has a default initializer, so an entry lists only what it needs.
struct Option {
    std::vector<std::string> names;  // {"o", "output"}: one letter gives -o, longer gives --output
    std::string description;         // one line, lower case, no full stop
    std::string valueName{};         // "FILE"; empty for a flag
    ValueKind kind = ValueKind::Text;
    std::vector<std::string> choices{};  // the allowed values when kind is Choice
    bool required = false;               // the dispatcher refuses the command line without it
    bool takesValue() const { return !valueName.empty(); }
    std::string longestName() const;
};

struct Positional {
    std::string name;  // "FILE", "OUT.m2ai"
    std::string description;
    bool optional = false;
    ValueKind kind = ValueKind::File;
};

// The parsed command line a command runs with. Options are looked up by their longest name.
class Invocation {
public:
    const std::vector<std::string>& positionals() const { return positionals_; }
    const std::string& positional(size_t i) const { return positionals_.at(i); }
    bool isSet(const std::string& option) const { return values_.count(option) != 0; }
    // The option's value, "" when it is not given (the dispatcher refuses an empty value).
    std::string value(const std::string& option) const;

    std::vector<std::string> positionals_;
    std::map<std::string, std::string> values_;  // flags map to ""
};

struct Command {
    std::string name;
    std::string summary;      // one line for `mine2ai-cli --help`
    std::string description;  // a paragraph for `COMMAND --help` and the man page
    std::vector<Positional> positionals;
    std::vector<Option> options;
    std::function<int(const Invocation&)> run;
    // Set when this build lacks the command: any use prints it and exits with kUsage.
    std::string absentReason{};
};

}  // namespace m2ai::cli
