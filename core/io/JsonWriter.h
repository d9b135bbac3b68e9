#pragma once
// A streaming JSON writer: values go straight into a string or a stream as they are given, with no
// document tree (a tree of a 10,000-site result is several hundred MB and most of the time of
// `compute --json`). The text is byte for byte what nlohmann's dump(indent, ' ', false, replace)
// writes for the same values: numbers in its shortest round-trip form, the same escapes, the same
// layout, invalid UTF-8 replaced by U+FFFD. tests/core/test_json_stream.cpp holds it to that.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace m2ai::jsonio {

class JsonWriter {
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
    void value(const char* v) { value(std::string(v)); }
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    void value(T v) {
        if constexpr (std::is_signed_v<T>)
            integer(static_cast<long long>(v), false);
        else
            integer(static_cast<long long>(static_cast<unsigned long long>(v)), true);
    }
    template <typename T>
    void value(const std::optional<T>& v) {
        if (v)
            value(*v);
        else
            null();
    }
    template <typename T>
    void value(const std::vector<T>& values) {
        beginArray();
        for (const T& v : values) value(v);
        endArray();
    }
    template <typename T, std::size_t N>
    void value(const std::array<T, N>& values) {
        beginArray();
        for (const T& v : values) value(v);
        endArray();
    }

    template <typename T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    void flush();

private:
    struct Level {
        bool object;
        bool empty;
    };
    void beforeValue();
    void newline(std::size_t depth);
    void lineBreak(std::size_t depth, bool comma);
    void initBreak();
    void integer(long long v, bool isUnsigned);
    void quoted(std::string_view text);
    void maybeFlush() {
        if (stream_ && buffer_.size() >= kFlushBytes) flush();
    }

    static constexpr std::size_t kFlushBytes = 1 << 16;
    static constexpr std::size_t kBreakLevels = 16;  // deeper indentation is written space by space

    std::string own_;
    std::string& buffer_;
    std::ostream* stream_ = nullptr;
    int indent_;
    std::vector<Level> levels_;
    bool afterKey_ = false;
    std::string breakText_;  // ",\n" and kBreakLevels levels of indentation
};

}  // namespace m2ai::jsonio
