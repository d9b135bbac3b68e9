// libFuzzer target: the EnergyPlus weather reader (m2ai::parseEpwClimate), fed whatever file an
// analyst picks as a site's climate. It must return a climate or one error line, never crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "climate/EpwClimate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)m2ai::parseEpwClimate(text, "fuzz.epw");
    return 0;
}
