#include "risk/Sensitivity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "risk/RunErrors.h"
#include "risk/TrialModel.h"

namespace m2ai::risk {

namespace {

using schedule::GeneratedTask;

bool isLongLead(GeneratedTask t) {
    return t == GeneratedTask::ProcElectrical || t == GeneratedTask::ProcCooling ||
           t == GeneratedTask::ProcGpu;
}

// The factors with one input at (1 + shift); shift 0 is the base case.
Factors factorsFor(const TrialModel& model, SensitivityInput input, double shift) {
    Factors f = model.unitFactors();
    const double k = 1.0 + shift;
    switch (input) {
        case SensitivityInput::GpuHourPrice:
            f.gpuHourPrice = k;
            break;
        case SensitivityInput::Hashprice:
            f.hashprice = k;
            break;
        case SensitivityInput::GpuPrice:
            f.gpuPrice = k;
            break;
        case SensitivityInput::DiscountRate:
            f.discountRate = k;
            break;
        default:
            break;
    }
    for (std::size_t i = 0; i < f.sites.size(); ++i) {
        SiteFactors& sf = f.sites[i];
        switch (input) {
            case SensitivityInput::PowerPrice:
                sf.powerPrice = k;
                break;
            case SensitivityInput::ColocationRent:
                sf.colocationRent = k;
                break;
            case SensitivityInput::CapexGpuFitOut:
                sf.capex[static_cast<std::size_t>(CapexStep::GpuFitOut)] = k;
                break;
            case SensitivityInput::CapexElectrical:
                sf.capex[static_cast<std::size_t>(CapexStep::Electrical)] = k;
                break;
            case SensitivityInput::CapexCooling:
                sf.capex[static_cast<std::size_t>(CapexStep::Cooling)] = k;
                break;
            case SensitivityInput::CapexFacility:
                sf.capex[static_cast<std::size_t>(CapexStep::Facility)] = k;
                break;
            case SensitivityInput::PueOverhead:
                sf.pueOverhead = k;
                break;
            case SensitivityInput::LongLeadDurations: {
                const auto& network = model.site(i).network;
                sf.taskMonths.resize(network.size());
                for (std::size_t t = 0; t < network.size(); ++t) {
                    const double months = network[t].activity.durationMonths;
                    sf.taskMonths[t] = isLongLead(network[t].generated) && shift != 0.0 ? months * k : months;
                }
                break;
            }
            default:
                break;
        }
    }
    return f;
}

SensitivityTarget makeTarget(const std::string& name, const std::vector<double>& spiderPct,
                             const std::vector<std::vector<Outcome>>& outcomes, const Outcome& base,
                             int spiderInputs, int site) {
    const auto incNpv = [&](const Outcome& o) {
        return site < 0 ? o.incrementalNpvUsd : o.sites[static_cast<std::size_t>(site)].incrementalNpvUsd;
    };
    const auto npv = [&](const Outcome& o) {
        return site < 0 ? o.npvUsd : o.sites[static_cast<std::size_t>(site)].npvUsd;
    };
    const auto rfs = [&](const Outcome& o) {
        return site < 0 ? o.firstRfsMonthIndex : o.sites[static_cast<std::size_t>(site)].rfsMonthIndex;
    };
    SensitivityTarget t;
    t.name = name;
    t.baseNpvUsd = npv(base);
    t.baseIncrementalNpvUsd = incNpv(base);
    t.baseFirstRfsMonthIndex = rfs(base);
    const std::size_t lowPoint = 0;
    const std::size_t highPoint = spiderPct.size() - 1;
    for (std::size_t in = 0; in < kSensitivityInputCount; ++in) {
        SensitivityBar bar;
        bar.input = static_cast<SensitivityInput>(in);
        bar.lowIncrementalNpvUsd = incNpv(outcomes[in][lowPoint]);
        bar.highIncrementalNpvUsd = incNpv(outcomes[in][highPoint]);
        bar.lowNpvUsd = npv(outcomes[in][lowPoint]);
        bar.highNpvUsd = npv(outcomes[in][highPoint]);
        bar.lowFirstRfsMonthIndex = rfs(outcomes[in][lowPoint]);
        bar.highFirstRfsMonthIndex = rfs(outcomes[in][highPoint]);
        t.byIncrementalNpv.push_back(bar);
    }
    t.byFirstRfs = t.byIncrementalNpv;
    // Stable: at equal swings the inputs keep their enum order, so the output is deterministic.
    std::stable_sort(t.byIncrementalNpv.begin(), t.byIncrementalNpv.end(), [](const auto& a, const auto& b) {
        return a.incrementalNpvSwingUsd() > b.incrementalNpvSwingUsd();
    });
    std::stable_sort(t.byFirstRfs.begin(), t.byFirstRfs.end(), [](const auto& a, const auto& b) {
        return a.firstRfsSwingMonths() > b.firstRfsSwingMonths();
    });
    for (int k = 0; k < spiderInputs && k < static_cast<int>(t.byIncrementalNpv.size()); ++k) {
        const auto in = static_cast<std::size_t>(t.byIncrementalNpv[static_cast<std::size_t>(k)].input);
        SpiderSeries s;
        s.input = static_cast<SensitivityInput>(in);
        for (const Outcome& o : outcomes[in]) s.incrementalNpvUsd.push_back(incNpv(o));
        t.spider.push_back(std::move(s));
    }
    return t;
}

}  // namespace

std::string toName(SensitivityInput input) {
    switch (input) {
        case SensitivityInput::PowerPrice:
            return "powerPrice";
        case SensitivityInput::ColocationRent:
            return "colocationRent";
        case SensitivityInput::GpuHourPrice:
            return "gpuHourPrice";
        case SensitivityInput::Hashprice:
            return "hashprice";
        case SensitivityInput::CapexGpuFitOut:
            return "capexGpuFitOut";
        case SensitivityInput::CapexElectrical:
            return "capexElectrical";
        case SensitivityInput::CapexCooling:
            return "capexCooling";
        case SensitivityInput::CapexFacility:
            return "capexFacility";
        case SensitivityInput::GpuPrice:
            return "gpuPrice";
        case SensitivityInput::DiscountRate:
            return "discountRate";
        case SensitivityInput::LongLeadDurations:
            return "longLeadDurations";
        case SensitivityInput::PueOverhead:
            return "pueOverhead";
        case SensitivityInput::Count:
            break;
    }
    return "?";
}

double SensitivityBar::incrementalNpvSwingUsd() const {
    const double swing = std::fabs(highIncrementalNpvUsd - lowIncrementalNpvUsd);
    return std::isfinite(swing) ? swing : 0.0;
}

int SensitivityBar::firstRfsSwingMonths() const {
    return std::abs(highFirstRfsMonthIndex - lowFirstRfsMonthIndex);
}

SensitivityResult runSensitivity(const Portfolio& portfolio, double pct, int spiderInputs,
                                 const Catalogue& catalogue) {
    SensitivityResult result;
    result.pct = pct;
    if (!(pct > 0.0 && pct <= kMaxSensitivityPct))
        result.problems.push_back(formattedProblem(
            "sensitivity.pct", M2AI_TR("RiskInputs", "must be more than 0 and at most 90 (percent)")));
    if (spiderInputs < 1 || spiderInputs > static_cast<int>(kSensitivityInputCount))
        result.problems.push_back(formattedProblem("sensitivity.spiderInputs",
                                                   M2AI_TR("RiskInputs", "must be between 1 and %1"),
                                                   {std::to_string(kSensitivityInputCount)}));
    for (Problem& p : validate(portfolio)) result.problems.push_back(std::move(p));
    if (!result.problems.empty()) {
        // The first problem is an argument as English; ui/ and the CLI show it translated in its place.
        setRunError(result, coreMessageQuoting(M2AI_TR("RiskInputs", "Cannot run the sensitivity: %1"),
                                               {result.problems.front().toString()}, 0));
        return result;
    }
    try {
        const TrialModel model(portfolio, catalogue);
        Workspace work = model.makeWorkspace();
        const double f = pct / 100.0;
        result.spiderPct = {-pct, -pct / 2.0, 0.0, pct / 2.0, pct};
        const std::vector<double> shifts{-f, -f / 2.0, 0.0, f / 2.0, f};
        Outcome base;
        model.evaluate(model.unitFactors(), work, base);
        // outcomes[input][point]; point 2 is the base case for every input.
        std::vector<std::vector<Outcome>> outcomes(kSensitivityInputCount,
                                                   std::vector<Outcome>(shifts.size()));
        for (std::size_t in = 0; in < kSensitivityInputCount; ++in)
            for (std::size_t p = 0; p < shifts.size(); ++p) {
                if (shifts[p] == 0.0)
                    outcomes[in][p] = base;
                else
                    model.evaluate(factorsFor(model, static_cast<SensitivityInput>(in), shifts[p]), work,
                                   outcomes[in][p]);
            }
        result.portfolio = makeTarget(portfolio.name, result.spiderPct, outcomes, base, spiderInputs, -1);
        for (std::size_t i = 0; i < model.siteCount(); ++i)
            result.sites.push_back(makeTarget(portfolio.sites[i].name, result.spiderPct, outcomes, base,
                                              spiderInputs, static_cast<int>(i)));
        result.ok = true;
    } catch (const std::exception& e) {
        setRunError(result, coreMessage(M2AI_TR("RiskInputs", "Sensitivity failed: %1"), {e.what()}));
    }
    return result;
}

}  // namespace m2ai::risk
