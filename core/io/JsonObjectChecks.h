#pragma once
// Checks shared by the readers of the JSON sections that came with schema 3 and 4 (scenarios, risk
// inputs): a value as quoted in a message, and the refusal of keys a section does not know.
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonCommon.h"
#include "validation/Validation.h"

namespace m2ai::jsonio {

// v as JSON text, cut to 60 bytes for a one-line message.
inline std::string shown(const nlohmann::json& v) {
    return cutText(v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), 60);
}

// Every key of object other than allowed is a problem naming its path and the allowed keys.
inline void unknownKeys(const nlohmann::json& object, const std::string& path,
                        std::initializer_list<const char*> allowed, std::vector<Problem>& problems) {
    for (const auto& [key, v] : object.items()) {
        (void)v;
        bool known = false;
        std::string list;
        for (const char* a : allowed) {
            known = known || key == a;
            list += (list.empty() ? "" : ", ") + std::string(a);
        }
        if (!known)
            problems.push_back(formattedProblem(
                join(path, pathKey(key)),
                coreMessage(M2AI_TR("JsonReader", "unknown key; allowed keys here: %1"), {list})));
    }
}

}  // namespace m2ai::jsonio
