#include "io/JsonParse.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "io/JsonCommon.h"
#include "io/JsonFastSax.h"
#include "io/JsonIo.h"
#include "io/JsonSiteSax.h"

namespace m2ai::jsonio {
namespace {

using nlohmann::json;

// One open array or object.
struct Frame {
    json* container = nullptr;  // nullptr: the streamed top-level "sites" array (not kept as a tree)
    std::size_t count = 0;      // elements so far (arrays): the index of the next one
    std::string segment;        // this container's part of the path: "sites", ".plan", "[3]"
};

// A SAX handler (nlohmann's json_sax interface) that builds the tree itself, with the checks.
class BoundedBuilder {
public:
    BoundedBuilder(const std::string& text, const SiteElementHandler& onSite,
                   const TypedSiteHandler& onTypedSite, ParsedDocument& out)
        : text_(text), onSite_(onSite), onTypedSite_(onTypedSite), out_(out) {}

    // The fast scanner tells where it is (JsonFastSax.h): what lets a site be read without a tree
    // and, when that reader gives up, read again from its text. nlohmann's parser does not.
    void watchPosition(const char* const* at) { at_ = at; }

    bool null() {
        if (typed_ != Typed::No) return typedScalar({});
        return scalar(json(nullptr));
    }
    bool boolean(bool v) {
        if (typed_ != Typed::No) return typedScalar({sitesax::Scalar::Type::Bool, v});
        return scalar(json(v));
    }
    bool number_integer(json::number_integer_t v) {
        if (typed_ != Typed::No) return typedScalar({sitesax::Scalar::Type::Signed, false, v});
        return scalar(json(v));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        if (typed_ != Typed::No) return typedScalar({sitesax::Scalar::Type::Unsigned, false, 0, v});
        return scalar(json(v));
    }
    bool number_float(json::number_float_t v, const std::string& /*text*/) {
        if (typed_ != Typed::No) return typedScalar({sitesax::Scalar::Type::Double, false, 0, 0, v});
        return scalar(json(v));
    }
    bool string(std::string& v) {
        if (typed_ != Typed::No) return typedScalar({sitesax::Scalar::Type::String, false, 0, 0, 0.0, &v});
        return scalar(json(std::move(v)));
    }
    bool binary(json::binary_t& /*v*/) {
        return fail(valuePath(), coreMessage(M2AI_TR("JsonReader", "binary values are not JSON")));
    }
    bool start_object(std::size_t /*size*/) {
        if (typed_ != Typed::No) return typedOpen(&SiteSaxReader::startObject);
        return open(json::value_t::object);
    }
    bool start_array(std::size_t /*size*/) {
        if (typed_ != Typed::No) return typedOpen(&SiteSaxReader::startArray);
        return open(json::value_t::array);
    }
    bool end_object() {
        if (typed_ != Typed::No) return typedClose(&SiteSaxReader::endObject);
        return close();
    }
    bool end_array() {
        if (typed_ != Typed::No) return typedClose(&SiteSaxReader::endArray);
        return close();
    }

    bool key(std::string& k) {
        if (typed_ == Typed::Reading) return typedStep(site_.key(k));
        if (typed_ == Typed::Skipping) return true;
        if (frames_.back().container->contains(k))
            return fail(
                childPath(k),
                coreMessage(M2AI_TR("JsonReader", "duplicate key: a key may appear only once in an object")));
        key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t byte, const std::string& token, const json::exception& e) {
        if (e.id == 406)  // nlohmann: "number overflow" (a number beyond the range of a double)
            return fail(valuePath(),
                        coreMessage(M2AI_TR("JsonReader", "number out of range (beyond ±1.8e308), got %1"),
                                    {cutText(token, 40)}));
        std::string what = e.what();
        // Keep nlohmann's explanation, drop its "[json.exception…] parse error at …: " prefix: we
        // give our own line and column (counted in characters).
        const auto colon = what.find(": ");
        if (what.find("parse error") != std::string::npos && colon != std::string::npos)
            what = what.substr(colon + 2);
        // nlohmann's explanation (English, from the library) is an argument of the sentence.
        const LineColumn at = lineColumnAt(text_, byte);
        const std::string line = std::to_string(at.line), column = std::to_string(at.column);
        if (!frames_.empty() && !valuePath().empty())
            return fail(
                kDocumentPath,
                coreMessage(M2AI_TR("JsonReader", "malformed JSON at line %1, column %2 (near %3): %4"),
                            {line, column, valuePath(), cutText(what, 200)}));
        return fail(kDocumentPath,
                    coreMessage(M2AI_TR("JsonReader", "malformed JSON at line %1, column %2: %3"),
                                {line, column, cutText(what, 200)}));
    }

private:
    bool inSites() const { return sitesFrame_ < frames_.size(); }

    std::string path() const {
        std::string out;
        for (const Frame& f : frames_) out += f.segment;
        return out;
    }
    std::string childPath(const std::string& key) const {
        const std::string base = path();
        return base.empty() ? pathKey(key) : base + "." + pathKey(key);
    }
    // The path of the value about to be read.
    std::string valuePath() const {
        if (frames_.empty()) return {};
        const Frame& top = frames_.back();
        if (top.container && top.container->is_object()) return childPath(key_);
        return path() + idx(top.count);
    }
    std::string nextSegment() const {
        if (frames_.empty()) return {};
        const Frame& top = frames_.back();
        if (top.container && top.container->is_object())
            return (frames_.size() == 1 ? "" : ".") + pathKey(key_);
        return idx(top.count);
    }

    bool fail(const std::string& path, const CoreMessage& message) {
        out_.problem = formattedProblem(cutText(path, 200), message);
        return false;
    }

    static CoreMessage tooManySites() {
        return coreMessage(M2AI_TR("JsonReader", "more than %1 sites, the most a portfolio may have"),
                           {std::to_string(kMaxJsonSites)});
    }

    // The path of the site being read ("sites[5]").
    std::string sitePath() const {
        std::string out;
        for (std::size_t i = 0; i <= sitesFrame_; ++i) out += frames_[i].segment;
        return out + idx(frames_[sitesFrame_].count);
    }

    // Puts v where the parser is; nullptr (with the problem recorded) when a limit is passed.
    json* place(json&& v) {
        std::size_t& values = inSites() ? siteValues_ : otherValues_;
        if (++values > kMaxJsonValuesPerSite) {
            fail(inSites() ? sitePath() : std::string(kDocumentPath),
                 coreMessage(M2AI_TR("JsonReader", "more than %1 values; not a Mine2AI portfolio"),
                             {std::to_string(kMaxJsonValuesPerSite)}));
            return nullptr;
        }
        if (frames_.empty()) {
            out_.root = std::move(v);
            return &out_.root;
        }
        Frame& top = frames_.back();
        if (!top.container) {  // an element of the streamed "sites"
            if (top.count >= kMaxJsonSites) {
                fail("sites", tooManySites());
                return nullptr;
            }
            element_ = std::move(v);
            return &element_;
        }
        if (top.container->is_object()) {
            json& slot = (*top.container)[key_];
            slot = std::move(v);
            return &slot;
        }
        top.container->push_back(std::move(v));
        ++top.count;
        return &top.container->back();
    }

    bool scalar(json&& v) {
        if (!place(std::move(v))) return false;
        if (!frames_.empty() && !frames_.back().container) handOverSite();
        return true;
    }

    bool open(json::value_t type) {
        if (frames_.size() >= static_cast<std::size_t>(kMaxJsonDepth))
            return fail(valuePath(), coreMessage(M2AI_TR("JsonReader",
                                                         "nested deeper than %1 levels (a Mine2AI "
                                                         "portfolio needs 7)"),
                                                 {std::to_string(kMaxJsonDepth)}));
        if (type == json::value_t::object && !frames_.empty() && !frames_.back().container && at_ &&
            onTypedSite_ && !replaying_) {
            // An element of "sites": read it without a tree; the checks of place() first.
            if (frames_.back().count >= kMaxJsonSites) return fail("sites", tooManySites());
            siteStart_ = *at_ - 1;  // the scanner is just past the brace
            siteDepth_ = 1;
            typed_ = Typed::Reading;
            site_.begin();
            return true;
        }
        std::string segment = nextSegment();
        const bool topLevelSites = type == json::value_t::array && frames_.size() == 1 &&
                                   frames_[0].container->is_object() && key_ == "sites";
        if (topLevelSites) {
            (*frames_[0].container)["sites"] = json::array();
            out_.sitesStreamed = true;
            sitesFrame_ = frames_.size();
            frames_.push_back({nullptr, 0, std::move(segment)});
            return true;
        }
        json* at = place(json(type));
        if (!at) return false;
        frames_.push_back({at, 0, std::move(segment)});
        return true;
    }

    bool close() {
        if (frames_.size() == sitesFrame_ + 1) sitesFrame_ = kNoFrame;
        frames_.pop_back();
        if (!frames_.empty() && !frames_.back().container) handOverSite();
        return true;
    }

    void handOverSite() {
        Frame& sites = frames_.back();
        onSite_(element_, sites.count);
        ++sites.count;
        element_ = json();
        siteValues_ = 0;
    }

    // The typed reading of one "sites" element (io/JsonSiteSax.h). Reading: events go to site_;
    // Skipping: it gave up, and the rest of the element is passed over until its closing brace, where
    // the element's text is parsed again into a tree (replay()), exactly as without this path.
    enum class Typed { No, Reading, Skipping };

    bool typedStep(SiteSaxReader::Step step) {
        if (step == SiteSaxReader::Step::More) return true;
        if (step == SiteSaxReader::Step::Bail) {
            typed_ = Typed::Skipping;
            return siteDepth_ == 0 ? replay() : true;
        }
        typed_ = Typed::No;
        Frame& sites = frames_.back();
        onTypedSite_(site_.take(), sites.count);
        ++sites.count;
        return true;
    }
    bool typedScalar(const sitesax::Scalar& v) {
        return typed_ == Typed::Skipping ? true : typedStep(site_.scalar(v));
    }
    bool typedOpen(SiteSaxReader::Step (SiteSaxReader::*start)()) {
        ++siteDepth_;
        return typed_ == Typed::Skipping ? true : typedStep((site_.*start)());
    }
    bool typedClose(SiteSaxReader::Step (SiteSaxReader::*end)()) {
        --siteDepth_;
        if (typed_ == Typed::Skipping) return siteDepth_ == 0 ? replay() : true;
        return typedStep((site_.*end)());
    }
    // The element from siteStart_ to here through the tree builder, as if seen the first time.
    bool replay() {
        const char* const* outer = at_;
        const char* end = *at_;
        typed_ = Typed::No;
        replaying_ = true;
        fastsax::Scanner<true, BoundedBuilder> again(
            std::string_view(siteStart_, static_cast<std::size_t>(end - siteStart_)), this);
        const bool whole = again.run();
        at_ = outer;
        replaying_ = false;
        // The whole text passed the check pass, so this part of it parses to its end.
        return whole && !again.handlerFailed();
    }

    static constexpr std::size_t kNoFrame = static_cast<std::size_t>(-1);

    const std::string& text_;
    const SiteElementHandler& onSite_;
    const TypedSiteHandler& onTypedSite_;
    ParsedDocument& out_;
    std::vector<Frame> frames_;
    std::string key_;                    // the key whose value comes next (in an object)
    json element_;                       // the "sites" element being read
    std::size_t sitesFrame_ = kNoFrame;  // index in frames_ of the streamed "sites" array
    std::size_t siteValues_ = 0;         // values in element_
    std::size_t otherValues_ = 0;        // values outside "sites"
    const char* const* at_ = nullptr;    // the fast scanner's position, when it is the parser
    Typed typed_ = Typed::No;
    SiteSaxReader site_;
    const char* siteStart_ = nullptr;  // the brace of the element being read typed
    int siteDepth_ = 0;                // its containers open (1: the element itself)
    bool replaying_ = false;
};

}  // namespace

LineColumn lineColumnAt(const std::string& text, std::size_t byte) {
    // nlohmann reports the 1-based byte index of the offending character.
    const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;  // count UTF-8 characters, not bytes
        }
    }
    return {line, column};
}

std::string lineColumn(const std::string& text, std::size_t byte) {
    const LineColumn at = lineColumnAt(text, byte);
    return "line " + std::to_string(at.line) + ", column " + std::to_string(at.column);
}

ParsedDocument parseBounded(const std::string& text, const SiteElementHandler& onSite,
                            const TypedSiteHandler& onTypedSite, const std::function<void()>& onRestart) {
    // Well-formed text takes the fast scanner; anything else (every error) nlohmann's parser, with
    // its messages, from the start again: what the first attempt handed over is undone first.
    {
        ParsedDocument out;
        BoundedBuilder builder(text, onSite, onTypedSite, out);
        const FastSaxOutcome fast = fastSaxParseOnePass(text, builder);
        if (fast != FastSaxOutcome::NotHandled) {
            out.ok = fast == FastSaxOutcome::Parsed;
            return out;
        }
    }
    if (onRestart) onRestart();
    ParsedDocument out;
    BoundedBuilder builder(text, onSite, onTypedSite, out);
    out.ok = json::sax_parse(text, &builder);
    return out;
}

}  // namespace m2ai::jsonio
