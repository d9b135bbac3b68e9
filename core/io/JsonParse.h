#pragma once
// Bounded parsing of untrusted JSON text (the reader side of core/io/JsonIo.h).
//
// nlohmann::json::parse alone would accept any nesting depth (and dump(), copies and comparisons of
// such a value recurse until the stack overflows), silently keep the last of two equal keys, throw
// exceptions of several types, and build the whole document as one tree (several times the file in
// memory). parseBounded refuses nesting deeper than kMaxJsonDepth and duplicate keys, each with its
// path; turns every parser error into one Problem; caps the values held as a tree at once; and hands
// the elements of the top-level "sites" array over one at a time, so that a large file never exists
// as one tree: memory stays the text plus the sites read so far.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai::jsonio {

// The implicit special members copy a json tree and strings; they may throw bad_alloc, which the
// loader catches (JsonPortfolioReader.cpp) — no noexcept is promised here.
struct ParsedDocument {  // NOLINT(bugprone-exception-escape)
    bool ok = false;
    nlohmann::json root;         // the document; when sitesStreamed, root["sites"] is an empty array
    bool sitesStreamed = false;  // root["sites"] was an array and its elements went to the handler
    Problem problem;             // why parsing stopped, when !ok
};

// Called with each element of the top-level "sites" array as soon as the element is complete.
using SiteElementHandler = std::function<void(const nlohmann::json& element, std::size_t index)>;
// Called instead, with the site itself, for an element read without a tree (io/JsonSiteSax.h: only
// elements that read with no problem; every other one still goes to the SiteElementHandler).
using TypedSiteHandler = std::function<void(Site&& site, std::size_t index)>;

// onTypedSite empty: every element goes to onSite as a tree. A text outside the fast scanner's subset
// (io/JsonFastSax.h) is parsed a second time, by nlohmann: onRestart is called before it, and must
// forget every site handed over so far (the same sites come again).
ParsedDocument parseBounded(const std::string& text, const SiteElementHandler& onSite,
                            const TypedSiteHandler& onTypedSite, const std::function<void()>& onRestart);

// Line 3, column 13 for a 1-based byte offset, counting UTF-8 characters, not bytes.
struct LineColumn {
    std::size_t line = 1;
    std::size_t column = 1;
};
LineColumn lineColumnAt(const std::string& text, std::size_t byte);
// The same as "line 3, column 13".
std::string lineColumn(const std::string& text, std::size_t byte);

}  // namespace m2ai::jsonio
