#pragma once
// A note and a source for any input (issue 15): "Grid interconnect today, Tydal — per the utility's
// letter of 3 March; source: Statnett queue list 2026". Keyed by the input's field path in core's
// naming ("discountRatePct", "costs.contingencyPct", "sites[0].gridInterconnectMw"), the paths
// validation reports and ui/app/FieldLabels turns into labels. Plain text: no markup is
// interpreted anywhere it is shown.
#include <cstddef>
#include <map>
#include <string>

#include "validation/CoreMessage.h"

namespace m2ai {

struct InputNote {
    std::string note;    // why the value is what it is
    std::string source;  // where it comes from (a document, a URL, a person)
    bool empty() const { return note.empty() && source.empty(); }
    bool operator==(const InputNote&) const = default;
};

// Bounds every reader (project file, JSON) and the editor enforce.
inline constexpr std::size_t kMaxInputNoteBytes = 2000;     // note or source, UTF-8 bytes
inline constexpr std::size_t kMaxInputNotePathBytes = 200;  // the field path
inline constexpr std::size_t kMaxInputNotes = 100000;       // notes per portfolio

struct InputNotes {
    // Ordered by path so files and reports list them in a stable order. Never holds an empty note.
    std::map<std::string, InputNote> byPath;
    bool operator==(const InputNotes&) const = default;
};

// Why a note cannot be stored for `path`, naming it ("note for costs.contingencyPct is longer than
// 2000 bytes"); ok when it can. Refuses control characters other than newline and tab, invalid
// UTF-8, over-long text and a path that is not a field path.
struct InputNoteCheck {
    bool ok = true;
    std::string error;    // English
    CoreMessage message;  // the same sentence, translatable (validation/CoreMessage.h)
};
InputNoteCheck checkInputNote(const std::string& path, const InputNote& note);

// Sets (or, for an empty note, removes) the note of `path`. The caller has checked it.
void setInputNote(InputNotes& notes, const std::string& path, const InputNote& note);
// The note of `path`, or nullptr.
const InputNote* findInputNote(const InputNotes& notes, const std::string& path);
// After site `removed` is deleted: its notes go, later sites' notes move down one index. After a
// site is inserted at `inserted`: notes of that index and later move up one.
void renumberNotesAfterRemovedSite(InputNotes& notes, std::size_t removed);
void renumberNotesAfterInsertedSite(InputNotes& notes, std::size_t inserted);

}  // namespace m2ai
