#include "scenarios/OverrideRegistry.h"

#include <cmath>
#include <cstdio>

#include "validation/Validation.h"

namespace m2ai {

namespace {

// The leaf name validation's range table knows a path by: "plan.gpu.kwPerRack" → "kwPerRack".
std::string leafOf(const std::string& path) {
    const auto dot = path.rfind('.');
    std::string leaf = dot == std::string::npos ? path : path.substr(dot + 1);
    if (const auto bracket = leaf.find('['); bracket != std::string::npos) leaf.resize(bracket);
    return leaf;
}

OverridableField ranged(std::string path, std::string label, OverrideScope scope, OverrideKind kind) {
    OverridableField f;
    f.scope = scope;
    f.kind = kind;
    if (const FieldRange* r = fieldRange(leafOf(path))) {
        f.min = r->min;
        f.max = r->max;
        f.unit = r->unit;
    }
    f.path = std::move(path);
    f.label = std::move(label);
    return f;
}

// The accessors below return a reference into the portfolio or site; get() reads through it on a
// copy-free const_cast, which is safe because it only reads.
template <typename Access>
OverridableField portfolioNumber(std::string path, std::string label, Access access) {
    OverridableField f =
        ranged(std::move(path), std::move(label), OverrideScope::Portfolio, OverrideKind::Number);
    f.get = [access](const Portfolio& p, const Site*) {
        return OverrideValue{access(const_cast<Portfolio&>(p))};
    };
    f.set = [access](Portfolio& p, Site*, const OverrideValue& v) { access(p) = std::get<double>(v); };
    return f;
}

template <typename Access>
OverridableField portfolioWhole(std::string path, std::string label, Access access) {
    OverridableField f =
        ranged(std::move(path), std::move(label), OverrideScope::Portfolio, OverrideKind::WholeNumber);
    f.get = [access](const Portfolio& p, const Site*) {
        return OverrideValue{static_cast<double>(access(const_cast<Portfolio&>(p)))};
    };
    f.set = [access](Portfolio& p, Site*, const OverrideValue& v) {
        access(p) = static_cast<int>(std::get<double>(v));
    };
    return f;
}

template <typename Access>
OverridableField portfolioFlag(std::string path, std::string label, Access access) {
    OverridableField f =
        ranged(std::move(path), std::move(label), OverrideScope::Portfolio, OverrideKind::Flag);
    f.get = [access](const Portfolio& p, const Site*) {
        return OverrideValue{access(const_cast<Portfolio&>(p))};
    };
    f.set = [access](Portfolio& p, Site*, const OverrideValue& v) { access(p) = std::get<bool>(v); };
    return f;
}

template <typename E>
std::vector<std::string> choicesOf() {
    std::vector<std::string> out;
    out.reserve(EnumNames<E>::names.size());
    for (const auto& [e, name] : EnumNames<E>::names) out.emplace_back(name);
    return out;
}

template <typename E, typename Access>
OverridableField portfolioChoice(std::string path, std::string label, Access access) {
    OverridableField f =
        ranged(std::move(path), std::move(label), OverrideScope::Portfolio, OverrideKind::Choice);
    f.choices = choicesOf<E>();
    f.get = [access](const Portfolio& p, const Site*) {
        return OverrideValue{toName(access(const_cast<Portfolio&>(p)))};
    };
    f.set = [access](Portfolio& p, Site*, const OverrideValue& v) {
        access(p) = *fromName<E>(std::get<std::string>(v));
    };
    return f;
}

template <typename Access>
OverridableField siteNumber(std::string path, std::string label, Access access) {
    OverridableField f = ranged(std::move(path), std::move(label), OverrideScope::Site, OverrideKind::Number);
    f.get = [access](const Portfolio&, const Site* s) {
        return OverrideValue{access(const_cast<Site&>(*s))};
    };
    f.set = [access](Portfolio&, Site* s, const OverrideValue& v) { access(*s) = std::get<double>(v); };
    return f;
}

template <typename Access>
OverridableField siteWhole(std::string path, std::string label, Access access) {
    OverridableField f =
        ranged(std::move(path), std::move(label), OverrideScope::Site, OverrideKind::WholeNumber);
    f.get = [access](const Portfolio&, const Site* s) {
        return OverrideValue{static_cast<double>(access(const_cast<Site&>(*s)))};
    };
    f.set = [access](Portfolio&, Site* s, const OverrideValue& v) {
        access(*s) = static_cast<int>(std::get<double>(v));
    };
    return f;
}

template <typename Access>
OverridableField siteFlag(std::string path, std::string label, Access access) {
    OverridableField f = ranged(std::move(path), std::move(label), OverrideScope::Site, OverrideKind::Flag);
    f.get = [access](const Portfolio&, const Site* s) {
        return OverrideValue{access(const_cast<Site&>(*s))};
    };
    f.set = [access](Portfolio&, Site* s, const OverrideValue& v) { access(*s) = std::get<bool>(v); };
    return f;
}

template <typename E, typename Access>
OverridableField siteChoice(std::string path, std::string label, Access access) {
    OverridableField f = ranged(std::move(path), std::move(label), OverrideScope::Site, OverrideKind::Choice);
    f.choices = choicesOf<E>();
    f.get = [access](const Portfolio&, const Site* s) {
        return OverrideValue{toName(access(const_cast<Site&>(*s)))};
    };
    f.set = [access](Portfolio&, Site* s, const OverrideValue& v) {
        access(*s) = *fromName<E>(std::get<std::string>(v));
    };
    return f;
}

std::vector<OverridableField> buildFields() {
    using P = Portfolio;
    using S = Site;
    std::vector<OverridableField> f;
    // Portfolio-wide money.
    f.push_back(portfolioNumber("discountRatePct", "Discount rate",
                                [](P& p) -> double& { return p.discountRatePct; }));
    f.push_back(portfolioWhole("horizonYears", "Horizon", [](P& p) -> int& { return p.horizonYears; }));
    f.push_back(portfolioChoice<TerminalValueMethod>(
        "terminalValue", "Terminal value", [](P& p) -> TerminalValueMethod& { return p.terminalValue; }));
    f.push_back(
        portfolioNumber("exitCapRatePct", "Exit cap rate", [](P& p) -> double& { return p.exitCapRatePct; }));
    // Cost assumptions.
    f.push_back(portfolioNumber("costs.gpuFitOutUsdPerMwIt", "GPU fit-out cost",
                                [](P& p) -> double& { return p.costs.gpuFitOutUsdPerMwIt; }));
    f.push_back(portfolioNumber("costs.electricalUsdPerInstalledMw", "Electrical cost",
                                [](P& p) -> double& { return p.costs.electricalUsdPerInstalledMw; }));
    const char* coolingLabels[4] = {"Cooling cost, air", "Cooling cost, hybrid",
                                    "Cooling cost, direct-to-chip", "Cooling cost, immersion"};
    for (std::size_t i = 0; i < 4; ++i)
        f.push_back(portfolioNumber("costs.coolingUsdPerMwIt[" + std::to_string(i) + "]", coolingLabels[i],
                                    [i](P& p) -> double& { return p.costs.coolingUsdPerMwIt[i]; }));
    f.push_back(portfolioNumber("costs.sealingUsdPerMwIt", "Sealing cost",
                                [](P& p) -> double& { return p.costs.sealingUsdPerMwIt; }));
    f.push_back(portfolioNumber("costs.fireSuppressionUsdPerMwIt", "Fire suppression cost",
                                [](P& p) -> double& { return p.costs.fireSuppressionUsdPerMwIt; }));
    f.push_back(portfolioNumber("costs.monitoringUsdPerMwIt", "Monitoring cost",
                                [](P& p) -> double& { return p.costs.monitoringUsdPerMwIt; }));
    f.push_back(portfolioNumber("costs.tierIiiUsdPerMwIt", "Tier III cost",
                                [](P& p) -> double& { return p.costs.tierIiiUsdPerMwIt; }));
    f.push_back(portfolioNumber("costs.tierIvUsdPerMwIt", "Tier IV cost",
                                [](P& p) -> double& { return p.costs.tierIvUsdPerMwIt; }));
    f.push_back(portfolioNumber("costs.contingencyPct", "Contingency",
                                [](P& p) -> double& { return p.costs.contingencyPct; }));
    f.push_back(portfolioNumber("costs.omUsdPerMwItYear", "AI hall O&M",
                                [](P& p) -> double& { return p.costs.omUsdPerMwItYear; }));
    f.push_back(portfolioNumber("costs.miningOmUsdPerMwYear", "Mining O&M",
                                [](P& p) -> double& { return p.costs.miningOmUsdPerMwYear; }));
    f.push_back(portfolioNumber("costs.asicResaleUsdPerTh", "ASIC resale value",
                                [](P& p) -> double& { return p.costs.asicResaleUsdPerTh; }));
    f.push_back(portfolioNumber("costs.gpuDepreciationYears", "GPU depreciation",
                                [](P& p) -> double& { return p.costs.gpuDepreciationYears; }));
    f.push_back(portfolioNumber("costs.facilityLifeYears", "Facility life",
                                [](P& p) -> double& { return p.costs.facilityLifeYears; }));
    f.push_back(portfolioFlag("costs.includeResidualValue", "Include residual value",
                              [](P& p) -> bool& { return p.costs.includeResidualValue; }));
    // Site: grid and power.
    f.push_back(siteNumber("gridInterconnectMw", "Grid interconnect",
                           [](S& s) -> double& { return s.gridInterconnectMw; }));
    f.push_back(siteChoice<EnergySource>("energySource", "Energy source",
                                         [](S& s) -> EnergySource& { return s.energySource; }));
    f.push_back(siteNumber("powerPriceUsdPerMwh", "Power price",
                           [](S& s) -> double& { return s.powerPriceUsdPerMwh; }));
    f.push_back(siteNumber("powerPriceEscalationPctPerYear", "Power price escalation",
                           [](S& s) -> double& { return s.powerPriceEscalationPctPerYear; }));
    f.push_back(siteNumber("gridCarbonGPerKwh", "Grid carbon intensity",
                           [](S& s) -> double& { return s.gridCarbonGPerKwh; }));
    // Site: mining.
    f.push_back(siteWhole("mining.units", "ASIC units", [](S& s) -> int& { return s.mining.units; }));
    f.push_back(
        siteNumber("mining.miningPue", "Mining PUE", [](S& s) -> double& { return s.mining.miningPue; }));
    f.push_back(siteNumber("mining.hashpriceUsdPerPhDay", "Hashprice",
                           [](S& s) -> double& { return s.mining.hashpriceUsdPerPhDay; }));
    f.push_back(siteNumber("mining.hashpriceChangePctPerYear", "Hashprice change",
                           [](S& s) -> double& { return s.mining.hashpriceChangePctPerYear; }));
    f.push_back(
        siteNumber("mining.uptimePct", "Mining uptime", [](S& s) -> double& { return s.mining.uptimePct; }));
    // Site: the conversion plan.
    f.push_back(siteNumber("plan.convertedSharePct", "Converted share",
                           [](S& s) -> double& { return s.plan.convertedSharePct; }));
    f.push_back(siteChoice<ScheduleMode>("plan.scheduleMode", "Schedule mode",
                                         [](S& s) -> ScheduleMode& { return s.plan.scheduleMode; }));
    f.push_back(siteWhole("plan.energisationPhases", "Energisation phases",
                          [](S& s) -> int& { return s.plan.energisationPhases; }));
    f.push_back(siteNumber("plan.monthsBetweenPhases", "Months between phases",
                           [](S& s) -> double& { return s.plan.monthsBetweenPhases; }));
    f.push_back(siteChoice<BusinessModel>("plan.business.model", "Business model",
                                          [](S& s) -> BusinessModel& { return s.plan.business.model; }));
    f.push_back(siteNumber("plan.business.colocationUsdPerKwMonth", "Colocation rent",
                           [](S& s) -> double& { return s.plan.business.colocationUsdPerKwMonth; }));
    f.push_back(siteNumber("plan.business.gpuUsdPerHour", "GPU-hour price",
                           [](S& s) -> double& { return s.plan.business.gpuUsdPerHour; }));
    f.push_back(siteNumber("plan.business.gpuUtilisationPct", "GPU utilisation",
                           [](S& s) -> double& { return s.plan.business.gpuUtilisationPct; }));
    f.push_back(siteNumber("plan.business.gpuPriceDeclinePctPerYear", "GPU price decline",
                           [](S& s) -> double& { return s.plan.business.gpuPriceDeclinePctPerYear; }));
    f.push_back(siteFlag("plan.business.powerPassThrough", "Power passed through to tenant",
                         [](S& s) -> bool& { return s.plan.business.powerPassThrough; }));
    f.push_back(
        siteFlag("plan.gpu.enabled", "GPU install step", [](S& s) -> bool& { return s.plan.gpu.enabled; }));
    f.push_back(
        siteNumber("plan.gpu.kwPerRack", "Rack power", [](S& s) -> double& { return s.plan.gpu.kwPerRack; }));
    f.push_back(siteWhole("plan.gpu.gpusPerRack", "GPUs per rack",
                          [](S& s) -> int& { return s.plan.gpu.gpusPerRack; }));
    f.push_back(siteNumber("plan.gpu.priceUsdPerGpu", "GPU price",
                           [](S& s) -> double& { return s.plan.gpu.priceUsdPerGpu; }));
    f.push_back(siteFlag("plan.electrical.enabled", "Electrical step",
                         [](S& s) -> bool& { return s.plan.electrical.enabled; }));
    f.push_back(siteChoice<Redundancy>("plan.electrical.redundancy", "Redundancy",
                                       [](S& s) -> Redundancy& { return s.plan.electrical.redundancy; }));
    f.push_back(siteNumber("plan.electrical.blockSizeMw", "Electrical block size",
                           [](S& s) -> double& { return s.plan.electrical.blockSizeMw; }));
    f.push_back(siteWhole("plan.electrical.installedBlocks", "Installed blocks",
                          [](S& s) -> int& { return s.plan.electrical.installedBlocks; }));
    f.push_back(siteFlag("plan.cooling.enabled", "Cooling step",
                         [](S& s) -> bool& { return s.plan.cooling.enabled; }));
    f.push_back(siteChoice<CoolingTech>("plan.cooling.technology", "Cooling technology",
                                        [](S& s) -> CoolingTech& { return s.plan.cooling.technology; }));
    f.push_back(siteFlag("plan.facility.enabled", "Facility step",
                         [](S& s) -> bool& { return s.plan.facility.enabled; }));
    f.push_back(siteFlag("plan.facility.sealingAndDustFiltration", "Sealing and dust filtration",
                         [](S& s) -> bool& { return s.plan.facility.sealingAndDustFiltration; }));
    f.push_back(siteFlag("plan.facility.fireSuppression", "Fire suppression",
                         [](S& s) -> bool& { return s.plan.facility.fireSuppression; }));
    f.push_back(siteFlag("plan.facility.monitoringBms", "Monitoring (BMS)",
                         [](S& s) -> bool& { return s.plan.facility.monitoringBms; }));
    f.push_back(
        siteChoice<Certification>("plan.facility.certification", "Certification",
                                  [](S& s) -> Certification& { return s.plan.facility.certification; }));
    return f;
}

std::string numberText(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

}  // namespace

const std::vector<OverridableField>& overridableFields() {
    static const std::vector<OverridableField> fields = buildFields();
    return fields;
}

const OverridableField* overridableField(std::string_view path) {
    for (const OverridableField& f : overridableFields())
        if (f.path == path) return &f;
    return nullptr;
}

std::string overrideValueText(const OverrideValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return numberText(*d);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    return "\"" + std::get<std::string>(value) + "\"";
}

OverrideCheck checkOverrideValue(const OverridableField& field, const OverrideValue& value, bool notApplied) {
    const std::string got = overrideValueText(value);
    // plain and withSuffix are the same sentence, the second ending "; not applied". %1 is the
    // field's path; the value got is the last argument.
    const auto refuse = [&](MessageFormat plain, MessageFormat withSuffix, std::vector<std::string> middle) {
        std::vector<std::string> args{field.path};
        for (std::string& a : middle) args.push_back(std::move(a));
        args.push_back(got);
        CoreMessage message = coreMessage(notApplied ? withSuffix : plain, std::move(args));
        std::string error = message.english();
        return OverrideCheck{false, std::move(error), std::move(message)};
    };
    const auto notWhole = [&] {
        return refuse(M2AI_TR("ScenarioInputs", "%1 must be a whole number, got %2"),
                      M2AI_TR("ScenarioInputs", "%1 must be a whole number, got %2; not applied"), {});
    };
    switch (field.kind) {
        case OverrideKind::Number:
        case OverrideKind::WholeNumber: {
            const auto* d = std::get_if<double>(&value);
            if (!d) {
                if (field.kind == OverrideKind::WholeNumber) return notWhole();
                return refuse(M2AI_TR("ScenarioInputs", "%1 must be a number, got %2"),
                              M2AI_TR("ScenarioInputs", "%1 must be a number, got %2; not applied"), {});
            }
            if (!std::isfinite(*d) || *d < field.min || *d > field.max) {
                if (field.unit.empty())
                    return refuse(
                        M2AI_TR("ScenarioInputs", "%1 must be between %2 and %3, got %4"),
                        M2AI_TR("ScenarioInputs", "%1 must be between %2 and %3, got %4; not applied"),
                        {numberText(field.min), numberText(field.max)});
                return refuse(
                    M2AI_TR("ScenarioInputs", "%1 must be between %2 and %3 %4, got %5"),
                    M2AI_TR("ScenarioInputs", "%1 must be between %2 and %3 %4, got %5; not applied"),
                    {numberText(field.min), numberText(field.max), field.unit});
            }
            if (field.kind == OverrideKind::WholeNumber && std::floor(*d) != *d) return notWhole();
            return {true, "", {}};
        }
        case OverrideKind::Flag:
            if (!std::holds_alternative<bool>(value))
                return refuse(M2AI_TR("ScenarioInputs", "%1 must be true or false, got %2"),
                              M2AI_TR("ScenarioInputs", "%1 must be true or false, got %2; not applied"), {});
            return {true, "", {}};
        case OverrideKind::Choice: {
            const auto* s = std::get_if<std::string>(&value);
            std::string allowed;
            for (const std::string& c : field.choices) {
                if (s && c == *s) return {true, "", {}};
                allowed += (allowed.empty() ? "" : ", ") + c;
            }
            return refuse(M2AI_TR("ScenarioInputs", "%1 must be one of %2, got %3"),
                          M2AI_TR("ScenarioInputs", "%1 must be one of %2, got %3; not applied"), {allowed});
        }
    }
    return refuse(M2AI_TR("ScenarioInputs", "%1 has an unknown kind, got %2"),
                  M2AI_TR("ScenarioInputs", "%1 has an unknown kind, got %2; not applied"), {});
}

}  // namespace m2ai
