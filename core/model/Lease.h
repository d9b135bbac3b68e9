#pragma once
// Colocation lease terms (per site) and operating costs beyond energy and facility O&M (per
// portfolio), issue 12 items 4 and 5. Plain value types; the rules that use them are in
// engines/Economics.cpp and docs/model.md "Operating costs" and "Lease terms".
#include <array>
#include <string_view>
#include <utility>

#include "model/Enums.h"

namespace m2ai {

// What the hall earns when the lease term ends inside the horizon.
enum class LeaseEnd {
    Renew,   // the tenant renews on the same terms (the Core Scientific leases carry two 5-year options)
    Vacate,  // the hall stands empty: no rent, the operator's fixed costs go on
};

// An owner-operated GPU fleet at the end of its useful life.
enum class GpuEndOfLife {
    Refresh,  // bought again at today's price per GPU; the new fleet's GPU-hour price starts afresh
    Retire,   // stops earning (and drawing power); the hall's fixed costs go on
};

template <>
struct EnumNames<LeaseEnd> {
    static constexpr std::array<std::pair<LeaseEnd, std::string_view>, 2> names{{
        {LeaseEnd::Renew, "renew"},
        {LeaseEnd::Vacate, "vacate"},
    }};
};
template <>
struct EnumNames<GpuEndOfLife> {
    static constexpr std::array<std::pair<GpuEndOfLife, std::string_view>, 2> names{{
        {GpuEndOfLife::Refresh, "refresh"},
        {GpuEndOfLife::Retire, "retire"},
    }};
};

// A colocation lease, counted from first RFS (the month the first IT is in service).
struct LeaseTerms {
    // Modified-gross AI leases carry annual escalators (TeraWulf–Fluidstack, domain.md §4.3); the
    // rate is not published: 2 %/year (estimate). Steps every 12 months from first RFS.
    double escalatorPctPerYear = 2.0;
    // Months after first RFS until the hall is fully let (linear ramp). 0: pre-let to an anchor tenant,
    // as every conversion deal in domain.md §4.3 was signed before the works.
    double leaseUpMonths = 0.0;
    // Term from first RFS: 10 years (TeraWulf and Cipher–Fluidstack; Core Scientific 12, Cipher–AWS 15).
    double termYears = 10.0;
    LeaseEnd afterTerm = LeaseEnd::Renew;
    // Share of the contracted rent the tenant pays from RFS whatever it occupies: a floor under the
    // lease-up ramp (0 = pays only for what it occupies).
    double takeOrPayPct = 0.0;
    bool operator==(const LeaseTerms&) const = default;
};

// Operating costs the energy bill and facility O&M (CostAssumptions::omUsdPerMwItYear) leave out.
struct OperatingCosts {
    // Colocation: insurance, property tax, property management and the non-recoverable part of a
    // modified-gross lease, as a share of rent. 8 % with the $120k/MW-year O&M puts the NOI margin of
    // a pass-through lease at the base $150/kW-month at 85.3 %, inside the 80–90 % that TeraWulf
    // and Cipher report (domain.md §4.2; calibration, estimate).
    double colocationOpexPctOfRent = 8.0;
    // GPU cloud: staff, support contracts, network, software and sales, as a share of GPU-hour
    // revenue. CoreWeave's adjusted EBITDA margin is 62–63 % (Q2 2024, Q2 2025) with data-centre
    // rent and power inside its costs; an owner-operator pays no rent, so 20 % here leaves about
    // 75 % after energy and O&M (calibration, estimate; docs/model.md "Operating costs").
    double gpuCloudOpexPctOfRevenue = 20.0;
    // How long an owned GPU earns: ~6 years in CoreWeave's view (domain.md §4.2, estimate).
    double gpuUsefulLifeYears = 6.0;
    GpuEndOfLife gpuEndOfLife = GpuEndOfLife::Refresh;
    bool operator==(const OperatingCosts&) const = default;
};

}  // namespace m2ai
