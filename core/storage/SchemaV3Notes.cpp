// Schema-3 topic: a note and a source for any input (issue 15). See storage/SchemaV3.h for the
// contract. One row per noted input, keyed by its field path (model/InputNotes.h); a portfolio
// without notes has no rows, so a schema-2 file needs no defaults.
#include <string>

#include "model/InputNotes.h"
#include "storage/RowReader.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

std::string boundedText(const std::string& name, std::size_t maxBytes) {
    return name + " TEXT NOT NULL CHECK (length(CAST(" + name + " AS BLOB)) <= " + std::to_string(maxBytes) +
           ")";
}

std::string createInputNote() {
    return "CREATE TABLE IF NOT EXISTS input_note (\n  " + boundedText("path", kMaxInputNotePathBytes) +
           " PRIMARY KEY,\n  " + boundedText("note", kMaxInputNoteBytes) + ",\n  " +
           boundedText("source", kMaxInputNoteBytes) + "\n) STRICT";
}

void writeNotes(sqlite3* db, const Portfolio& portfolio) {
    Statement s(db, "INSERT INTO input_note (path, note, source) VALUES (?, ?, ?)");
    for (const auto& [path, note] : portfolio.notes.byPath) {
        if (note.empty()) continue;
        s.bind(1, path).bind(2, note.note).bind(3, note.source).run();
    }
}

void readNotes(sqlite3* db, Portfolio& portfolio) {
    {
        Statement count(db, "SELECT count(*) FROM input_note");
        if (count.next() && sqlite3_column_int64(count.get(), 0) > static_cast<long long>(kMaxInputNotes))
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: more than %2 input notes (%3)"),
                {std::to_string(kMaxInputNotes), "input_note"});
    }
    Statement s(db, "SELECT path, note, source FROM input_note ORDER BY path");
    while (s.next()) {
        const Row path(s.get(), "input_note", "notes");
        const std::string key = path.text(0, "path");
        const Row r(s.get(), "input_note", "notes");
        InputNote note{r.text(1, "note"), r.text(2, "source")};
        if (const InputNoteCheck c = checkInputNote(key, note); !c.ok)
            throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2"), {c.error});
        if (note.empty()) continue;  // an empty row means no note, as the editor would store it
        portfolio.notes.byPath.emplace(key, std::move(note));
    }
}

}  // namespace

const SchemaTopic& notesTopic() {
    static const SchemaTopic topic{"notes", {createInputNote()}, {"input_note"},
                                   nullptr, writeNotes,          readNotes};
    return topic;
}

}  // namespace m2ai::storage
