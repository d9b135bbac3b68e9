#include "io/JsonScenarios.h"

#include "io/JsonCommon.h"
#include "io/JsonObjectChecks.h"
#include "scenarios/ApplyScenario.h"

namespace m2ai::jsonio {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxScenarios = 1000;  // as the project file (storage/SchemaV3Scenarios.cpp)

void readOverride(const json& v, const std::string& path, ScenarioOverride& out,
                  std::vector<Problem>& problems) {
    if (!v.is_object()) {
        problems.push_back(formattedProblem(
            path, M2AI_TR("ScenarioInputs", "must be an object {\"site\", \"field\", \"value\"}, got %1"),
            {shown(v)}));
        return;
    }
    unknownKeys(v, path, {"site", "field", "value"}, problems);
    if (const auto site = v.find("site"); site != v.end() && !site->is_null()) {
        if (site->is_string())
            out.siteName = site->get<std::string>();
        else
            problems.push_back(formattedProblem(
                path + ".site", M2AI_TR("ScenarioInputs", "must be a site's name or null, got %1"),
                {shown(*site)}));
    }
    if (const auto field = v.find("field"); field == v.end())
        problems.push_back(
            formattedProblem(path + ".field", M2AI_TR("ScenarioInputs", "missing required key")));
    else if (!field->is_string())
        problems.push_back(formattedProblem(
            path + ".field", M2AI_TR("ScenarioInputs", "must be a string, got %1"), {shown(*field)}));
    else
        out.fieldPath = field->get<std::string>();
    if (const auto value = v.find("value"); value == v.end())
        problems.push_back(
            formattedProblem(path + ".value", M2AI_TR("ScenarioInputs", "missing required key")));
    else if (value->is_boolean())
        out.value = value->get<bool>();
    else if (value->is_number())
        out.value = value->get<double>();
    else if (value->is_string())
        out.value = value->get<std::string>();
    else
        problems.push_back(formattedProblem(
            path + ".value", M2AI_TR("ScenarioInputs", "must be a number, true/false or a string, got %1"),
            {shown(*value)}));
}

}  // namespace

void writeScenarios(JsonWriter& w, const std::vector<Scenario>& scenarios) {
    w.beginArray();
    for (const Scenario& s : scenarios) {
        w.beginObject();
        w.member("name", s.name);
        w.key("overrides");
        w.beginArray();
        for (const ScenarioOverride& o : s.overrides) {
            w.beginObject();
            w.key("site");
            if (o.siteName.empty())
                w.null();
            else
                w.value(o.siteName);
            w.member("field", o.fieldPath);
            w.key("value");
            std::visit([&w](const auto& v) { w.value(v); }, o.value);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

std::vector<Problem> readScenarios(const json& value, const std::string& path, std::vector<Scenario>& out) {
    std::vector<Problem> problems;
    if (!value.is_array()) {
        problems.push_back(formattedProblem(
            path, M2AI_TR("ScenarioInputs", "must be an array of scenarios, got %1"), {shown(value)}));
        return problems;
    }
    if (value.size() > kMaxScenarios) {
        problems.push_back(formattedProblem(path, M2AI_TR("ScenarioInputs", "more than %1 scenarios"),
                                            {std::to_string(kMaxScenarios)}));
        return problems;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const json& v = value[i];
        const std::string at = path + idx(i);
        Scenario s;
        if (!v.is_object()) {
            problems.push_back(formattedProblem(
                at, M2AI_TR("ScenarioInputs", "must be an object {\"name\", \"overrides\"}, got %1"),
                {shown(v)}));
            out.push_back(std::move(s));
            continue;
        }
        unknownKeys(v, at, {"name", "overrides"}, problems);
        if (const auto name = v.find("name"); name == v.end())
            problems.push_back(
                formattedProblem(at + ".name", M2AI_TR("ScenarioInputs", "missing required key")));
        else if (!name->is_string())
            problems.push_back(formattedProblem(
                at + ".name", M2AI_TR("ScenarioInputs", "must be a string, got %1"), {shown(*name)}));
        else
            s.name = name->get<std::string>();
        if (const auto overrides = v.find("overrides"); overrides == v.end()) {
            problems.push_back(
                formattedProblem(at + ".overrides", M2AI_TR("ScenarioInputs", "missing required key")));
        } else if (!overrides->is_array()) {
            problems.push_back(formattedProblem(
                at + ".overrides", M2AI_TR("ScenarioInputs", "must be an array of overrides, got %1"),
                {shown(*overrides)}));
        } else {
            for (std::size_t j = 0; j < overrides->size(); ++j) {
                ScenarioOverride o;
                readOverride((*overrides)[j], at + ".overrides" + idx(j), o, problems);
                s.overrides.push_back(std::move(o));
            }
        }
        out.push_back(std::move(s));
    }
    for (Problem& p : validateScenarios(out)) {
        p.path = path + p.path.substr(std::string("scenarios").size());
        problems.push_back(std::move(p));
    }
    return problems;
}

}  // namespace m2ai::jsonio
