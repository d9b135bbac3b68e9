#include "TextReport.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ProblemLines.h"
#include "engines/Feasibility.h"
#include "validation/Currency.h"

namespace {

// 1234567.8 → "1,234,568" (decimals = 0) or "1,234,567.8" (decimals = 1).
std::string grouped(double value, int decimals = 0) {
    if (!std::isfinite(value)) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    std::string digits(buf);
    const auto dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    const std::string frac = dot == std::string::npos ? "" : digits.substr(dot);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<size_t>(i), ",");
    const bool negative = value < 0 && std::stod(buf) != 0.0;
    std::string out = negative ? "-" : "";
    out.append(whole).append(frac);
    return out;
}

std::string fixed(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string millions(double usd) {
    return grouped(usd / 1e6, 1);
}

struct Column {
    const char* title;
    bool leftAligned;
};

void printRow(std::ostream& out, const std::vector<std::string>& cells, const std::vector<size_t>& widths,
              const std::vector<Column>& columns) {
    for (size_t i = 0; i < cells.size(); ++i) {
        // UTF-8 names: pad by code points, not bytes, so columns stay aligned.
        size_t codePoints = 0;
        for (unsigned char c : cells[i]) codePoints += (c & 0xC0) != 0x80;
        const std::string padding(widths[i] > codePoints ? widths[i] - codePoints : 0, ' ');
        if (i) out << "  ";
        if (columns[i].leftAligned)
            out << cells[i] << padding;
        else
            out << padding << cells[i];
    }
    out << '\n';
}

}  // namespace

void printPortfolioTable(std::ostream& out, const m2ai::Portfolio& portfolio,
                         const m2ai::PortfolioResult& result) {
    const std::vector<Column> columns{
        {"Site", true}, {"Country", true}, {"Grid MW", false},  {"IT MW", false},  {"GPUs", false},
        {"PUE", false}, {"RFS", true},     {"Capex $M", false}, {"NPV $M", false}, {"vs mining $M", false}};
    std::vector<std::vector<std::string>> rows;
    for (size_t i = 0; i < result.sites.size(); ++i) {
        const auto& s = result.sites[i];
        rows.push_back({s.name, s.country, grouped(s.power.gridMw, 1), grouped(s.power.itMw, 1),
                        grouped(static_cast<double>(s.power.gpus)), fixed(s.power.pue.annual, 3),
                        portfolio.startMonth.plusMonths(s.schedule.rfsMonthIndex).toString(),
                        millions(s.economics.capexUsd),
                        // An infeasible plan earns nothing and is left out of the totals: no NPV to show.
                        s.feasible ? millions(s.economics.npvUsd) : "Infeasible",
                        s.feasible ? millions(s.economics.incrementalNpvUsd) : "Infeasible"});
    }
    const std::string totalLabel =
        result.infeasibleSiteCount > 0
            ? "Total (" + std::to_string(result.infeasibleSiteCount) + " infeasible left out)"
            : std::string("Total");
    rows.push_back({totalLabel, "", grouped(result.gridMw, 1), grouped(result.itMw, 1),
                    grouped(static_cast<double>(result.gpus)), "", "", millions(result.capexUsd),
                    millions(result.npvUsd), millions(result.incrementalNpvUsd)});

    std::vector<size_t> widths;
    widths.reserve(columns.size());
    for (const auto& c : columns) widths.push_back(std::string(c.title).size());
    for (const auto& row : rows)
        for (size_t i = 0; i < row.size(); ++i) {
            size_t codePoints = 0;
            for (unsigned char ch : row[i]) codePoints += (ch & 0xC0) != 0x80;
            widths[i] = std::max(widths[i], codePoints);
        }

    out << portfolio.name << " — start " << portfolio.startMonth.toString() << ", discount "
        << fixed(portfolio.discountRatePct, 1) << " %, horizon " << portfolio.horizonYears << " years, "
        << m2ai::kModelCurrency << "\n";
    if (const auto warning = m2ai::foreignCurrencyWarning(portfolio))
        out << "Warning: " << m2ai::cli::messageLine(*warning) << "\n";
    out << "\n";
    std::vector<std::string> titles;
    titles.reserve(columns.size());
    for (const auto& c : columns) titles.emplace_back(c.title);
    printRow(out, titles, widths, columns);
    size_t total = 0;
    for (auto w : widths) total += w + 2;
    out << std::string(total - 2, '-') << '\n';
    for (size_t r = 0; r < rows.size(); ++r) {
        if (r + 1 == rows.size()) out << std::string(total - 2, '-') << '\n';
        printRow(out, rows[r], widths, columns);
    }

    bool anyWarning = false;
    for (const auto& s : result.sites)
        for (const auto& w : s.warnings) {
            if (!anyWarning) out << "\nWarnings:\n";
            anyWarning = true;
            out << "  " << s.name << ": " << m2ai::cli::warningLine(w) << '\n';
        }
    bool anyInfeasible = false;
    for (const auto& s : result.sites)
        for (const auto& why : s.infeasibilities) {
            if (!anyInfeasible) out << "\nInfeasible (no AI revenue, left out of the totals):\n";
            anyInfeasible = true;
            out << "  " << s.name << ": " << m2ai::describeInfeasibility(why) << '\n';
        }
}
