#include "model/InputNotes.h"

#include <cctype>

namespace m2ai {

namespace {

// Structurally valid UTF-8 (no overlongs, surrogates or code points past U+10FFFF): text that is
// not would show as replacement characters in one place and as something else in another.
bool validUtf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + n >= s.size()) return false;  // truncated sequence
        for (size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0u) != 0x80u) return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

// Newline and tab are how people write notes; other control characters (NUL, ESC, CR …) only
// ever arrive from hostile or damaged files.
bool hasControl(const std::string& s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
    }
    return false;
}

// Field paths are identifiers joined by '.', with [index] subscripts: "sites[3].plan.gpu.kwPerRack".
bool validPath(const std::string& p) {
    if (p.empty() || p.size() > kMaxInputNotePathBytes) return false;
    bool atStart = true;  // of an identifier
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            atStart = false;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            if (atStart) return false;
        } else if (c == '.') {
            if (atStart) return false;
            atStart = true;
        } else if (c == '[') {
            if (atStart) return false;
            size_t j = i + 1;
            while (j < p.size() && std::isdigit(static_cast<unsigned char>(p[j]))) ++j;
            if (j == i + 1 || j >= p.size() || p[j] != ']' || j - i - 1 > 9) return false;
            i = j;
            if (i + 1 < p.size() && p[i + 1] != '.' && p[i + 1] != '[') return false;
        } else {
            return false;
        }
    }
    return !atStart;
}

InputNoteCheck refuse(CoreMessage why) {
    std::string english = why.english();
    return {false, std::move(english), std::move(why)};
}

// The sentences for the note's text and for its source, whole for the translator.
struct TextSentences {
    MessageFormat tooLong, notUtf8, control;
};
const TextSentences kNoteSentences{
    M2AI_TR("InputNotes", "note for %1 is longer than %2 bytes"),
    M2AI_TR("InputNotes", "note for %1 is not valid UTF-8 text"),
    M2AI_TR("InputNotes", "note for %1 holds control characters (only line breaks and tabs are allowed)")};
const TextSentences kSourceSentences{
    M2AI_TR("InputNotes", "source for %1 is longer than %2 bytes"),
    M2AI_TR("InputNotes", "source for %1 is not valid UTF-8 text"),
    M2AI_TR("InputNotes", "source for %1 holds control characters (only line breaks and tabs are allowed)")};

InputNoteCheck checkText(const std::string& path, const TextSentences& say, const std::string& text) {
    if (text.size() > kMaxInputNoteBytes)
        return refuse(coreMessage(say.tooLong, {path, std::to_string(kMaxInputNoteBytes)}));
    if (!validUtf8(text)) return refuse(coreMessage(say.notUtf8, {path}));
    if (hasControl(text)) return refuse(coreMessage(say.control, {path}));
    return {};
}

// "sites[12].x" → 12 and the position after ']'; npos when the path is not a site path.
size_t siteIndexOf(const std::string& path, size_t* end) {
    static const std::string prefix = "sites[";
    if (path.compare(0, prefix.size(), prefix) != 0) return std::string::npos;
    const size_t close = path.find(']', prefix.size());
    if (close == std::string::npos) return std::string::npos;
    size_t v = 0;
    for (size_t i = prefix.size(); i < close; ++i) v = v * 10 + static_cast<size_t>(path[i] - '0');
    *end = close;
    return v;
}

std::string withSiteIndex(const std::string& path, size_t index, size_t end) {
    return "sites[" + std::to_string(index) + path.substr(end);
}

}  // namespace

InputNoteCheck checkInputNote(const std::string& path, const InputNote& note) {
    if (!validPath(path)) {
        const std::string shown = path.size() > 60 ? path.substr(0, 60) + "…" : path;
        return refuse(coreMessage(
            M2AI_TR(
                "InputNotes",
                "note path '%1' is not a field path (e.g. sites[0].gridInterconnectMw, at most %2 bytes)"),
            {validUtf8(shown) && !hasControl(shown) ? shown : std::string("?"),
             std::to_string(kMaxInputNotePathBytes)}));
    }
    if (auto c = checkText(path, kNoteSentences, note.note); !c.ok) return c;
    return checkText(path, kSourceSentences, note.source);
}

void setInputNote(InputNotes& notes, const std::string& path, const InputNote& note) {
    if (note.empty())
        notes.byPath.erase(path);
    else
        notes.byPath[path] = note;
}

const InputNote* findInputNote(const InputNotes& notes, const std::string& path) {
    const auto it = notes.byPath.find(path);
    return it == notes.byPath.end() ? nullptr : &it->second;
}

void renumberNotesAfterRemovedSite(InputNotes& notes, std::size_t removed) {
    std::map<std::string, InputNote> out;
    for (auto& [path, note] : notes.byPath) {
        size_t end = 0;
        const size_t i = siteIndexOf(path, &end);
        if (i == std::string::npos || i < removed)
            out.emplace(path, std::move(note));
        else if (i > removed)
            out.emplace(withSiteIndex(path, i - 1, end), std::move(note));
    }
    notes.byPath = std::move(out);
}

void renumberNotesAfterInsertedSite(InputNotes& notes, std::size_t inserted) {
    std::map<std::string, InputNote> out;
    for (auto& [path, note] : notes.byPath) {
        size_t end = 0;
        const size_t i = siteIndexOf(path, &end);
        if (i == std::string::npos || i < inserted)
            out.emplace(path, std::move(note));
        else
            out.emplace(withSiteIndex(path, i + 1, end), std::move(note));
    }
    notes.byPath = std::move(out);
}

}  // namespace m2ai
