#pragma once
// The CLI's own messages in the user's language (--lang, else LC_ALL / LC_MESSAGES / LANG; see
// Language.h), from the desktop app's translations. Written as translate("CliContext", "text"), a
// call lupdate finds like QCoreApplication::translate, so `update_translations` collects them; the
// command files stay free of Qt. Without the desktop app's library (a core-only build) there is no
// translation and the messages are English. Help texts, the man page, the bash completion, JSON
// and CSV are not translated: they are generated from the registry for scripts and packaging.
#include <initializer_list>
#include <string>

namespace m2ai::cli {

// source (UTF-8) in the requested language, %n replaced by n when n >= 0 (plural forms follow the
// language); source itself when there is no translation.
std::string translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1);

// text with %1 … %9 replaced by args (in one pass, so an argument containing "%2" stays as it is).
std::string fill(const std::string& text, std::initializer_list<std::string> args);

}  // namespace m2ai::cli
