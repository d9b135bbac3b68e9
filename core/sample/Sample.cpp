// The sample portfolio ships as JSON (resources/sample/sample-portfolio.json) and is read with the
// same strict importer as user files, so the sample doubles as a test of the format and can never
// drift from it. Its figures and sources are listed in docs/file-format.md "Sample portfolio".
#include "sample/Sample.h"

#include <stdexcept>
#include <string>

#include "Resources.h"
#include "io/JsonIo.h"

namespace m2ai {

Portfolio samplePortfolio() {
    const std::string_view text = embeddedResource("sample/sample-portfolio.json");
    if (text.empty()) throw std::runtime_error("sample/sample-portfolio.json: not embedded or empty");
    JsonImport imported = portfolioFromJson(std::string(text));
    if (!imported.ok()) {
        std::string message = "sample/sample-portfolio.json is invalid:";
        for (const Problem& p : imported.problems) message += "\n  " + p.toString();
        throw std::runtime_error(message);
    }
    return std::move(imported.portfolio);
}

}  // namespace m2ai
