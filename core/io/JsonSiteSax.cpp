#include "io/JsonSiteSax.h"

#include <climits>
#include <string_view>

#include "io/JsonIo.h"
#include "model/Enums.h"

namespace m2ai::jsonio {
namespace sitesax {
namespace {

// Each conversion accepts exactly what JsonPortfolioReader.cpp's ObjectReader accepts without a
// problem, and converts it the same way (nlohmann's get<double> of an integer is a static_cast).
bool number(const Scalar& v, double& out) {
    switch (v.type) {
        case Scalar::Type::Double:
            out = v.d;
            return true;
        case Scalar::Type::Signed:
            out = static_cast<double>(v.i);
            return true;
        case Scalar::Type::Unsigned:
            out = static_cast<double>(v.u);
            return true;
        default:
            return false;
    }
}
bool integer(const Scalar& v, int& out) {
    if (v.type == Scalar::Type::Signed && v.i >= INT_MIN && v.i <= INT_MAX) {
        out = static_cast<int>(v.i);
        return true;
    }
    if (v.type == Scalar::Type::Unsigned && v.u <= static_cast<std::uint64_t>(INT_MAX)) {
        out = static_cast<int>(v.u);
        return true;
    }
    return false;
}
bool boolean(const Scalar& v, bool& out) {
    if (v.type != Scalar::Type::Bool) return false;
    out = v.b;
    return true;
}
bool text(const Scalar& v, std::string& out) {
    if (v.type != Scalar::Type::String) return false;
    out = std::move(*v.s);
    return true;
}
template <typename E>
bool enumeration(const Scalar& v, E& out) {
    if (v.type != Scalar::Type::String) return false;
    const auto e = fromName<E>(*v.s);
    if (!e) return false;
    out = *e;
    return true;
}
bool month(const Scalar& v, YearMonth& out) {
    if (v.type != Scalar::Type::String) return false;
    const auto m = YearMonth::parse(*v.s);
    if (!m) return false;
    out = *m;
    return true;
}
bool appendText(const Scalar& v, std::vector<std::string>& out) {
    if (v.type != Scalar::Type::String) return false;
    out.push_back(std::move(*v.s));
    return true;
}
bool never(Site& /*s*/, std::size_t /*index*/, const Scalar& /*v*/) {
    return false;
}

}  // namespace

enum class Shape : std::uint8_t {
    Scalar,     // set() with the value
    Object,     // open() at its brace, then the keys of child
    Numbers12,  // an array of exactly 12 numbers, set() with each and its index
    Texts,      // an array of strings, set() with each
    Objects     // an array of objects of child, open() at each
};
using Setter = bool (*)(Site&, std::size_t index, const Scalar&);
using Opener = void (*)(Site&);

struct Field {
    std::string_view name;
    Shape shape;
    bool required;
    bool nullable;  // null is accepted and leaves the default
    Setter set;
    const Schema* child;
    Opener open;
};

struct Schema {
    const Field* fields;
    std::size_t size;
    std::uint32_t required;  // a bit for each required field
};

namespace {

constexpr bool kRequired = true;
constexpr bool kOptional = false;
constexpr bool kNullable = true;
constexpr bool kNotNull = false;

template <std::size_t N>
constexpr Schema schema(const Field (&fields)[N]) {
    static_assert(N <= 32, "one bit per key");
    std::uint32_t required = 0;
    for (std::size_t i = 0; i < N; ++i)
        if (fields[i].required) required |= std::uint32_t{1} << i;
    return {fields, N, required};
}

constexpr Field kGridQueueFields[] = {
    {"extraMw", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.gridQueue->extraMw); }, nullptr, nullptr},
    {"availableMonth", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return month(v, s.gridQueue->availableMonth); }, nullptr,
     nullptr},
};
constexpr Schema kGridQueue = schema(kGridQueueFields);

constexpr Field kClimateFields[] = {
    {"dryBulbC", Shape::Numbers12, kRequired, kNotNull,
     [](Site& s, std::size_t i, const Scalar& v) { return number(v, s.climate.dryBulbC[i]); }, nullptr,
     nullptr},
    {"wetBulbC", Shape::Numbers12, kRequired, kNotNull,
     [](Site& s, std::size_t i, const Scalar& v) { return number(v, s.climate.wetBulbC[i]); }, nullptr,
     nullptr},
};
constexpr Schema kClimate = schema(kClimateFields);

constexpr Field kDesignFields[] = {
    {"dryBulbC", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.siteClimate.design->dryBulbC); }, nullptr,
     nullptr},
    {"wetBulbC", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.siteClimate.design->wetBulbC); }, nullptr,
     nullptr},
};
constexpr Schema kDesign = schema(kDesignFields);

constexpr Field kSiteClimateFields[] = {
    {"design", Shape::Object, kRequired, kNullable, never, &kDesign,
     [](Site& s) { s.siteClimate.design.emplace(); }},
    {"elevationM", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.siteClimate.elevationM); }, nullptr,
     nullptr},
    {"designPercentile", Shape::Scalar, kOptional, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.siteClimate.designPercentile); }, nullptr,
     nullptr},
};
constexpr Schema kSiteClimate = schema(kSiteClimateFields);

constexpr Field kMiningFields[] = {
    {"asicModel", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return text(v, s.mining.asicModel); }, nullptr, nullptr},
    {"units", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return integer(v, s.mining.units); }, nullptr, nullptr},
    {"kwPerUnit", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.mining.kwPerUnit); }, nullptr, nullptr},
    {"thPerSecondPerUnit", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.mining.thPerSecondPerUnit); }, nullptr,
     nullptr},
    {"miningPue", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.mining.miningPue); }, nullptr, nullptr},
    {"hashpriceUsdPerPhDay", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.mining.hashpriceUsdPerPhDay); }, nullptr,
     nullptr},
    {"hashpriceChangePctPerYear", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.mining.hashpriceChangePctPerYear); },
     nullptr, nullptr},
    {"uptimePct", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.mining.uptimePct); }, nullptr, nullptr},
};
constexpr Schema kMining = schema(kMiningFields);

constexpr Field kLeaseFields[] = {
    {"escalatorPctPerYear", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) {
         return number(v, s.plan.business.lease.escalatorPctPerYear);
     },
     nullptr, nullptr},
    {"leaseUpMonths", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.business.lease.leaseUpMonths); },
     nullptr, nullptr},
    {"termYears", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.business.lease.termYears); },
     nullptr, nullptr},
    {"afterTerm", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.plan.business.lease.afterTerm); },
     nullptr, nullptr},
    {"takeOrPayPct", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.business.lease.takeOrPayPct); },
     nullptr, nullptr},
};
constexpr Schema kLease = schema(kLeaseFields);

constexpr Field kBusinessFields[] = {
    {"model", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.plan.business.model); }, nullptr,
     nullptr},
    {"colocationUsdPerKwMonth", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.business.colocationUsdPerKwMonth); },
     nullptr, nullptr},
    {"gpuUsdPerHour", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.business.gpuUsdPerHour); }, nullptr,
     nullptr},
    {"gpuUtilisationPct", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.business.gpuUtilisationPct); },
     nullptr, nullptr},
    {"gpuPriceDeclinePctPerYear", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) {
         return number(v, s.plan.business.gpuPriceDeclinePctPerYear);
     },
     nullptr, nullptr},
    {"powerPassThrough", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.business.powerPassThrough); },
     nullptr, nullptr},
    {"lease", Shape::Object, kOptional, kNotNull, never, &kLease, nullptr},
};
constexpr Schema kBusiness = schema(kBusinessFields);

constexpr Field kGpuFields[] = {
    {"enabled", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.gpu.enabled); }, nullptr, nullptr},
    {"platformId", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return text(v, s.plan.gpu.platformId); }, nullptr, nullptr},
    {"kwPerRack", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.gpu.kwPerRack); }, nullptr, nullptr},
    {"gpusPerRack", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return integer(v, s.plan.gpu.gpusPerRack); }, nullptr,
     nullptr},
    {"priceUsdPerGpu", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.gpu.priceUsdPerGpu); }, nullptr,
     nullptr},
};
constexpr Schema kGpu = schema(kGpuFields);

constexpr Field kElectricalFields[] = {
    {"enabled", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.electrical.enabled); }, nullptr,
     nullptr},
    {"redundancy", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.plan.electrical.redundancy); },
     nullptr, nullptr},
    {"blockSizeMw", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.electrical.blockSizeMw); }, nullptr,
     nullptr},
    {"installedBlocks", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return integer(v, s.plan.electrical.installedBlocks); },
     nullptr, nullptr},
};
constexpr Schema kElectrical = schema(kElectricalFields);

constexpr Field kCoolingFields[] = {
    {"enabled", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.cooling.enabled); }, nullptr,
     nullptr},
    {"technology", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.plan.cooling.technology); }, nullptr,
     nullptr},
};
constexpr Schema kCooling = schema(kCoolingFields);

constexpr Field kFacilityFields[] = {
    {"enabled", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.facility.enabled); }, nullptr,
     nullptr},
    {"sealingAndDustFiltration", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) {
         return boolean(v, s.plan.facility.sealingAndDustFiltration);
     },
     nullptr, nullptr},
    {"fireSuppression", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.facility.fireSuppression); },
     nullptr, nullptr},
    {"monitoringBms", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return boolean(v, s.plan.facility.monitoringBms); }, nullptr,
     nullptr},
    {"certification", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.plan.facility.certification); },
     nullptr, nullptr},
};
constexpr Schema kFacility = schema(kFacilityFields);

UserTask& lastTask(Site& s) {
    return s.plan.extraTasks.back();
}

constexpr Field kTaskFields[] = {
    {"id", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return text(v, lastTask(s).id); }, nullptr, nullptr},
    {"name", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return text(v, lastTask(s).name); }, nullptr, nullptr},
    {"durationMonths", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, lastTask(s).durationMonths); }, nullptr,
     nullptr},
    {"dependsOn", Shape::Texts, kOptional, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return appendText(v, lastTask(s).dependsOn); }, nullptr,
     nullptr},
    {"precedes", Shape::Texts, kOptional, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return appendText(v, lastTask(s).precedes); }, nullptr,
     nullptr},
};
constexpr Schema kTask = schema(kTaskFields);

constexpr Field kPlanFields[] = {
    {"convertedSharePct", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.convertedSharePct); }, nullptr,
     nullptr},
    {"scheduleMode", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.plan.scheduleMode); }, nullptr,
     nullptr},
    {"business", Shape::Object, kRequired, kNotNull, never, &kBusiness, nullptr},
    {"gpu", Shape::Object, kRequired, kNotNull, never, &kGpu, nullptr},
    {"electrical", Shape::Object, kRequired, kNotNull, never, &kElectrical, nullptr},
    {"cooling", Shape::Object, kRequired, kNotNull, never, &kCooling, nullptr},
    {"facility", Shape::Object, kRequired, kNotNull, never, &kFacility, nullptr},
    {"energisationPhases", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return integer(v, s.plan.energisationPhases); }, nullptr,
     nullptr},
    {"monthsBetweenPhases", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.plan.monthsBetweenPhases); }, nullptr,
     nullptr},
    {"gpuDeliveryMonthIndex", Shape::Scalar, kOptional, kNullable,
     [](Site& s, std::size_t, const Scalar& v) {
         int index = 0;
         if (!integer(v, index)) return false;
         s.plan.gpuDeliveryMonthIndex = index;
         return true;
     },
     nullptr, nullptr},
    {"extraTasks", Shape::Objects, kOptional, kNotNull, never, &kTask,
     [](Site& s) { s.plan.extraTasks.emplace_back(); }},
};
constexpr Schema kPlan = schema(kPlanFields);

constexpr Field kSiteFields[] = {
    {"name", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return text(v, s.name); }, nullptr, nullptr},
    {"country", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return text(v, s.country); }, nullptr, nullptr},
    {"latitudeDeg", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.latitudeDeg); }, nullptr, nullptr},
    {"longitudeDeg", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.longitudeDeg); }, nullptr, nullptr},
    {"gridInterconnectMw", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.gridInterconnectMw); }, nullptr, nullptr},
    {"gridQueue", Shape::Object, kOptional, kNullable, never, &kGridQueue,
     [](Site& s) { s.gridQueue.emplace(); }},
    {"energySource", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return enumeration(v, s.energySource); }, nullptr, nullptr},
    {"powerPriceUsdPerMwh", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.powerPriceUsdPerMwh); }, nullptr,
     nullptr},
    {"powerPriceEscalationPctPerYear", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.powerPriceEscalationPctPerYear); },
     nullptr, nullptr},
    {"gridCarbonGPerKwh", Shape::Scalar, kRequired, kNotNull,
     [](Site& s, std::size_t, const Scalar& v) { return number(v, s.gridCarbonGPerKwh); }, nullptr, nullptr},
    {"climate", Shape::Object, kRequired, kNotNull, never, &kClimate, nullptr},
    {"siteClimate", Shape::Object, kOptional, kNotNull, never, &kSiteClimate, nullptr},
    // Only null here: an hourly climate (base64 series, their lengths and decoding) is left to readSite.
    {"hourlyClimate", Shape::Scalar, kOptional, kNullable, never, nullptr, nullptr},
    {"mining", Shape::Object, kRequired, kNotNull, never, &kMining, nullptr},
    {"plan", Shape::Object, kRequired, kNotNull, never, &kPlan, nullptr},
};
constexpr Schema kSite = schema(kSiteFields);

}  // namespace
}  // namespace sitesax

using sitesax::Scalar;
using sitesax::Shape;

void SiteSaxReader::begin() {
    site_ = Site{};
    frames_.clear();
    frames_.push_back({nullptr, &sitesax::kSite, 0, 0, nullptr});
    values_ = 1;  // the element itself
}

SiteSaxReader::Step SiteSaxReader::value() {
    // The tree builder refuses a site of more values; leave the message to it.
    return ++values_ > kMaxJsonValuesPerSite ? Step::Bail : Step::More;
}

SiteSaxReader::Step SiteSaxReader::key(std::string& k) {
    Frame& top = frames_.back();
    const sitesax::Schema& schema = *top.schema;
    // This app writes the keys in schema order, so the search starts after the key before: one
    // comparison per key instead of half the schema. Any other order is found too (wrapping).
    const std::size_t after = top.pending ? static_cast<std::size_t>(top.pending - schema.fields) + 1 : 0;
    for (std::size_t n = 0; n < schema.size; ++n) {
        const std::size_t i = (after + n) % schema.size;
        if (schema.fields[i].name != k) continue;
        const std::uint32_t bit = std::uint32_t{1} << i;
        if (top.seen & bit) return Step::Bail;  // a repeated key: the tree builder refuses it
        top.seen |= bit;
        top.pending = &schema.fields[i];
        return Step::More;
    }
    return Step::Bail;  // unknown
}

SiteSaxReader::Step SiteSaxReader::scalar(const Scalar& v) {
    if (value() == Step::Bail) return Step::Bail;
    Frame& top = frames_.back();
    if (top.schema) {
        const sitesax::Field& f = *top.pending;
        if (v.type == Scalar::Type::Null && f.nullable) return Step::More;
        return f.shape == Shape::Scalar && f.set(site_, 0, v) ? Step::More : Step::Bail;
    }
    const sitesax::Field& f = *top.field;
    if (f.shape == Shape::Numbers12 && top.count >= 12) return Step::Bail;
    if (f.shape != Shape::Numbers12 && f.shape != Shape::Texts) return Step::Bail;
    return f.set(site_, top.count++, v) ? Step::More : Step::Bail;
}

SiteSaxReader::Step SiteSaxReader::startObject() {
    if (value() == Step::Bail) return Step::Bail;
    Frame& top = frames_.back();
    const sitesax::Field* f = nullptr;
    if (top.schema) {
        f = top.pending;
        if (f->shape != Shape::Object) return Step::Bail;
    } else {
        f = top.field;
        if (f->shape != Shape::Objects) return Step::Bail;
        ++top.count;
    }
    if (f->open) f->open(site_);
    frames_.push_back({f, f->child, 0, 0, nullptr});  // invalidates top
    return Step::More;
}

SiteSaxReader::Step SiteSaxReader::startArray() {
    if (value() == Step::Bail) return Step::Bail;
    const Frame& top = frames_.back();
    if (!top.schema) return Step::Bail;  // no array of arrays in a site
    const sitesax::Field* f = top.pending;
    if (f->shape != Shape::Numbers12 && f->shape != Shape::Texts && f->shape != Shape::Objects)
        return Step::Bail;
    frames_.push_back({f, nullptr, 0, 0, nullptr});
    return Step::More;
}

SiteSaxReader::Step SiteSaxReader::endObject() {
    const Frame& top = frames_.back();
    if ((top.seen & top.schema->required) != top.schema->required) return Step::Bail;  // a key is missing
    frames_.pop_back();
    return frames_.empty() ? Step::Done : Step::More;
}

SiteSaxReader::Step SiteSaxReader::endArray() {
    const Frame& top = frames_.back();
    if (top.field->shape == Shape::Numbers12 && top.count != 12) return Step::Bail;
    frames_.pop_back();
    return Step::More;
}

}  // namespace m2ai::jsonio
