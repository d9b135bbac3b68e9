#pragma once
// A counter-based random number generator: every draw is a pure function of (seed, trial, stream),
// so a trial draws the same numbers whichever thread runs it and in whatever order trials run —
// which is what makes a Monte Carlo run identical with any thread count. No state, no sequence.
//
// The mixing function is SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable
// pseudorandom number generators", OOPSLA 2014; the constants of Java's SplittableRandom), applied
// once per key word, which passes BigCrush as a counter-mode generator on distinct keys.
#include <cstdint>

namespace m2ai::risk {

constexpr std::uint64_t splitMix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// 64 random bits for draw `stream` of trial `trial` under `seed`.
constexpr std::uint64_t counterBits(std::uint64_t seed, std::uint64_t trial, std::uint64_t stream) {
    return splitMix64(splitMix64(splitMix64(seed) ^ trial) ^ stream);
}

// A uniform double in the open interval (0, 1): the top 53 bits plus half a step, so neither 0 nor
// 1 comes out (inverse CDFs and logarithms stay finite).
constexpr double counterUniform(std::uint64_t seed, std::uint64_t trial, std::uint64_t stream) {
    return (static_cast<double>(counterBits(seed, trial, stream) >> 11) + 0.5) * 0x1.0p-53;
}

}  // namespace m2ai::risk
