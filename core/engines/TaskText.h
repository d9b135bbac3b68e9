#pragma once
// A scheduled task's id or name as a schedule result holds it. The generated tasks' ids and names
// are constants (engines/schedule/TaskIds.h, Network.cpp), and a schedule names each task several
// times (its own id, its successors' predecessors and driving predecessor, the critical paths):
// a TaskText refers to such a constant without a copy. A user task's text is owned, as a
// std::string. Either way a TaskText is a self-contained value: the constants live until the
// program ends, so a copied result never dangles when the portfolio is edited or freed.
#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace m2ai {

class TaskText {
public:
    TaskText() = default;
    // Implicit, as the std::string the results held: tests and readers build results from text.
    TaskText(std::string text) : owned_(std::move(text)) {}  // NOLINT(google-explicit-constructor)
    TaskText(const char* text) : owned_(text) {}             // NOLINT(google-explicit-constructor)

    // A text in static storage that outlives every result (a generated task's id or name).
    static TaskText constant(const std::string& text) {
        TaskText t;
        t.constant_ = &text;
        return t;
    }

    const std::string& str() const { return constant_ ? *constant_ : owned_; }
    // Readers take the text as the std::string it used to be (QString::fromStdString, JSON).
    operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
    std::string_view view() const { return str(); }
    bool empty() const { return str().empty(); }

    friend bool operator==(const TaskText& a, const TaskText& b) { return a.str() == b.str(); }
    friend bool operator==(const TaskText& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const TaskText& a, std::string_view b) { return a.view() == b; }
    friend bool operator==(const TaskText& a, const char* b) { return a.view() == b; }

    friend std::ostream& operator<<(std::ostream& os, const TaskText& t) { return os << t.str(); }

private:
    const std::string* constant_ = nullptr;
    std::string owned_;
};

// A list of texts (a critical path, a task's predecessors) against the ids it should hold.
inline bool operator==(const std::vector<TaskText>& texts, const std::vector<std::string>& ids) {
    return std::equal(texts.begin(), texts.end(), ids.begin(), ids.end(),
                      [](const TaskText& t, const std::string& id) { return t == id; });
}

}  // namespace m2ai
