// Default spreads from resources/catalogue/risk.json (multipliers, most likely 1), and a project's
// own inputs on top of them. Sources and reasoning: the catalogue rows and docs/model.md "Sensitivity
// and risk".
#include "risk/RiskSettings.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "Resources.h"

namespace m2ai::risk {

namespace {

using json = nlohmann::json;
using schedule::GeneratedTask;

constexpr const char* kFile = "catalogue/risk.json";
constexpr const char* kDefaultDuration = "duration.default";
constexpr std::string_view kDurationPrefix = "duration.";

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw std::runtime_error(std::string(kFile) + ": " + where + ": " + what);
}

// Tasks without a duration of their own to draw: a dated grid upgrade and the two milestones.
bool fixedTask(std::size_t g) {
    const auto task = static_cast<GeneratedTask>(g);
    return task == GeneratedTask::GridUpgrade || task == GeneratedTask::Rfs ||
           task == GeneratedTask::FullCapacity;
}

double number(const json& item, const char* key, const std::string& where, double fallback) {
    const auto it = item.find(key);
    if (it == item.end()) return fallback;
    if (!it->is_number() || !std::isfinite(it->get<double>())) fail(where + "." + key, "must be a number");
    return it->get<double>();
}

std::vector<RiskInputDefault> parse() {
    const std::string_view text = embeddedResource(kFile);
    if (text.empty()) fail("file", "not compiled in");
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (!doc.is_object() || !doc.contains("items") || !doc["items"].is_array())
        fail("items", "must be an array");
    std::vector<RiskInputDefault> out;
    std::set<std::string> seen;
    const json& items = doc["items"];
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = "items[" + std::to_string(i) + "]";
        const json& item = items[i];
        if (!item.is_object()) fail(where, "must be an object");
        for (const auto& [key, value] : item.items())
            if (!std::set<std::string>{"input", "kind", "min", "mode", "max", "sigma", "estimate", "source"}
                     .count(key))
                fail(where + "." + key, "unknown key");
        RiskInputDefault row;
        if (!item.contains("input") || !item["input"].is_string()) fail(where + ".input", "must be a string");
        row.input = item["input"].get<std::string>();
        if (!seen.insert(row.input).second) fail(where + ".input", "duplicate \"" + row.input + "\"");
        if (!item.contains("kind") || !item["kind"].is_string() ||
            !distributionKindFromName(item["kind"].get<std::string>(), row.distribution.kind))
            fail(where + ".kind", "must be fixed, triangular, pert, normal or lognormal");
        Distribution& d = row.distribution;
        d.mode = number(item, "mode", where, 1.0);
        d.min = number(item, "min", where, d.mode);
        d.max = number(item, "max", where, d.mode);
        d.sigma = number(item, "sigma", where, 0.0);
        if (!item.contains("estimate") || !item["estimate"].is_boolean())
            fail(where + ".estimate", "must be true or false");
        row.estimate = item["estimate"].get<bool>();
        if (!item.contains("source") || !item["source"].is_string() ||
            item["source"].get<std::string>().empty())
            fail(where + ".source", "must be a non-empty string");
        row.source = item["source"].get<std::string>();
        if (const std::vector<Problem> problems = validateDistribution(d, row.input, true); !problems.empty())
            fail(where, problems.front().toString());
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<std::string> makeNames() {
    std::vector<std::string> names{"hashprice",      "gpuHourPrice", "gpuPrice",     "powerPrice",
                                   "colocationRent", "utilisation",  "capexOverrun", "pueOverhead"};
    for (std::size_t g = 0; g < schedule::kGeneratedTaskCount; ++g)
        if (!fixedTask(g))
            names.push_back(std::string(kDurationPrefix) + std::string(schedule::kGeneratedTaskIds[g]));
    names.emplace_back("duration.userTask");
    return names;
}

template <typename Settings>
auto* inputOf(Settings& s, std::string_view input) {
    using Result = decltype(&s.market.hashprice);
    if (input == "hashprice") return &s.market.hashprice;
    if (input == "gpuHourPrice") return &s.market.gpuHourPrice;
    if (input == "gpuPrice") return &s.market.gpuPrice;
    if (input == "powerPrice") return &s.site.powerPrice;
    if (input == "colocationRent") return &s.site.colocationRent;
    if (input == "utilisation") return &s.site.utilisation;
    if (input == "capexOverrun") return &s.site.capexOverrun;
    if (input == "pueOverhead") return &s.site.pueOverhead;
    if (input.substr(0, kDurationPrefix.size()) != kDurationPrefix) return static_cast<Result>(nullptr);
    const std::string_view task = input.substr(kDurationPrefix.size());
    if (task == "userTask") return &s.durations.userTask;
    const std::optional<GeneratedTask> g = schedule::generatedTask(task);
    if (!g || fixedTask(static_cast<std::size_t>(*g))) return static_cast<Result>(nullptr);
    return &s.durations.generated[static_cast<std::size_t>(*g)];
}

RiskSettings makeDefaults() {
    RiskSettings s;
    s.durations.generated.fill(Distribution::fixed(1.0));
    const RiskInputDefault* fallback = riskInputDefault(kDefaultDuration);
    if (!fallback) fail("items", "has no \"duration.default\"");
    for (std::size_t g = 0; g < schedule::kGeneratedTaskCount; ++g)
        if (!fixedTask(g)) s.durations.generated[g] = fallback->distribution;
    for (const std::string& name : riskInputNames()) {
        const RiskInputDefault* row = riskInputDefault(name);
        if (row) {
            *riskInput(s, name) = row->distribution;
        } else if (name.substr(0, kDurationPrefix.size()) != kDurationPrefix) {
            fail("items", "has no \"" + name + "\"");
        }
    }
    for (const RiskInputDefault& row : riskInputDefaults())
        if (row.input != kDefaultDuration && !riskInput(s, row.input))
            fail("items", "\"" + row.input + "\" is not a risk input");
    return s;
}

}  // namespace

const std::vector<RiskInputDefault>& riskInputDefaults() {
    static const std::vector<RiskInputDefault> rows = parse();
    return rows;
}

const RiskInputDefault* riskInputDefault(std::string_view input) {
    for (const RiskInputDefault& row : riskInputDefaults())
        if (row.input == input) return &row;
    return nullptr;
}

const std::vector<std::string>& riskInputNames() {
    static const std::vector<std::string> names = makeNames();
    return names;
}

Distribution* riskInput(RiskSettings& settings, std::string_view input) {
    return inputOf(settings, input);
}

const Distribution* riskInput(const RiskSettings& settings, std::string_view input) {
    return inputOf(settings, input);
}

RiskSettings defaultRiskSettings() {
    static const RiskSettings defaults = makeDefaults();
    return defaults;
}

RiskSettings riskSettingsFor(const RiskInputs& inputs) {
    RiskSettings s = defaultRiskSettings();
    s.trials = inputs.trials;
    s.seed = inputs.seed;
    s.rfsBy = inputs.rfsBy;
    for (const RiskInputDistribution& d : inputs.distributions)
        if (Distribution* target = riskInput(s, d.input)) *target = d.distribution;
    s.durations.tasks = inputs.taskDurations;
    return s;
}

RiskSettings zeroWidthRiskSettings() {
    RiskSettings s;
    const Distribution one = Distribution::fixed(1.0);
    s.market = {one, one, one};
    s.site = {one, one, one, one, one};
    s.durations.generated.fill(one);
    s.durations.userTask = one;
    return s;
}

std::vector<Problem> validateRiskInputs(const RiskInputs& inputs) {
    std::vector<Problem> problems;
    if (inputs.trials < 1 || inputs.trials > kMaxTrials)
        problems.push_back(formattedProblem("risk.trials",
                                            M2AI_TR("RiskInputs", "must be between 1 and %1, got %2"),
                                            {std::to_string(kMaxTrials), std::to_string(inputs.trials)}));
    std::set<std::string> seen;
    const RiskSettings probe;
    for (std::size_t i = 0; i < inputs.distributions.size(); ++i) {
        const RiskInputDistribution& d = inputs.distributions[i];
        const std::string at = "risk.distributions[" + std::to_string(i) + "].input";
        if (!riskInput(probe, d.input)) {
            problems.push_back(formattedProblem(
                at,
                M2AI_TR("RiskInputs", "'%1' is not a risk input (docs/model.md \"Sensitivity and risk\")"),
                {d.input}));
            continue;
        }
        if (!seen.insert(d.input).second) {
            problems.push_back(formattedProblem(at, M2AI_TR("RiskInputs", "'%1' is set twice"), {d.input}));
            continue;
        }
        for (Problem& p : validateDistribution(d.distribution, "risk." + d.input, true))
            problems.push_back(std::move(p));
    }
    std::set<std::pair<std::string, std::string>> tasks;
    for (std::size_t i = 0; i < inputs.taskDurations.size(); ++i) {
        const RiskTaskDuration& t = inputs.taskDurations[i];
        const std::string at = "risk.taskDurations[" + std::to_string(i) + "]";
        if (t.siteName.empty())
            problems.push_back(
                formattedProblem(at + ".siteName", M2AI_TR("RiskInputs", "must not be empty")));
        if (t.taskId.empty())
            problems.push_back(formattedProblem(at + ".taskId", M2AI_TR("RiskInputs", "must not be empty")));
        if (const auto g = schedule::generatedTask(t.taskId); g && fixedTask(static_cast<std::size_t>(*g)))
            problems.push_back(formattedProblem(
                at + ".taskId", M2AI_TR("RiskInputs", "'%1' has no duration of its own to draw"),
                {t.taskId}));
        if (!tasks.insert({t.siteName, t.taskId}).second)
            problems.push_back(formattedProblem(at, M2AI_TR("RiskInputs", "'%1' of '%2' is set twice"),
                                                {t.taskId, t.siteName}));
        for (Problem& p : validateDistribution(t.durationMonths, at + ".durationMonths", true))
            problems.push_back(std::move(p));
        if (t.durationMonths.max > 600.0)
            problems.push_back(formattedProblem(at + ".durationMonths.max",
                                                M2AI_TR("RiskInputs", "must be at most 600 months")));
    }
    return problems;
}

std::vector<Problem> validateRiskSettings(const RiskSettings& s) {
    std::vector<Problem> problems;
    const auto add = [&](const Distribution& d, const std::string& path) {
        for (Problem& p : validateDistribution(d, path, true)) problems.push_back(std::move(p));
    };
    if (s.trials < 1 || s.trials > kMaxTrials)
        problems.push_back(formattedProblem("risk.trials", M2AI_TR("RiskInputs", "must be between 1 and %1"),
                                            {std::to_string(kMaxTrials)}));
    if (s.histogramBins < 1 || s.histogramBins > kMaxHistogramBins)
        problems.push_back(formattedProblem("risk.histogramBins",
                                            M2AI_TR("RiskInputs", "must be between 1 and %1"),
                                            {std::to_string(kMaxHistogramBins)}));
    for (const std::string& name : riskInputNames()) add(*riskInput(s, name), "risk." + name);
    for (std::size_t i = 0; i < s.durations.tasks.size(); ++i)
        add(s.durations.tasks[i].durationMonths,
            "risk.taskDurations[" + std::to_string(i) + "].durationMonths");
    return problems;
}

}  // namespace m2ai::risk
