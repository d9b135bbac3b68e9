// libFuzzer target: the JSON portfolio loader (m2ai::portfolioFromJson), the path every imported or
// validated .json file takes. Any crash, sanitizer report, timeout or out-of-memory is a finding:
// the loader must turn every input into a portfolio or a list of problems (docs/reliability.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/JsonIo.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)m2ai::portfolioFromJson(text);
    return 0;
}
