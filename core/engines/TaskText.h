#pragma once
// A scheduled task's id or name as a schedule result holds it. The generated tasks' ids and names
// are constants (engines/schedule/TaskIds.h, Network.cpp), and a schedule names each task several
// times (its own id, its successors' predecessors and driving predecessor, the critical paths):
// a TaskText refers to such a constant without a copy. A user task's text is owned, as a
// std::string. Either way a TaskText is a self-contained value: the constants live until the
// program ends, so a copied result never dangles when the portfolio is edited or freed.
#include <algorithm>
#include <memory>
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
    TaskText(std::string text)  // NOLINT(google-explicit-constructor)
        : owned_(std::make_unique<const std::string>(std::move(text))), text_(owned_.get()) {}
    TaskText(const char* text) : TaskText(std::string(text)) {}  // NOLINT(google-explicit-constructor)

    TaskText(const TaskText& other)
        : owned_(other.owned_ ? std::make_unique<const std::string>(*other.owned_) : nullptr),
          text_(owned_ ? owned_.get() : other.text_) {}
    // The owned string stays where it is on the heap, so the pointer to it moves along.
    TaskText(TaskText&& other) noexcept
        : owned_(std::move(other.owned_)), text_(std::exchange(other.text_, nullptr)) {}
    TaskText& operator=(const TaskText& other) {
        if (this != &other) *this = TaskText(other);
        return *this;
    }
    TaskText& operator=(TaskText&& other) noexcept {
        owned_ = std::move(other.owned_);
        text_ = std::exchange(other.text_, nullptr);
        return *this;
    }
    ~TaskText() = default;

    // A text in static storage that outlives every result (a generated task's id or name).
    static TaskText constant(const std::string& text) {
        TaskText t;
        t.text_ = &text;
        return t;
    }

    const std::string& str() const { return text_ ? *text_ : emptyText(); }
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
    static const std::string& emptyText() {
        static const std::string empty;
        return empty;
    }

    // Two pointers (16 bytes, against a std::string's 32): a generated task's text is only
    // text_, a copy or a move of it two pointer copies; a user task's owned string is on the heap.
    std::unique_ptr<const std::string> owned_;  // null for a constant (and for no text)
    const std::string* text_ = nullptr;         // owned_.get(), a constant, or null for ""
};

// A list of texts (a critical path, a task's predecessors) against the ids it should hold.
inline bool operator==(const std::vector<TaskText>& texts, const std::vector<std::string>& ids) {
    return std::equal(texts.begin(), texts.end(), ids.begin(), ids.end(),
                      [](const TaskText& t, const std::string& id) { return t == id; });
}

}  // namespace m2ai
