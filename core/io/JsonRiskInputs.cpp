#include "io/JsonRiskInputs.h"

#include <cmath>
#include <initializer_list>

#include "io/JsonCommon.h"
#include "io/JsonObjectChecks.h"
#include "risk/Distribution.h"
#include "risk/RiskSettings.h"

namespace m2ai::jsonio {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxRows = 100000;  // as the project file (storage/SchemaV3Risk.cpp)

void writeDistributionMembers(JsonWriter& w, const risk::Distribution& d) {
    w.member("kind", risk::toName(d.kind));
    w.member("min", d.min);
    w.member("mode", d.mode);
    w.member("max", d.max);
    w.member("sigma", d.sigma);
}

bool readString(const json& object, const char* key, const std::string& path, std::string& out,
                std::vector<Problem>& problems) {
    const auto it = object.find(key);
    if (it == object.end()) {
        problems.push_back(formattedProblem(path + "." + key, M2AI_TR("RiskInputs", "missing required key")));
        return false;
    }
    if (!it->is_string()) {
        problems.push_back(formattedProblem(path + "." + key,
                                            M2AI_TR("RiskInputs", "must be a string, got %1"), {shown(*it)}));
        return false;
    }
    out = it->get<std::string>();
    return true;
}

// kind and mode are required; min and max default to mode and sigma to 0, so {"kind": "fixed",
// "mode": 1.2} is enough by hand.
void readDistribution(const json& object, const std::string& path, risk::Distribution& out,
                      std::vector<Problem>& problems) {
    std::string kind;
    if (readString(object, "kind", path, kind, problems) && !risk::distributionKindFromName(kind, out.kind))
        problems.push_back(formattedProblem(
            path + ".kind",
            M2AI_TR("RiskInputs", "must be fixed, triangular, pert, normal or lognormal, got '%1'"),
            {cutText(kind, 40)}));
    const auto number = [&](const char* key, double& value, bool required) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                problems.push_back(
                    formattedProblem(path + "." + key, M2AI_TR("RiskInputs", "missing required key")));
            return;
        }
        if (!it->is_number() || !std::isfinite(it->get<double>())) {
            problems.push_back(formattedProblem(
                path + "." + key, M2AI_TR("RiskInputs", "must be a number, got %1"), {shown(*it)}));
            return;
        }
        value = it->get<double>();
    };
    number("mode", out.mode, true);
    out.min = out.mode;
    out.max = out.mode;
    out.sigma = 0.0;
    number("min", out.min, false);
    number("max", out.max, false);
    number("sigma", out.sigma, false);
}

}  // namespace

void writeRiskInputs(JsonWriter& w, const RiskInputs& risk) {
    w.beginObject();
    w.member("trials", risk.trials);
    w.member("seed", risk.seed);
    w.key("rfsBy");
    if (risk.rfsBy)
        w.value(risk.rfsBy->toString());
    else
        w.null();
    w.key("distributions");
    w.beginArray();
    for (const RiskInputDistribution& d : risk.distributions) {
        w.beginObject();
        w.member("input", d.input);
        writeDistributionMembers(w, d.distribution);
        w.endObject();
    }
    w.endArray();
    w.key("taskDurations");
    w.beginArray();
    for (const RiskTaskDuration& t : risk.taskDurations) {
        w.beginObject();
        w.member("site", t.siteName);
        w.member("task", t.taskId);
        writeDistributionMembers(w, t.durationMonths);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

std::vector<Problem> readRiskInputs(const json& value, const std::string& path, RiskInputs& out) {
    std::vector<Problem> problems;
    if (!value.is_object()) {
        problems.push_back(formattedProblem(path,
                                            M2AI_TR("RiskInputs",
                                                    "must be an object {\"trials\", \"seed\", \"rfsBy\", "
                                                    "\"distributions\", \"taskDurations\"}, got %1"),
                                            {shown(value)}));
        return problems;
    }
    unknownKeys(value, path, {"trials", "seed", "rfsBy", "distributions", "taskDurations"}, problems);
    RiskInputs r;
    if (const auto it = value.find("trials"); it != value.end()) {
        if (!it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > risk::kMaxTrials)
            problems.push_back(formattedProblem(
                path + ".trials", M2AI_TR("RiskInputs", "must be a whole number between 1 and %1, got %2"),
                {std::to_string(risk::kMaxTrials), shown(*it)}));
        else
            r.trials = static_cast<int>(it->get<long long>());
    }
    if (const auto it = value.find("seed"); it != value.end()) {
        if (it->is_number_unsigned())
            r.seed = it->get<std::uint64_t>();
        else if (it->is_number_integer() && it->get<long long>() >= 0)
            r.seed = static_cast<std::uint64_t>(it->get<long long>());
        else
            problems.push_back(formattedProblem(
                path + ".seed", M2AI_TR("RiskInputs", "must be a whole number 0 or more, got %1"),
                {shown(*it)}));
    }
    if (const auto it = value.find("rfsBy"); it != value.end() && !it->is_null()) {
        if (!it->is_string() || !YearMonth::parse(it->get<std::string>()))
            problems.push_back(formattedProblem(
                path + ".rfsBy", M2AI_TR("RiskInputs", "must be \"YYYY-MM\" or null, got %1"), {shown(*it)}));
        else
            r.rfsBy = YearMonth::parse(it->get<std::string>());
    }
    const auto rows = [&](const char* key, const auto& each) {
        const auto it = value.find(key);
        if (it == value.end()) return;
        const std::string at = path + "." + key;
        if (!it->is_array()) {
            problems.push_back(
                formattedProblem(at, M2AI_TR("RiskInputs", "must be an array, got %1"), {shown(*it)}));
            return;
        }
        if (it->size() > kMaxRows) {
            problems.push_back(
                formattedProblem(at, M2AI_TR("RiskInputs", "has %1 rows, more than the %2 allowed"),
                                 {std::to_string(it->size()), std::to_string(kMaxRows)}));
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& row = (*it)[i];
            const std::string rowPath = at + "[" + std::to_string(i) + "]";
            if (!row.is_object()) {
                problems.push_back(formattedProblem(
                    rowPath, M2AI_TR("RiskInputs", "must be an object, got %1"), {shown(row)}));
                continue;
            }
            each(row, rowPath);
        }
    };
    rows("distributions", [&](const json& row, const std::string& at) {
        unknownKeys(row, at, {"input", "kind", "min", "mode", "max", "sigma"}, problems);
        RiskInputDistribution d;
        readString(row, "input", at, d.input, problems);
        readDistribution(row, at, d.distribution, problems);
        r.distributions.push_back(std::move(d));
    });
    rows("taskDurations", [&](const json& row, const std::string& at) {
        unknownKeys(row, at, {"site", "task", "kind", "min", "mode", "max", "sigma"}, problems);
        RiskTaskDuration t;
        readString(row, "site", at, t.siteName, problems);
        readString(row, "task", at, t.taskId, problems);
        readDistribution(row, at, t.durationMonths, problems);
        r.taskDurations.push_back(std::move(t));
    });
    if (!problems.empty()) return problems;
    // The rules' paths are "risk.…"; report them under this member's path.
    for (Problem& p : risk::validateRiskInputs(r)) {
        if (p.path.rfind("risk", 0) == 0) p.path = path + p.path.substr(4);
        problems.push_back(std::move(p));
    }
    if (problems.empty()) out = std::move(r);
    return problems;
}

}  // namespace m2ai::jsonio
