// validation/CoreMessage.h: core's marked sentences, filled in one pass, and the Formatted problem
// that carries one (ui/app/ProblemText translates it by its format).
#include <catch2/catch.hpp>

#include "model/InputNotes.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

using namespace m2ai;

TEST_CASE("fillArgs replaces each placeholder once, in one pass", "[core-message]") {
    CHECK(fillArgs("between %1 and %2, got %3", {"0", "100", "-5"}) == "between 0 and 100, got -5");
    // An argument that itself holds "%2" (a quoted cell) is not filled again.
    CHECK(fillArgs("got %1 (%2)", {"\"50%2\"", "B7"}) == "got \"50%2\" (B7)");
    // Translations may reorder the placeholders.
    CHECK(fillArgs("%2 : %1", {"a", "b"}) == "b : a");
    // A placeholder without an argument, a lone % and %0 stay as they are.
    CHECK(fillArgs("%1 %2 100% %0", {"x"}) == "x %2 100% %0");
    CHECK(fillArgs("", {"x"}).empty());
}

TEST_CASE("A Formatted problem keeps its format and arguments and reads back", "[core-message]") {
    const CoreMessage text =
        coreMessage(M2AI_TR("JsonReader", "unknown key; allowed keys here: %1"), {"a, b"});
    CHECK(text.english() == "unknown key; allowed keys here: a, b");
    const Problem p = formattedProblem("scenarios[0].x", text);
    CHECK(p.code == ProblemCode::Formatted);
    CHECK(p.path == "scenarios[0].x");
    CHECK(p.message == "unknown key; allowed keys here: a, b");
    CHECK(p.toString() == "scenarios[0].x: unknown key; allowed keys here: a, b");
    CHECK(formattedText(p) == text);
    // Any other code has no CoreMessage.
    CHECK(formattedText(Problem("x", "must not be empty", ProblemCode::Empty)).empty());
    // Ten arguments come back in order (the keys "1" … "10" are not sorted as text).
    std::vector<std::string> many;
    for (int i = 1; i <= 10; ++i) many.push_back(std::to_string(i));
    CHECK(formattedText(formattedProblem("p", coreMessage(M2AI_TR("JsonReader", "%1"), many))).args == many);
}

TEST_CASE("A refused input note says why in a translatable sentence, English unchanged", "[core-message]") {
    const InputNoteCheck longNote = checkInputNote("costs.contingencyPct", {std::string(2001, 'x'), ""});
    REQUIRE_FALSE(longNote.ok);
    CHECK(longNote.error == "note for costs.contingencyPct is longer than 2000 bytes");
    CHECK(longNote.message.context == "InputNotes");
    CHECK(longNote.message.format == "note for %1 is longer than %2 bytes");
    CHECK(longNote.message.english() == longNote.error);
    const InputNoteCheck control = checkInputNote("discountRatePct", {"", std::string("a\0b", 3)});
    CHECK(control.error ==
          "source for discountRatePct holds control characters (only line breaks and tabs are allowed)");
    CHECK(control.message.english() == control.error);
    const InputNoteCheck badPath = checkInputNote("sites[x]", {"n", ""});
    CHECK(badPath.error ==
          "note path 'sites[x]' is not a field path (e.g. sites[0].gridInterconnectMw, at most 200 bytes)");
    CHECK(badPath.message.english() == badPath.error);
}
