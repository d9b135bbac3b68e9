// The built-in catalogue: parsed strictly from resources/catalogue/*.json, sourced figures from
// domain.md §3 and §6.
#include <catch2/catch.hpp>
#include <set>

#include "catalogue/Catalogue.h"

using namespace m2ai;

TEST_CASE("catalogue: parsed once, every item sourced", "[catalogue]") {
    const Catalogue& c = defaultCatalogue();
    CHECK(&c == &defaultCatalogue());  // function-local static, not re-parsed
    CHECK(c.gpuPlatforms.size() == 5);
    CHECK(c.asicModels.size() >= 8);
    CHECK(c.coolingTechnologies.size() == 4);
    CHECK(c.countries.size() == 5);
    for (const auto& g : c.gpuPlatforms) CHECK_FALSE(g.source.empty());
    for (const auto& a : c.asicModels) CHECK_FALSE(a.source.empty());
    for (const auto& k : c.coolingTechnologies) CHECK_FALSE(k.source.empty());
    for (const auto& k : c.countries) CHECK_FALSE(k.source.empty());
}

TEST_CASE("catalogue: GPU platforms match domain.md 3.1", "[catalogue]") {
    const Catalogue& c = defaultCatalogue();
    const GpuPlatform* h100 = c.gpu("hgx-h100");
    REQUIRE(h100);
    CHECK(h100->kwPerRack == Approx(4 * 10.2));  // 4 × DGX H100 at 10.2 kW = 40.8 kW
    CHECK(h100->gpusPerRack == 4 * 8);
    CHECK_FALSE(h100->liquidRequired);
    const GpuPlatform* b200 = c.gpu("hgx-b200");
    REQUIRE(b200);
    CHECK(b200->kwPerRack == Approx(4 * 14.3));  // 57.2 kW
    CHECK(b200->gpusPerRack == 32);
    const GpuPlatform* gb200 = c.gpu("gb200-nvl72");
    REQUIRE(gb200);
    CHECK(gb200->kwPerRack == Approx(120.0));
    CHECK(gb200->gpusPerRack == 72);
    CHECK(gb200->liquidRequired);
    CHECK(gb200->priceUsdPerGpu == Approx(3.0e6 / 72).epsilon(0.001));  // ~$3M per rack
    const GpuPlatform* gb300 = c.gpu("gb300-nvl72");
    REQUIRE(gb300);
    CHECK(gb300->kwPerRack == Approx(135.0));  // 120 + ~14 kW, midpoint of 130–140
    CHECK(gb300->gpusPerRack == 72);
    CHECK(gb300->liquidRequired);
    CHECK(gb300->source.find("estimate") != std::string::npos);
    CHECK(c.gpu("custom") != nullptr);
    CHECK(c.gpu("hgx-a100") == nullptr);
    CHECK(c.gpu("") == nullptr);
}

TEST_CASE("catalogue: ASICs match domain.md 3.2", "[catalogue]") {
    const Catalogue& c = defaultCatalogue();
    const AsicModel* xp = c.asic("s19-xp");
    REQUIRE(xp);
    CHECK(xp->name == "Antminer S19 XP");  // the MiningFleet default model name
    CHECK(xp->kwPerUnit == Approx(3.01));
    CHECK(xp->thPerSecondPerUnit == Approx(140.0));
    CHECK(1000.0 * xp->kwPerUnit / xp->thPerSecondPerUnit ==
          Approx(21.5).epsilon(0.001));  // 3010 W / 140 TH = 21.5 J/TH
    const AsicModel* hydro = c.asic("s21-hydro");
    REQUIRE(hydro);
    CHECK(hydro->hydro);
    CHECK(1000.0 * hydro->kwPerUnit / hydro->thPerSecondPerUnit == Approx(16.0).epsilon(0.001));  // 5360/335
    for (const char* id : {"s19", "s19-pro", "s19j-pro", "s21", "s21-xp", "m60"}) {
        const AsicModel* a = c.asic(id);
        REQUIRE(a);
        CHECK_FALSE(a->hydro);
        // Every listed generation lies between 12 and 35 J/TH (domain.md 3.2 table).
        const double jPerTh = 1000.0 * a->kwPerUnit / a->thPerSecondPerUnit;
        CHECK(jPerTh >= 12.0);
        CHECK(jPerTh <= 35.0);
    }
    CHECK(c.asic("s9") == nullptr);
}

TEST_CASE("catalogue: cooling technologies in enum order", "[catalogue]") {
    const Catalogue& c = defaultCatalogue();
    for (const auto& [tech, name] : EnumNames<CoolingTech>::names) {
        const CoolingTechnology& k = c.cooling(tech);
        CHECK(k.tech == tech);
        CHECK(k.maxFraction >= k.baseFraction);
        CHECK(k.maxRackKw > 0.0);
    }
    // Liquid-cooled platforms need a technology that can cool their racks.
    CHECK(c.cooling(CoolingTech::DirectToChip).maxRackKw >= c.gpu("gb300-nvl72")->kwPerRack);
}

TEST_CASE("catalogue: country presets match domain.md 6", "[catalogue]") {
    const Catalogue& c = defaultCatalogue();
    std::set<std::string> ids;
    for (const auto& k : c.countries) {
        ids.insert(k.id);
        for (std::size_t m = 0; m < 12; ++m) CHECK(k.wetBulbC[m] <= k.dryBulbC[m]);
    }
    CHECK(ids == std::set<std::string>{"Norway", "Bhutan", "Ethiopia", "United States", "Canada"});
    const CountryPreset* us = c.country("United States");
    REQUIRE(us);
    CHECK(us->gridCarbonGPerKwh == 347.0);  // ERCOT 2022 mean
    CHECK(us->dryBulbC[6] == 28.9);         // Austin Mueller July
    CHECK(us->wetBulbC[6] == 23.6);
    CHECK(us->energySource == EnergySource::GridMix);
    const CountryPreset* et = c.country("Ethiopia");
    REQUIRE(et);
    CHECK(et->powerPriceUsdPerMwh == 40.0);  // 4.00 ¢/kWh baseline from 1 Dec 2025
    CHECK(et->energySource == EnergySource::Hydro);
    const CountryPreset* no = c.country("Norway");
    REQUIRE(no);
    CHECK(no->gridCarbonGPerKwh == 30.0);
    CHECK(no->dryBulbC[0] == -9.5);  // Røros January
    // Derived wet-bulbs say so in their source.
    CHECK(no->source.find("DERIVED") != std::string::npos);
    CHECK(c.country("Canada")->dryBulbC[0] == -7.3);  // Calgary CWEC2016 .stat January
    CHECK(c.country("Narnia") == nullptr);
}
