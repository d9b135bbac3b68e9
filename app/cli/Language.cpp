#include "Language.h"

#include <cstdlib>

#include "CliText.h"

namespace m2ai::cli {

namespace {

std::string& given() {
    static std::string code;
    return code;
}

}  // namespace

std::string takeLanguageOption(std::vector<std::string>& args) {
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--") break;  // what follows is positional, even "--lang"
        if (*it == "--lang") {
            if (it + 1 == args.end() || (it + 1)->empty())
                return translate("CliLanguage", "--lang needs a value (fr, zh_CN, es or en)");
            given() = *(it + 1);
            it = args.erase(it, it + 2);
        } else if (it->rfind("--lang=", 0) == 0) {
            given() = it->substr(7);
            if (given().empty())
                return translate("CliLanguage", "--lang needs a value (fr, zh_CN, es or en)");
            it = args.erase(it);
        } else {
            ++it;
        }
    }
    return {};
}

std::string requestedLanguage() {
    if (!given().empty()) return given();
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read once, single thread
        if (value && *value) return value;
    }
    return {};
}

}  // namespace m2ai::cli
