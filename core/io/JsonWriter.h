#pragma once
// A streaming JSON writer: values go straight into a string or a stream as they are given, with no
// document tree (a tree of a 10,000-site result is several hundred MB and most of the time of
// `compute --json`). The text is byte for byte what nlohmann's dump(indent, ' ', false, replace)
// writes for the same values: numbers in its shortest round-trip form, the same escapes, the same
// layout, invalid UTF-8 replaced by U+FFFD. tests/core/test_json_stream.cpp holds it to that.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "io/JsonComposites.h"

namespace m2ai::jsonio {

class JsonWriter : public JsonComposites<JsonWriter> {
public:
    // indent < 0: one line; otherwise newlines and indent spaces per level.
    JsonWriter(std::string& out, int indent);
    JsonWriter(std::ostream& out, int indent);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    ~JsonWriter();  // flushes to the stream

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);  // one of the format's ASCII key names, written as it is

    void null();
    void value(bool v);
    void value(double v);
    void value(const std::string& v);
    void value(const char* v) {
        beforeValue();
        quoted(v);
    }
    // A string value given as a view (JsonTape's replay); the same text as value(std::string).
    void stringValue(std::string_view v) {
        beforeValue();
        quoted(v);
    }
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    void value(T v) {
        if constexpr (std::is_signed_v<T>)
            integer(static_cast<long long>(v), false);
        else
            integer(static_cast<long long>(static_cast<unsigned long long>(v)), true);
    }
    using JsonComposites<JsonWriter>::value;  // optionals, vectors, arrays

    // Hands what is written so far to the string or the stream. Also done when the writer is
    // destroyed; a string given to the constructor holds the whole text only after one of the two.
    void flush();

private:
    struct Level {
        bool object;
        bool empty;
    };
    void beforeValue();
    void newline(std::size_t depth);
    void lineBreak(std::size_t depth, bool comma);
    void initChunk();
    void integer(long long v, bool isUnsigned);
    void quoted(std::string_view text);

    // The text goes into a chunk of memory first, written with plain stores and fixed-size copies
    // (a std::string::append per key, value and line break was a quarter of the writer's time),
    // and the chunk goes to the string or stream whenever it is full.
    char* room(std::size_t bytes) {
        if (static_cast<std::size_t>(end_ - pos_) < bytes) drain(bytes);
        return pos_;
    }
    void put(char c) {
        *room(1) = c;
        ++pos_;
    }
    void put(const char* text, std::size_t bytes) {
        std::memcpy(room(bytes), text, bytes);
        pos_ += bytes;
    }
    void put(std::string_view text) { put(text.data(), text.size()); }
    void drain(std::size_t bytes);  // empties the chunk, then makes it hold at least bytes

    static constexpr std::size_t kChunkBytes = 1 << 16;
    static constexpr std::size_t kBreakCopy = 64;  // a line break up to this long is one fixed-size copy

    std::string* text_ = nullptr;
    std::ostream* stream_ = nullptr;
    int indent_;
    std::vector<Level> levels_;
    bool afterKey_ = false;
    std::string breakText_;  // ",\n" and kBreakCopy spaces
    std::vector<char> chunk_;
    char* pos_ = nullptr;
    char* end_ = nullptr;
};

}  // namespace m2ai::jsonio
