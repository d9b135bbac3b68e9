// The sensitivity tornado (core/risk/Sensitivity): bars move the way the economics say they must,
// are sorted by swing, and the spider's middle point is the base case.
#include <catch2/catch.hpp>
#include <sstream>

#include "engines/Compute.h"
#include "risk/RiskJson.h"
#include "risk/Sensitivity.h"
#include "sample/Sample.h"

using namespace m2ai;
using namespace m2ai::risk;

namespace {

const SensitivityBar& bar(const SensitivityTarget& t, SensitivityInput input) {
    for (const SensitivityBar& b : t.byIncrementalNpv)
        if (b.input == input) return b;
    FAIL("no bar for " << toName(input));
    return t.byIncrementalNpv.front();
}

const SensitivityTarget& siteNamed(const SensitivityResult& r, const std::string& name) {
    for (const SensitivityTarget& t : r.sites)
        if (t.name == name) return t;
    FAIL("no site " << name);
    return r.sites.front();
}

}  // namespace

TEST_CASE("sensitivity: bars move the right way", "[risk][sensitivity]") {
    const Portfolio sample = samplePortfolio();
    const SensitivityResult r = runSensitivity(sample, 20.0);
    REQUIRE(r.ok);
    const PortfolioResult det = computePortfolio(sample);
    CHECK(r.portfolio.baseIncrementalNpvUsd == det.incrementalNpvUsd);

    // Gedu is a GPU cloud: the operator buys the hall's power, so power price up → NPV down.
    const SensitivityTarget& gedu = siteNamed(r, "Gedu");
    CHECK(bar(gedu, SensitivityInput::PowerPrice).highNpvUsd <
          bar(gedu, SensitivityInput::PowerPrice).lowNpvUsd);
    CHECK(bar(gedu, SensitivityInput::GpuHourPrice).highIncrementalNpvUsd >
          bar(gedu, SensitivityInput::GpuHourPrice).lowIncrementalNpvUsd);
    CHECK(bar(gedu, SensitivityInput::GpuPrice).highIncrementalNpvUsd <
          bar(gedu, SensitivityInput::GpuPrice).lowIncrementalNpvUsd);
    // Colocation sites: rent up → more; the portfolio: capex up, discount rate up → less.
    const SensitivityTarget& tydal = siteNamed(r, "Tydal");
    CHECK(bar(tydal, SensitivityInput::ColocationRent).highIncrementalNpvUsd >
          bar(tydal, SensitivityInput::ColocationRent).lowIncrementalNpvUsd);
    CHECK(bar(tydal, SensitivityInput::GpuHourPrice).incrementalNpvSwingUsd() == 0.0);  // tenant's GPUs
    for (const SensitivityInput capex : {SensitivityInput::CapexElectrical, SensitivityInput::CapexCooling,
                                         SensitivityInput::CapexFacility, SensitivityInput::CapexGpuFitOut})
        CHECK(bar(r.portfolio, capex).highIncrementalNpvUsd < bar(r.portfolio, capex).lowIncrementalNpvUsd);
    // Hashprice up: keeping the miners is worth more, so converting gains less.
    CHECK(bar(r.portfolio, SensitivityInput::Hashprice).highIncrementalNpvUsd <
          bar(r.portfolio, SensitivityInput::Hashprice).lowIncrementalNpvUsd);
    // Longer lead times never bring RFS forward, and at +20 % they delay some site.
    bool someLater = false;
    for (const SensitivityTarget& t : r.sites) {
        const SensitivityBar& b = bar(t, SensitivityInput::LongLeadDurations);
        CHECK(b.highFirstRfsMonthIndex >= b.lowFirstRfsMonthIndex);
        CHECK(b.lowFirstRfsMonthIndex <= t.baseFirstRfsMonthIndex);
        someLater |= b.highFirstRfsMonthIndex > t.baseFirstRfsMonthIndex;
        // Prices do not move the schedule.
        CHECK(bar(t, SensitivityInput::PowerPrice).firstRfsSwingMonths() == 0);
    }
    CHECK(someLater);
}

TEST_CASE("sensitivity: sorted by swing, spider centred on the base", "[risk][sensitivity]") {
    const Portfolio sample = samplePortfolio();
    const SensitivityResult r = runSensitivity(sample, 10.0, 4);
    REQUIRE(r.ok);
    REQUIRE(r.spiderPct == std::vector<double>{-10.0, -5.0, 0.0, 5.0, 10.0});
    for (const SensitivityTarget* t : {&r.portfolio, &r.sites[0], &r.sites[3]}) {
        REQUIRE(t->byIncrementalNpv.size() == kSensitivityInputCount);
        for (std::size_t k = 1; k < t->byIncrementalNpv.size(); ++k)
            CHECK(t->byIncrementalNpv[k - 1].incrementalNpvSwingUsd() >=
                  t->byIncrementalNpv[k].incrementalNpvSwingUsd());
        for (std::size_t k = 1; k < t->byFirstRfs.size(); ++k)
            CHECK(t->byFirstRfs[k - 1].firstRfsSwingMonths() >= t->byFirstRfs[k].firstRfsSwingMonths());
        REQUIRE(t->spider.size() == 4);
        CHECK(t->spider[0].input == t->byIncrementalNpv[0].input);
        for (const SpiderSeries& s : t->spider) {
            REQUIRE(s.incrementalNpvUsd.size() == 5);
            CHECK(s.incrementalNpvUsd[2] == t->baseIncrementalNpvUsd);
        }
    }
    std::ostringstream a, b;
    writeSensitivityJson(a, sample, r);
    writeSensitivityJson(b, sample, runSensitivity(sample, 10.0, 4));
    CHECK(a.str() == b.str());
    CHECK(a.str().find("\"tornadoIncrementalNpv\"") != std::string::npos);
}

TEST_CASE("sensitivity: a percentage out of range is refused naming the field", "[risk][sensitivity]") {
    for (const double pct : {0.0, -5.0, 95.0}) {
        const SensitivityResult r = runSensitivity(samplePortfolio(), pct);
        CHECK_FALSE(r.ok);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems.front().path == "sensitivity.pct");
    }
}
