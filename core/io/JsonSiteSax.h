#pragma once
// Reads one element of a portfolio's "sites" array from SAX events straight into a Site, with no
// nlohmann tree in between (building, walking and freeing a tree per site was most of the time of
// reading a 10,000-site file). It takes only the plain case: an element exactly as this app writes
// it, every value of the right type and in range, no unknown, missing or repeated key, no hourly
// climate. On anything else it gives up (Step::Bail) and the caller reads that element again the
// general way (JsonParse.cpp: its text through the tree builder, then JsonPortfolioReader.cpp's
// readSite), so every message about a site stays exactly that reader's. What it accepts, readSite
// reads to the same Site with no problem: tests/core/test_json_site_sax.cpp compares the two.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "io/JsonIo.h"
#include "model/Portfolio.h"

namespace m2ai::jsonio {

namespace sitesax {
struct Field;
struct Schema;
// A scalar as the parser reports it.
struct Scalar {
    enum class Type : std::uint8_t { Null, Bool, Signed, Unsigned, Double, String };
    Type type = Type::Null;
    bool b = false;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0.0;
    std::string* s = nullptr;  // the parser's buffer: may be moved from
};
}  // namespace sitesax

class SiteSaxReader {
public:
    enum class Step {
        More,  // go on
        Done,  // the element's closing brace: take() it
        Bail   // not the plain case: read this element the general way
    };

    void begin();  // after the element's opening brace
    Step key(std::string& k);
    Step scalar(const sitesax::Scalar& v);
    Step startObject();
    Step startArray();
    Step endObject();
    Step endArray();
    Site take() { return std::move(site_); }

private:
    struct Frame {
        const sitesax::Field* field;    // whose value this container is; nullptr for the site
        const sitesax::Schema* schema;  // an object's keys; nullptr for an array
        std::uint32_t seen;             // keys read so far (bits in schema order)
        std::size_t count;              // elements so far (arrays)
        const sitesax::Field* pending;  // the key just read (objects)
    };
    Step value();  // counts one value against the per-site limit
    Site site_;
    std::vector<Frame> frames_;
    std::size_t values_ = 0;
};

// portfolioFromJson with every site read through a tree, as before this reader: for the tests that
// hold the two to the same portfolio and the same problems.
JsonImport portfolioFromJsonTreesOnly(const std::string& text);

}  // namespace m2ai::jsonio
