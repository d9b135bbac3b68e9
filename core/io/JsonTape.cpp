#include "io/JsonTape.h"

#include <algorithm>

#include "io/JsonWriter.h"

namespace m2ai::jsonio {

void JsonTape::newBlock(std::size_t bytes) {
    if (!blocks_.empty()) blocks_.back().used = static_cast<std::size_t>(pos_ - blocks_.back().bytes.get());
    const std::size_t size = std::max(bytes, kBlockBytes);
    // Not zero-filled: every byte read back was written first.
    blocks_.push_back({std::make_unique_for_overwrite<char[]>(size), 0, size});
    pos_ = blocks_.back().bytes.get();
    end_ = pos_ + size;
}

std::uint32_t JsonTape::keyIndex(std::string_view name) {
    // Open addressing by the address, probing on: a collision that evicted would search the keys by
    // text every time.
    constexpr std::size_t mask = kKeySlots - 1;
    std::size_t i = firstSlot(name.data());
    for (;; i = (i + 1) & mask) {
        const KeySlot& slot = slots_[i];
        if (slot.data == name.data() && slot.size == name.size()) return slot.index;
        if (slot.data == nullptr) break;
    }
    const auto found = std::find(keys_.begin(), keys_.end(), name);
    const auto index = static_cast<std::uint32_t>(found - keys_.begin());
    if (found == keys_.end()) keys_.emplace_back(name);
    if (++usedSlots_ > kKeySlots / 2) {  // many addresses (not the results writer's): start again
        slots_.fill({});
        usedSlots_ = 1;
        i = firstSlot(name.data());
    }
    slots_[i] = {name.data(), name.size(), index};
    return index;
}

void JsonTape::text(std::string_view v) {
    const auto length = static_cast<std::uint32_t>(v.size());
    char* p = room(1 + sizeof length + v.size());
    *p = static_cast<char>(Op::Text);
    std::memcpy(p + 1, &length, sizeof length);
    std::memcpy(p + 1 + sizeof length, v.data(), v.size());
    pos_ = p + 1 + sizeof length + v.size();
}

namespace {

template <typename T>
T take(const char*& p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    p += sizeof v;
    return v;
}

}  // namespace

void JsonTape::replay(JsonWriter& out) const {
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
        const char* p = blocks_[b].bytes.get();
        const char* end = b + 1 == blocks_.size() ? pos_ : p + blocks_[b].used;
        while (p < end) {
            switch (static_cast<Op>(*p++)) {
                case Op::BeginObject:
                    out.beginObject();
                    break;
                case Op::EndObject:
                    out.endObject();
                    break;
                case Op::BeginArray:
                    out.beginArray();
                    break;
                case Op::EndArray:
                    out.endArray();
                    break;
                case Op::Key:
                    out.key(keys_[static_cast<unsigned char>(*p++)]);
                    break;
                case Op::LongKey:
                    out.key(keys_[take<std::uint32_t>(p)]);
                    break;
                case Op::Null:
                    out.null();
                    break;
                case Op::True:
                    out.value(true);
                    break;
                case Op::False:
                    out.value(false);
                    break;
                case Op::Double:
                    out.value(take<double>(p));
                    break;
                case Op::Signed:
                    out.value(take<long long>(p));
                    break;
                case Op::Unsigned:
                    out.value(take<unsigned long long>(p));
                    break;
                case Op::Text: {
                    const auto length = take<std::uint32_t>(p);
                    out.stringValue(std::string_view(p, length));
                    p += length;
                    break;
                }
            }
        }
    }
}

}  // namespace m2ai::jsonio
