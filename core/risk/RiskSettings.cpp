// Default spreads. Multipliers, most likely 1 (the portfolio's own value). Sources and reasoning:
// docs/model.md "Sensitivity and risk" (domain.md sections in brackets).
#include "risk/RiskSettings.h"

namespace m2ai::risk {

namespace {

using schedule::GeneratedTask;

void setTask(DurationRisk& d, GeneratedTask task, Distribution dist) {
    d.generated[static_cast<std::size_t>(task)] = dist;
}

}  // namespace

RiskSettings defaultRiskSettings() {
    RiskSettings s;
    // Hashprice: $38–55/PH/day over 2024–2026 around a $45 base and a $182 spike (§3.3): σ(log)
    // 0.30 puts the 10–90 % range at ×0.68–1.47 (estimate).
    s.market.hashprice = Distribution::lognormal(1.0, 0.30);
    // GPU-hour: H100 $1.70–4.50 in 2025 around a $2.95 median (§4.3): σ(log) 0.25 (estimate).
    s.market.gpuHourPrice = Distribution::lognormal(1.0, 0.25);
    // GPU price: Blackwell $30–40k, ~$22k with volume, around $35k (§4.1): ×0.65–1.15 (estimate).
    s.market.gpuPrice = Distribution::triangular(0.65, 1.0, 1.15);
    // Power price: industrial tariffs and miner contracts move ±20–40 % (§6.4): σ(log) 0.20 (estimate).
    s.site.powerPrice = Distribution::lognormal(1.0, 0.20);
    // Colocation rent: $130–180 around $150/kW-month (§4.3): ×0.87–1.20.
    s.site.colocationRent = Distribution::triangular(130.0 / 150.0, 1.0, 180.0 / 150.0);
    // Utilisation of GPU-hours sold: ×0.80–1.10 (estimate).
    s.site.utilisation = Distribution::pert(0.80, 1.0, 1.10);
    // Capex overrun: UPS ordered in 2023 cost 15 % more on delivery, +14 % for 46-week leads (§4.1);
    // under-runs are rare: ×0.95–1.30 (estimate).
    s.site.capexOverrun = Distribution::pert(0.95, 1.0, 1.30);
    // PUE overhead (PUE − 1): ×0.90–1.30 (estimate; design PUEs are met or missed upwards).
    s.site.pueOverhead = Distribution::triangular(0.90, 1.0, 1.30);

    DurationRisk& d = s.durations;
    d.generated.fill(Distribution::pert(0.9, 1.0, 1.5));  // works and installs (estimate)
    setTask(d, GeneratedTask::Design, Distribution::pert(0.8, 1.0, 1.7));
    // Switchgear 46–48 weeks, worst cases 110 weeks; DC transformers 28–36 weeks, large power
    // transformers 128 weeks and more (§5.3): the widest spread, 11 months → 9.5–25 months.
    setTask(d, GeneratedTask::ProcElectrical, Distribution::pert(0.85, 1.0, 2.3));
    // CDUs 16–30 weeks (estimate), CRAHs 28–36, chillers 30–40 (§5.3): 6–7 months → ×0.7–1.6.
    setTask(d, GeneratedTask::ProcCooling, Distribution::pert(0.7, 1.0, 1.6));
    // GPU servers 8–12 weeks (Dell, 2024) to 36–52 weeks (2023); Blackwell booked out 12 months
    // (§5.3): 6 months → 3–12 months.
    setTask(d, GeneratedTask::ProcGpu, Distribution::pert(0.5, 1.0, 2.0));
    setTask(d, GeneratedTask::Decommission, Distribution::pert(0.8, 1.0, 1.5));
    setTask(d, GeneratedTask::GpuInstall, Distribution::pert(0.8, 1.0, 2.0));
    setTask(d, GeneratedTask::Commissioning, Distribution::pert(0.8, 1.0, 2.0));
    setTask(d, GeneratedTask::GridUpgrade, Distribution::fixed(1.0));
    setTask(d, GeneratedTask::Rfs, Distribution::fixed(1.0));
    d.userTask = Distribution::pert(0.9, 1.0, 1.5);
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

std::vector<Problem> validateRiskSettings(const RiskSettings& s) {
    std::vector<Problem> problems;
    const auto add = [&](const Distribution& d, const std::string& path) {
        for (Problem& p : validateDistribution(d, path, true)) problems.push_back(std::move(p));
    };
    if (s.trials < 1 || s.trials > kMaxTrials)
        problems.push_back({"risk.trials", "must be between 1 and " + std::to_string(kMaxTrials)});
    if (s.histogramBins < 1 || s.histogramBins > kMaxHistogramBins)
        problems.push_back(
            {"risk.histogramBins", "must be between 1 and " + std::to_string(kMaxHistogramBins)});
    add(s.market.hashprice, "risk.market.hashprice");
    add(s.market.gpuHourPrice, "risk.market.gpuHourPrice");
    add(s.market.gpuPrice, "risk.market.gpuPrice");
    add(s.site.powerPrice, "risk.site.powerPrice");
    add(s.site.colocationRent, "risk.site.colocationRent");
    add(s.site.utilisation, "risk.site.utilisation");
    add(s.site.capexOverrun, "risk.site.capexOverrun");
    add(s.site.pueOverhead, "risk.site.pueOverhead");
    for (std::size_t i = 0; i < s.durations.generated.size(); ++i)
        add(s.durations.generated[i], "risk.durations." + std::string(schedule::kGeneratedTaskIds[i]));
    add(s.durations.userTask, "risk.durations.userTask");
    for (std::size_t i = 0; i < s.durations.userTasks.size(); ++i)
        add(s.durations.userTasks[i].durationMonths, "risk.durations.userTasks[" + std::to_string(i) + "]");
    return problems;
}

}  // namespace m2ai::risk
