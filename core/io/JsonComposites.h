#pragma once
// The composite values both JSON sinks take (JsonWriter writes text, JsonTape records calls for a
// later replay): optionals, vectors, arrays and key-value members, spelled once in terms of the
// sink's own scalars. A sink derives from JsonComposites<itself> and says
// `using JsonComposites<itself>::value;` next to its scalar overloads.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace m2ai::jsonio {

template <typename Sink>
class JsonComposites {
public:
    template <typename T>
    void value(const std::optional<T>& v) {
        if (v)
            sink().value(*v);
        else
            sink().null();
    }
    template <typename T>
    void value(const std::vector<T>& values) {
        sink().beginArray();
        for (const T& v : values) sink().value(v);
        sink().endArray();
    }
    template <typename T, std::size_t N>
    void value(const std::array<T, N>& values) {
        sink().beginArray();
        for (const T& v : values) sink().value(v);
        sink().endArray();
    }
    template <typename T>
    void member(std::string_view name, const T& v) {
        sink().key(name);
        sink().value(v);
    }

private:
    Sink& sink() { return static_cast<Sink&>(*this); }
};

}  // namespace m2ai::jsonio
