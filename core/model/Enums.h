#pragma once
// Every enumeration of the domain model, with the one spelling used in JSON, SQLite and the CLI.
// toName/fromName are the only conversions; an unknown name is reported by fromName as nullopt so
// that import and validation can name the bad field.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace m2ai {

enum class EnergySource { Hydro, NaturalGas, GridMix, Nuclear, Other };
enum class Redundancy { N, NPlus1, TwoN, TwoNPlus1, DistributedRedundant };
enum class CoolingTech { Air, Hybrid, DirectToChip, Immersion };
enum class ScheduleMode { Sequential, FastTrack };
enum class BusinessModel { Colocation, GpuCloud };
enum class Certification { None, TierIII, TierIV };
enum class TerminalValueMethod { None, BookValue, ExitCapRate };

template <typename E>
struct EnumNames;  // specialised below: static constexpr std::array<std::pair<E, std::string_view>, N> names

template <>
struct EnumNames<EnergySource> {
    static constexpr std::array<std::pair<EnergySource, std::string_view>, 5> names{{
        {EnergySource::Hydro, "hydro"},
        {EnergySource::NaturalGas, "natural-gas"},
        {EnergySource::GridMix, "grid-mix"},
        {EnergySource::Nuclear, "nuclear"},
        {EnergySource::Other, "other"},
    }};
};
template <>
struct EnumNames<Redundancy> {
    static constexpr std::array<std::pair<Redundancy, std::string_view>, 5> names{{
        {Redundancy::N, "N"},
        {Redundancy::NPlus1, "N+1"},
        {Redundancy::TwoN, "2N"},
        {Redundancy::TwoNPlus1, "2(N+1)"},
        {Redundancy::DistributedRedundant, "distributed-redundant"},
    }};
};
template <>
struct EnumNames<CoolingTech> {
    static constexpr std::array<std::pair<CoolingTech, std::string_view>, 4> names{{
        {CoolingTech::Air, "air"},
        {CoolingTech::Hybrid, "hybrid"},
        {CoolingTech::DirectToChip, "direct-to-chip"},
        {CoolingTech::Immersion, "immersion"},
    }};
};
template <>
struct EnumNames<ScheduleMode> {
    static constexpr std::array<std::pair<ScheduleMode, std::string_view>, 2> names{{
        {ScheduleMode::Sequential, "sequential"},
        {ScheduleMode::FastTrack, "fast-track"},
    }};
};
template <>
struct EnumNames<BusinessModel> {
    static constexpr std::array<std::pair<BusinessModel, std::string_view>, 2> names{{
        {BusinessModel::Colocation, "colocation"},
        {BusinessModel::GpuCloud, "gpu-cloud"},
    }};
};
template <>
struct EnumNames<Certification> {
    static constexpr std::array<std::pair<Certification, std::string_view>, 3> names{{
        {Certification::None, "none"},
        {Certification::TierIII, "tier-iii"},
        {Certification::TierIV, "tier-iv"},
    }};
};

template <>
struct EnumNames<TerminalValueMethod> {
    static constexpr std::array<std::pair<TerminalValueMethod, std::string_view>, 3> names{{
        {TerminalValueMethod::None, "none"},
        {TerminalValueMethod::BookValue, "book-value"},
        {TerminalValueMethod::ExitCapRate, "exit-cap-rate"},
    }};
};

template <typename E>
std::string toName(E value) {
    for (const auto& [e, name] : EnumNames<E>::names)
        if (e == value) return std::string(name);
    return "?";
}

template <typename E>
std::optional<E> fromName(std::string_view name) {
    for (const auto& [e, n] : EnumNames<E>::names)
        if (n == name) return e;
    return std::nullopt;
}

// "hydro, natural-gas, …" for error messages that list the allowed names.
template <typename E>
std::string allowedNames() {
    std::string out;
    for (const auto& [e, n] : EnumNames<E>::names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

}  // namespace m2ai
