#include "validation/CoreMessage.h"

#include <string>
#include <utility>

#include "validation/Validation.h"

namespace m2ai {

std::string CoreMessage::english() const {
    return fillArgs(format, args);
}

CoreMessage coreMessage(MessageFormat format, std::vector<std::string> args) {
    return CoreMessage{format.context, format.format, std::move(args), {}};
}

CoreMessage coreMessageQuoting(MessageFormat format, std::vector<std::string> args, std::size_t arg,
                               std::size_t problem) {
    CoreMessage message = coreMessage(format, std::move(args));
    message.quotedProblems.push_back(QuotedProblem{arg, problem});
    return message;
}

std::string fillArgs(std::string_view format, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(format.size() + 16 * args.size());
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char c = format[i];
        if (c == '%' && i + 1 < format.size() && format[i + 1] >= '1' && format[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(format[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

Problem formattedProblem(std::string path, const CoreMessage& text) {
    MessageParams params;
    params.texts.reserve(2 + text.args.size());
    params.texts.emplace_back("context", text.context);
    params.texts.emplace_back("format", text.format);
    for (std::size_t i = 0; i < text.args.size(); ++i)
        params.texts.emplace_back(std::to_string(i + 1), text.args[i]);
    return Problem(std::move(path), text.english(), ProblemCode::Formatted, std::move(params));
}

Problem formattedProblem(std::string path, MessageFormat format, std::vector<std::string> args) {
    return formattedProblem(std::move(path), coreMessage(format, std::move(args)));
}

CoreMessage formattedText(const Problem& problem) {
    CoreMessage text;
    if (problem.code != ProblemCode::Formatted) return text;
    for (const auto& [key, value] : problem.params.texts) {
        if (key == "context")
            text.context = value;
        else if (key == "format")
            text.format = value;
        else
            text.args.push_back(value);  // "1" … "9", in order (formattedProblem wrote them so)
    }
    return text;
}

}  // namespace m2ai
