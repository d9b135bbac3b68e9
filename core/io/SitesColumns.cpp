// The sites spreadsheet's columns (docs/file-format.md "Sites spreadsheet"): one entry per Site field
// an analyst fills, with its cell kind, parser and printer. Order = template order.
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#include "io/SitesTableInternal.h"
#include "validation/Validation.h"

namespace m2ai::sitestable {

std::string trimmed(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

std::string numberText(double value) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::optional<double> parseNumber(std::string_view text, bool decimalComma) {
    std::string s(text);
    if (decimalComma)
        for (char& c : s)
            if (c == ',') c = '.';
    if (!s.empty() && s.front() == '+') s.erase(0, 1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

CoreMessage tooManyRows() {
    return coreMessage(M2AI_TR("SitesImport", "too many rows: at most %1 sites per sheet"),
                       {std::to_string(kSitesTableMaxRows)});
}

CoreMessage fileTooLarge() {
    return coreMessage(M2AI_TR("SitesImport", "the file is larger than 16 MiB"));
}

CoreMessage tooManyColumns(int row) {
    return coreMessage(M2AI_TR("SitesImport", "more than %1 columns in row %2"),
                       {std::to_string(kSitesTableMaxColumns), std::to_string(row)});
}

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

CoreMessage notANumber(std::string_view cell, bool decimalComma) {
    return decimalComma
               ? coreMessage(M2AI_TR("SitesImport", "must be a number (decimal comma or point), got %1"),
                             {quoted(cell)})
               : coreMessage(M2AI_TR("SitesImport", "must be a number, got %1"), {quoted(cell)});
}

// ref is a generic lambda returning a reference to the field, so one accessor serves get and set.
template <typename Ref>
Column number(std::string header, std::string path, std::string help, Ref ref, bool preset = false) {
    Column c{std::move(header), std::move(path), std::move(help), CellKind::Number, preset, {}, {}};
    c.get = [ref](const Site& s) { return numberText(ref(s)); };
    c.set = [ref](Site& s, std::string_view cell, bool comma) -> std::optional<CoreMessage> {
        const auto v = parseNumber(cell, comma);
        if (!v) return notANumber(cell, comma);
        ref(s) = *v;
        return std::nullopt;
    };
    return c;
}

std::optional<int> parseInteger(std::string_view cell, bool comma) {
    const auto v = parseNumber(cell, comma);
    if (!v || std::floor(*v) != *v || *v < std::numeric_limits<int>::min() ||
        *v > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*v);
}

template <typename Ref>
Column integer(std::string header, std::string path, std::string help, Ref ref) {
    Column c{std::move(header), std::move(path), std::move(help), CellKind::Integer, false, {}, {}};
    c.get = [ref](const Site& s) { return std::to_string(ref(s)); };
    c.set = [ref](Site& s, std::string_view cell, bool comma) -> std::optional<CoreMessage> {
        const auto v = parseInteger(cell, comma);
        if (!v) return coreMessage(M2AI_TR("SitesImport", "must be a whole number, got %1"), {quoted(cell)});
        ref(s) = *v;
        return std::nullopt;
    };
    return c;
}

template <typename Ref>
Column text(std::string header, std::string path, std::string help, Ref ref) {
    Column c{std::move(header), std::move(path), std::move(help), CellKind::Text, false, {}, {}};
    c.get = [ref](const Site& s) { return ref(s); };
    c.set = [ref](Site& s, std::string_view cell, bool) -> std::optional<CoreMessage> {
        ref(s) = std::string(cell);
        return std::nullopt;
    };
    return c;
}

template <typename Ref>
Column flag(std::string header, std::string path, std::string help, Ref ref) {
    Column c{std::move(header), std::move(path), std::move(help), CellKind::Flag, false, {}, {}};
    c.get = [ref](const Site& s) { return std::string(ref(s) ? "yes" : "no"); };
    c.set = [ref](Site& s, std::string_view cell, bool) -> std::optional<CoreMessage> {
        const std::string v = lower(cell);
        if (v == "yes" || v == "y" || v == "true" || v == "1")
            ref(s) = true;
        else if (v == "no" || v == "n" || v == "false" || v == "0")
            ref(s) = false;
        else
            return coreMessage(M2AI_TR("SitesImport", "must be yes or no, got %1"), {quoted(cell)});
        return std::nullopt;
    };
    return c;
}

template <typename E, typename Ref>
Column choice(std::string header, std::string path, std::string help, Ref ref, bool preset = false) {
    Column c{std::move(header),
             std::move(path),
             std::move(help) + " (" + allowedNames<E>() + ")",
             CellKind::Choice,
             preset,
             {},
             {}};
    c.get = [ref](const Site& s) { return toName(ref(s)); };
    c.set = [ref](Site& s, std::string_view cell, bool) -> std::optional<CoreMessage> {
        // Names are matched ignoring case: "Hydro" typed in a spreadsheet means hydro.
        for (const auto& [e, name] : EnumNames<E>::names)
            if (lower(name) == lower(cell)) {
                ref(s) = e;
                return std::nullopt;
            }
        return coreMessage(M2AI_TR("SitesImport", "must be one of %1, got %2"),
                           {allowedNames<E>(), quoted(cell)});
    };
    return c;
}

// A month cell: "YYYY-MM" text, or a spreadsheet date (a day serial counted from 1899-12-30, which
// is what Calc and Excel store when the user types a date into the cell).
std::optional<YearMonth> parseMonth(std::string_view cell) {
    if (auto ym = YearMonth::parse(std::string(cell))) return ym;
    const auto serial = parseNumber(cell, false);
    if (!serial || *serial < 1.0 || *serial > 2958465.0) return std::nullopt;  // 9999-12-31
    // Days from 1970-01-01, then H. Hinnant's civil_from_days.
    const long long z = static_cast<long long>(std::floor(*serial)) - 25569 + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return YearMonth{year, month};
}

Column queueMw() {
    Column c{"Queued extra grid (MW)",
             "gridQueue.extraMw",
             "extra interconnect requested but not yet received; blank = no queue (fill both queue cells)",
             CellKind::Number,
             false,
             {},
             {}};
    c.get = [](const Site& s) { return s.gridQueue ? numberText(s.gridQueue->extraMw) : std::string(); };
    c.set = [](Site& s, std::string_view cell, bool comma) -> std::optional<CoreMessage> {
        const auto v = parseNumber(cell, comma);
        if (!v) return notANumber(cell, comma);
        if (!s.gridQueue) s.gridQueue = GridQueue{};
        s.gridQueue->extraMw = *v;
        return std::nullopt;
    };
    return c;
}

Column queueMonth() {
    Column c{"Queued grid available (YYYY-MM)",
             "gridQueue.availableMonth",
             "month the queued interconnect arrives; blank = no queue",
             CellKind::Month,
             false,
             {},
             {}};
    c.get = [](const Site& s) {
        return s.gridQueue ? s.gridQueue->availableMonth.toString() : std::string();
    };
    c.set = [](Site& s, std::string_view cell, bool) -> std::optional<CoreMessage> {
        const auto ym = parseMonth(cell);
        if (!ym)
            return coreMessage(
                M2AI_TR("SitesImport", "must be a month written YYYY-MM (e.g. 2028-06) or a date, got %1"),
                {quoted(cell)});
        if (!s.gridQueue) s.gridQueue = GridQueue{};
        s.gridQueue->availableMonth = *ym;
        return std::nullopt;
    };
    return c;
}

Column deliveryMonth() {
    Column c{"GPU delivery month index",
             "plan.gpuDeliveryMonthIndex",
             "months from the portfolio start; blank = when GPU procurement ends",
             CellKind::OptionalInteger,
             false,
             {},
             {}};
    c.get = [](const Site& s) {
        return s.plan.gpuDeliveryMonthIndex ? std::to_string(*s.plan.gpuDeliveryMonthIndex) : std::string();
    };
    c.set = [](Site& s, std::string_view cell, bool comma) -> std::optional<CoreMessage> {
        const auto v = parseInteger(cell, comma);
        if (!v)
            return coreMessage(M2AI_TR("SitesImport", "must be a whole number of months, got %1"),
                               {quoted(cell)});
        s.plan.gpuDeliveryMonthIndex = *v;
        return std::nullopt;
    };
    return c;
}

// "id|name|months|dep dep; id|name|months|dep|before": the plan's extra schedule tasks in one cell;
// the fifth part (the tasks it must finish before, UserTask::precedes) only when there are any.
Column extraTasks() {
    Column c{"Extra tasks",
             "plan.extraTasks",
             "schedule tasks you add: id|name|months|dependencies|must finish before (ids separated by "
             "spaces; the last part optional), tasks separated by ;",
             CellKind::Text,
             false,
             {},
             {}};
    c.get = [](const Site& s) {
        std::string out;
        for (const UserTask& t : s.plan.extraTasks) {
            if (!out.empty()) out += "; ";
            out += t.id + "|" + t.name + "|" + numberText(t.durationMonths) + "|";
            for (std::size_t i = 0; i < t.dependsOn.size(); ++i) out += (i ? " " : "") + t.dependsOn[i];
            if (!t.precedes.empty()) out += "|";
            for (std::size_t i = 0; i < t.precedes.size(); ++i) out += (i ? " " : "") + t.precedes[i];
        }
        return out;
    };
    c.set = [](Site& s, std::string_view cell, bool comma) -> std::optional<CoreMessage> {
        std::vector<UserTask> tasks;
        std::size_t start = 0;
        while (start <= cell.size()) {
            std::size_t end = cell.find(';', start);
            if (end == std::string_view::npos) end = cell.size();
            const std::string item = trimmed(cell.substr(start, end - start));
            start = end + 1;
            if (item.empty()) continue;
            std::vector<std::string> parts;
            std::size_t from = 0;
            for (std::size_t bar; (bar = item.find('|', from)) != std::string::npos; from = bar + 1)
                parts.push_back(trimmed(std::string_view(item).substr(from, bar - from)));
            parts.push_back(trimmed(std::string_view(item).substr(from)));
            if (parts.size() < 3 || parts.size() > 5)
                return coreMessage(M2AI_TR("SitesImport",
                                           "task %1 must be written id|name|months|dependencies|must "
                                           "finish before, got %2"),
                                   {std::to_string(tasks.size() + 1), quoted(item)});
            UserTask t;
            t.id = parts[0];
            t.name = parts[1];
            const auto months = parseNumber(parts[2], comma);
            if (!months)
                return coreMessage(M2AI_TR("SitesImport", "task %1: months must be a number, got %2"),
                                   {quoted(t.id), quoted(parts[2])});
            t.durationMonths = *months;
            for (std::size_t part = 3; part < parts.size(); ++part) {
                std::vector<std::string>& ids = part == 3 ? t.dependsOn : t.precedes;
                std::string id;
                for (char ch : parts[part] + " ") {
                    if (ch == ' ' || ch == ',') {
                        if (!id.empty()) ids.push_back(id);
                        id.clear();
                    } else {
                        id += ch;
                    }
                }
            }
            tasks.push_back(std::move(t));
        }
        s.plan.extraTasks = std::move(tasks);
        return std::nullopt;
    };
    return c;
}

std::vector<Column> makeColumns() {
    std::vector<Column> c;
    c.push_back(text(
        "Name", "name", "site name, unique in the portfolio (required)",
        [](auto& s) -> auto& { return s.name; }));
    c.push_back(text(
        "Country", "country",
        "free text; a country preset id (e.g. Norway) fills the blank location, energy and "
        "climate cells",
        [](auto& s) -> auto& { return s.country; }));
    c.push_back(number(
        "Latitude (deg)", "latitudeDeg", "north positive", [](auto& s) -> auto& { return s.latitudeDeg; },
        true));
    c.push_back(number(
        "Longitude (deg)", "longitudeDeg", "east positive", [](auto& s) -> auto& { return s.longitudeDeg; },
        true));
    c.push_back(number(
        "Grid interconnect (MW)", "gridInterconnectMw", "available today",
        [](auto& s) -> auto& { return s.gridInterconnectMw; }));
    c.push_back(queueMw());
    c.push_back(queueMonth());
    c.push_back(choice<EnergySource>(
        "Energy source", "energySource", "main supply", [](auto& s) -> auto& { return s.energySource; },
        true));
    c.push_back(number(
        "Power price (USD/MWh)", "powerPriceUsdPerMwh", "all-in price today",
        [](auto& s) -> auto& { return s.powerPriceUsdPerMwh; }, true));
    c.push_back(number(
        "Power price escalation (%/yr)", "powerPriceEscalationPctPerYear", "per year",
        [](auto& s) -> auto& { return s.powerPriceEscalationPctPerYear; }));
    c.push_back(number(
        "Grid carbon (g/kWh)", "gridCarbonGPerKwh", "CO2 per kWh drawn",
        [](auto& s) -> auto& { return s.gridCarbonGPerKwh; }, true));
    c.push_back(text(
        "ASIC model", "mining.asicModel", "the fleet installed today",
        [](auto& s) -> auto& { return s.mining.asicModel; }));
    c.push_back(integer(
        "ASIC units", "mining.units", "machines installed", [](auto& s) -> auto& { return s.mining.units; }));
    c.push_back(number(
        "ASIC power (kW/unit)", "mining.kwPerUnit", "wall power per machine",
        [](auto& s) -> auto& { return s.mining.kwPerUnit; }));
    c.push_back(number(
        "ASIC hashrate (TH/s/unit)", "mining.thPerSecondPerUnit", "per machine",
        [](auto& s) -> auto& { return s.mining.thPerSecondPerUnit; }));
    c.push_back(number(
        "Mining PUE", "mining.miningPue", "facility ÷ ASIC power",
        [](auto& s) -> auto& { return s.mining.miningPue; }));
    c.push_back(number(
        "Hashprice (USD/PH/day)", "mining.hashpriceUsdPerPhDay", "today",
        [](auto& s) -> auto& { return s.mining.hashpriceUsdPerPhDay; }));
    c.push_back(number(
        "Hashprice change (%/yr)", "mining.hashpriceChangePctPerYear", "per year",
        [](auto& s) -> auto& { return s.mining.hashpriceChangePctPerYear; }));
    c.push_back(number(
        "Mining uptime (%)", "mining.uptimePct", "share of hours hashing",
        [](auto& s) -> auto& { return s.mining.uptimePct; }));
    c.push_back(number(
        "Converted share (%)", "plan.convertedSharePct", "of the grid; the rest keeps mining",
        [](auto& s) -> auto& { return s.plan.convertedSharePct; }));
    c.push_back(choice<ScheduleMode>(
        "Schedule mode", "plan.scheduleMode", "how the steps overlap",
        [](auto& s) -> auto& { return s.plan.scheduleMode; }));
    c.push_back(choice<BusinessModel>(
        "Business model", "plan.business.model", "how the hall earns",
        [](auto& s) -> auto& { return s.plan.business.model; }));
    c.push_back(number(
        "Colocation rent (USD/kW/month)", "plan.business.colocationUsdPerKwMonth", "per kW of IT",
        [](auto& s) -> auto& { return s.plan.business.colocationUsdPerKwMonth; }));
    c.push_back(number(
        "GPU rental (USD/GPU-hour)", "plan.business.gpuUsdPerHour", "GPU cloud price",
        [](auto& s) -> auto& { return s.plan.business.gpuUsdPerHour; }));
    c.push_back(number(
        "GPU utilisation (%)", "plan.business.gpuUtilisationPct", "share of GPU-hours sold",
        [](auto& s) -> auto& { return s.plan.business.gpuUtilisationPct; }));
    c.push_back(number(
        "GPU price decline (%/yr)", "plan.business.gpuPriceDeclinePctPerYear", "per year",
        [](auto& s) -> auto& { return s.plan.business.gpuPriceDeclinePctPerYear; }));
    c.push_back(flag(
        "Power pass-through", "plan.business.powerPassThrough",
        "yes = the colocation tenant pays the electricity",
        [](auto& s) -> auto& { return s.plan.business.powerPassThrough; }));
    c.push_back(flag(
        "GPU step", "plan.gpu.enabled", "step 1: install GPU servers",
        [](auto& s) -> auto& { return s.plan.gpu.enabled; }));
    c.push_back(text(
        "GPU platform", "plan.gpu.platformId", "catalogue id (e.g. hgx-b200) or custom",
        [](auto& s) -> auto& { return s.plan.gpu.platformId; }));
    c.push_back(number(
        "Rack power (kW)", "plan.gpu.kwPerRack", "IT per rack",
        [](auto& s) -> auto& { return s.plan.gpu.kwPerRack; }));
    c.push_back(integer(
        "GPUs per rack", "plan.gpu.gpusPerRack", "",
        [](auto& s) -> auto& { return s.plan.gpu.gpusPerRack; }));
    c.push_back(number(
        "GPU price (USD/GPU)", "plan.gpu.priceUsdPerGpu", "purchase price",
        [](auto& s) -> auto& { return s.plan.gpu.priceUsdPerGpu; }));
    c.push_back(flag(
        "Electrical step", "plan.electrical.enabled", "step 2: rebuild the electrical chain",
        [](auto& s) -> auto& { return s.plan.electrical.enabled; }));
    c.push_back(choice<Redundancy>(
        "Redundancy", "plan.electrical.redundancy", "topology",
        [](auto& s) -> auto& { return s.plan.electrical.redundancy; }));
    c.push_back(number(
        "Block size (MW)", "plan.electrical.blockSizeMw", "one UPS/generator block",
        [](auto& s) -> auto& { return s.plan.electrical.blockSizeMw; }));
    c.push_back(integer(
        "Installed blocks", "plan.electrical.installedBlocks", "",
        [](auto& s) -> auto& { return s.plan.electrical.installedBlocks; }));
    c.push_back(flag(
        "Cooling step", "plan.cooling.enabled", "step 3: new cooling",
        [](auto& s) -> auto& { return s.plan.cooling.enabled; }));
    c.push_back(choice<CoolingTech>(
        "Cooling technology", "plan.cooling.technology", "",
        [](auto& s) -> auto& { return s.plan.cooling.technology; }));
    c.push_back(flag(
        "Facility step", "plan.facility.enabled", "step 4: make the hall auditable",
        [](auto& s) -> auto& { return s.plan.facility.enabled; }));
    c.push_back(flag(
        "Sealing and dust filtration", "plan.facility.sealingAndDustFiltration", "",
        [](auto& s) -> auto& { return s.plan.facility.sealingAndDustFiltration; }));
    c.push_back(flag(
        "Fire suppression", "plan.facility.fireSuppression", "",
        [](auto& s) -> auto& { return s.plan.facility.fireSuppression; }));
    c.push_back(flag(
        "Monitoring (BMS)", "plan.facility.monitoringBms", "",
        [](auto& s) -> auto& { return s.plan.facility.monitoringBms; }));
    c.push_back(choice<Certification>(
        "Certification", "plan.facility.certification", "",
        [](auto& s) -> auto& { return s.plan.facility.certification; }));
    c.push_back(integer(
        "Energisation phases", "plan.energisationPhases", "halls energised one after another",
        [](auto& s) -> auto& { return s.plan.energisationPhases; }));
    c.push_back(number(
        "Months between phases", "plan.monthsBetweenPhases", "",
        [](auto& s) -> auto& { return s.plan.monthsBetweenPhases; }));
    c.push_back(deliveryMonth());
    c.push_back(extraTasks());
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t m = 0; m < 12; ++m)
        c.push_back(number(
            std::string("Dry bulb ") + kMonths[m] + " (°C)", "climate.dryBulbC[" + std::to_string(m) + "]",
            "monthly mean", [m](auto& s) -> auto& { return s.climate.dryBulbC[m]; }, true));
    for (std::size_t m = 0; m < 12; ++m)
        c.push_back(number(
            std::string("Wet bulb ") + kMonths[m] + " (°C)", "climate.wetBulbC[" + std::to_string(m) + "]",
            "monthly mean, at most the dry bulb", [m](auto& s) -> auto& { return s.climate.wetBulbC[m]; },
            true));
    // Altitude thins the air the cooling fans move (docs/model.md "Altitude"); the country presets'
    // station elevations are proposals of the site editor, not data of the site, so blank is 0 m.
    c.push_back(number(
        "Elevation (m)", "siteClimate.elevationM", "above sea level; thinner air costs fan power",
        [](auto& s) -> auto& { return s.siteClimate.elevationM; }));
    return c;
}

}  // namespace

const std::vector<Column>& columns() {
    static const std::vector<Column> table = makeColumns();
    return table;
}

}  // namespace m2ai::sitestable
