#pragma once
// A JSON writer's calls kept in a compact binary tape, to be replayed into a JsonWriter later: for
// text that must be written after something only known at the end (the `compute --json` totals
// come before the sites). It takes the calls JsonWriter takes, so the same template writes to
// either. A tape holds a key as one byte and a number as its 8 bytes, with no indentation: about a
// third of the text it replays to, and freeing each site's results as soon as it is recorded is
// what keeps a 10,000-site `compute --json` from touching (and the kernel from zeroing) ~180 MB.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "io/JsonComposites.h"

namespace m2ai::jsonio {

class JsonWriter;

class JsonTape : public JsonComposites<JsonTape> {
public:
    JsonTape() = default;
    JsonTape(const JsonTape&) = delete;
    JsonTape& operator=(const JsonTape&) = delete;
    JsonTape(JsonTape&&) = default;
    JsonTape& operator=(JsonTape&&) = default;
    ~JsonTape() = default;

    void beginObject() { op(Op::BeginObject); }
    void endObject() { op(Op::EndObject); }
    void beginArray() { op(Op::BeginArray); }
    void endArray() { op(Op::EndArray); }
    // name's text must stay as it is until the tape's last replay, as the format's key names (string
    // literals) do: a key is known again by its address, without comparing its text.
    void key(std::string_view name) {
        if (name.data() == nullptr) name = "";  // a null address marks a free slot
        const KeySlot& slot = slots_[firstSlot(name.data())];
        const std::uint32_t index =
            slot.data == name.data() && slot.size == name.size() ? slot.index : keyIndex(name);
        if (index > 0xFF) {
            scalar(Op::LongKey, index);
            return;
        }
        char* p = room(2);
        p[0] = static_cast<char>(Op::Key);
        p[1] = static_cast<char>(index);
        pos_ = p + 2;
    }

    void null() { op(Op::Null); }
    void value(bool v) { op(v ? Op::True : Op::False); }
    void value(double v) { scalar(Op::Double, v); }
    void value(const std::string& v) { text(v); }
    void value(const char* v) { text(v); }
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    void value(T v) {
        if constexpr (std::is_signed_v<T>)
            scalar(Op::Signed, static_cast<long long>(v));
        else
            scalar(Op::Unsigned, static_cast<unsigned long long>(v));
    }
    using JsonComposites<JsonTape>::value;  // optionals, vectors, arrays

    // Makes every recorded call on out, in order. The tape is unchanged.
    void replay(JsonWriter& out) const;
    bool empty() const { return blocks_.empty(); }

private:
    enum class Op : std::uint8_t {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Key,      // + the key's index in keys_ (1 byte)
        LongKey,  // + its index (4 bytes), past 255 distinct keys
        Null,
        True,
        False,
        Double,    // + 8 bytes
        Signed,    // + 8 bytes
        Unsigned,  // + 8 bytes
        Text,      // + its length (4 bytes) and its bytes
    };
    struct Block {
        std::unique_ptr<char[]> bytes;
        std::size_t used = 0;
        std::size_t size = 0;
    };

    char* room(std::size_t bytes) {
        if (end_ - pos_ < static_cast<std::ptrdiff_t>(bytes)) newBlock(bytes);
        return pos_;
    }
    void newBlock(std::size_t bytes);
    void op(Op o) {
        *room(1) = static_cast<char>(o);
        ++pos_;
    }
    template <typename T>
    void scalar(Op o, T v) {
        char* p = room(1 + sizeof v);
        *p = static_cast<char>(o);
        std::memcpy(p + 1, &v, sizeof v);
        pos_ = p + 1 + sizeof v;
    }
    void text(std::string_view v);
    std::uint32_t keyIndex(std::string_view name);
    // Fibonacci hashing of the address: the literals of one file lie a few bytes apart.
    static std::size_t firstSlot(const char* data) {
        return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(data) * 0x9E3779B97F4A7C15ULL) >>
                                        (64 - kKeySlotBits));
    }

    static constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
    static constexpr unsigned kKeySlotBits = 10;
    static constexpr std::size_t kKeySlots = std::size_t{1} << kKeySlotBits;

    std::vector<Block> blocks_;
    char* pos_ = nullptr;  // in the last block
    char* end_ = nullptr;
    // Each distinct key once; the slots remember where a key's text was seen, so that a key given as
    // the same literal again (every call of the results writer) is found without a search or a
    // comparison (which were 40 % of recording a site).
    std::vector<std::string> keys_;
    struct KeySlot {
        const char* data = nullptr;
        std::size_t size = 0;
        std::uint32_t index = 0;
    };
    std::array<KeySlot, kKeySlots> slots_{};
    std::size_t usedSlots_ = 0;
};

}  // namespace m2ai::jsonio
