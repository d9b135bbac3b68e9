// The .xlsx workbook an analyst opens: the result tables with number formats, real dates, frozen
// headers, autofilter and a print setup; an Inputs sheet with every assumption and its source; the
// sites in the import layout; and per site a cash flow whose net, NPV and IRR are live formulas over
// its columns (docs/reports.md "xlsx workbook"). libxlsxwriter writes it; QSaveFile replaces the
// target atomically.
#include <xlsxwriter.h>

#include <QFile>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>

#include "app/FieldLabels.h"
#include "app/ProblemText.h"
#include "engines/CashFlowComponents.h"
#include "export/TableExport.h"
#include "io/SitesTable.h"
#include "validation/Currency.h"

namespace exporting {

namespace {

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* title = nullptr;
    lxw_format* note = nullptr;
    lxw_format* noteWrapped = nullptr;  // a note merged over a table's width, wrapped
    lxw_format* moneyM = nullptr;       // USD shown in millions, one decimal
    lxw_format* moneyM2 = nullptr;      // monthly flows: two decimals
    lxw_format* percent = nullptr;      // 0.0 %
    lxw_format* percent4 = nullptr;     // 0.0000 %
    lxw_format* mw = nullptr;           // one decimal
    lxw_format* ratio = nullptr;        // PUE: three decimals
    lxw_format* months = nullptr;       // one decimal
    lxw_format* count = nullptr;        // thousands separators, no decimals
    lxw_format* integer = nullptr;      // month indices
    lxw_format* date = nullptr;         // "Jan 2027"
    lxw_format* factor = nullptr;       // discount factor
};

lxw_format* numberFormat(lxw_workbook* wb, const char* pattern) {
    lxw_format* f = workbook_add_format(wb);
    format_set_num_format(f, pattern);
    return f;
}

Formats makeFormats(lxw_workbook* wb) {
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.note = workbook_add_format(wb);
    format_set_italic(f.note);
    f.noteWrapped = workbook_add_format(wb);
    format_set_italic(f.noteWrapped);
    format_set_text_wrap(f.noteWrapped);
    format_set_align(f.noteWrapped, LXW_ALIGN_VERTICAL_TOP);
    f.moneyM = numberFormat(wb, "#,##0.0,,\" M\";-#,##0.0,,\" M\"");
    f.moneyM2 = numberFormat(wb, "#,##0.00,,\" M\";-#,##0.00,,\" M\"");
    f.percent = numberFormat(wb, "0.0%");
    f.percent4 = numberFormat(wb, "0.0000%");
    f.mw = numberFormat(wb, "#,##0.0");
    f.ratio = numberFormat(wb, "0.000");
    f.months = numberFormat(wb, "0.0");
    f.count = numberFormat(wb, "#,##0");
    f.integer = numberFormat(wb, "0");
    f.date = numberFormat(wb, "mmm yyyy");
    f.factor = numberFormat(wb, "0.000000");
    return f;
}

// The number format of a column, from its header's unit.
lxw_format* formatFor(const QString& header, const Formats& f) {
    if (header.contains(QLatin1String("(USD"))) return f.moneyM;
    if (header.startsWith(QLatin1String("IRR"))) return f.percent;
    if (header.contains(QLatin1String("(MW)"))) return f.mw;
    if (header.contains(QLatin1String("PUE"))) return f.ratio;
    if (header.contains(QLatin1String("month index"), Qt::CaseInsensitive)) return f.integer;
    if (header.contains(QLatin1String("(month")) || header.contains(QLatin1String("(months)")))
        return f.months;
    if (header == QLatin1String("Racks") || header == QLatin1String("GPUs") ||
        header.contains(QLatin1String("per year)")))
        return f.count;
    return nullptr;
}

bool isMonthColumn(const QString& header) {
    return header == QLatin1String("Month") || header.endsWith(QLatin1String(" month"));
}

// "2027-03" → a date cell (the first of the month); false when the text is not YYYY-MM.
bool monthDate(const QString& text, lxw_datetime& out) {
    const auto ym = m2ai::YearMonth::parse(text.toStdString());
    if (!ym) return false;
    out = lxw_datetime{ym->year, ym->month, 1, 0, 0, 0.0};
    return true;
}

std::string cellName(int row, int col) {  // 0-based → "C12"
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

// Landscape, fit to one page wide, the header row repeated on every page, page numbers.
void printSetup(lxw_worksheet* sheet, int headerRow) {
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4; Letter users' printers scale it
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(headerRow), static_cast<lxw_row_t>(headerRow));
    worksheet_set_footer(sheet, "&L&A&RPage &P of &N");
}

double widthFor(const QString& header, const std::vector<std::vector<Cell>>& rows, std::size_t col) {
    // Wide enough for the header on at most two lines and for the longest text in the first rows.
    double width = std::max(10.0, std::ceil(static_cast<double>(header.size()) / 2.0) + 3.0);
    if (header.size() <= 14) width = std::max(width, static_cast<double>(header.size()) + 3.0);
    const std::size_t sample = std::min<std::size_t>(rows.size(), 500);
    for (std::size_t r = 0; r < sample; ++r)
        if (col < rows[r].size())
            if (const QString* s = std::get_if<QString>(&rows[r][col]))
                width = std::max(width, static_cast<double>(s->size()) + 2.0);
    return std::min(width, 45.0);
}

QString writeTableSheet(lxw_workbook* wb, const Table& t, const Formats& f) {
    const QByteArray sheetName = t.name.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(wb, sheetName.constData());
    if (!sheet) return QObject::tr("cannot add sheet %1").arg(t.name);
    std::vector<lxw_format*> formats;
    std::vector<bool> months;
    for (int c = 0; c < t.headers.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, t.headers[c].toUtf8().constData(), f.header);
        formats.push_back(formatFor(t.headers[c], f));
        months.push_back(isMonthColumn(t.headers[c]));
        const double width =
            months.back() ? 11.0 : widthFor(t.headers[c], t.rows, static_cast<std::size_t>(c));
        worksheet_set_column(sheet, col, col, width, nullptr);
    }
    worksheet_set_row(sheet, 0, 30, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    if (!t.headers.isEmpty())
        worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(t.rows.size()),
                             static_cast<lxw_col_t>(t.headers.size() - 1));
    printSetup(sheet, 0);
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (size_t c = 0; c < t.rows[r].size(); ++c) {
            const Cell& cell = t.rows[r][c];
            const auto col = static_cast<lxw_col_t>(c);
            lxw_format* format = c < formats.size() ? formats[c] : nullptr;
            if (const double* d = std::get_if<double>(&cell)) {
                if (std::isfinite(*d)) worksheet_write_number(sheet, row, col, *d, format);
            } else if (const QString* s = std::get_if<QString>(&cell)) {
                lxw_datetime date{};
                if (c < months.size() && months[c] && monthDate(*s, date)) {
                    worksheet_write_datetime(sheet, row, col, &date, f.date);
                    continue;
                }
                // Always a string cell, never a formula: "=cmd|…" in a name stays text in the
                // workbook (formulas are only ever written from our own column references).
                const lxw_error written =
                    worksheet_write_string(sheet, row, col, s->toUtf8().constData(), nullptr);
                if (written != LXW_NO_ERROR)
                    return QObject::tr("sheet %1, row %2, column %3: %4")
                        .arg(t.name)
                        .arg(r + 2)
                        .arg(c + 1)
                        .arg(QString::fromUtf8(lxw_strerror(written)));
            }
        }
    }
    return {};
}

struct InputRow {
    const char* name;
    double value;
    const char* unit;
    const char* source;
};

// The user's notes and sources per input (issue 15), by label and site, below the assumptions.
void writeInputNotes(lxw_worksheet* sheet, lxw_row_t& row, const m2ai::Portfolio& p, const Formats& f) {
    if (p.notes.byPath.empty()) return;
    ++row;
    worksheet_write_string(sheet, row, 0, "Notes on inputs", f.header);
    worksheet_write_string(sheet, row, 1, "Field", f.header);
    worksheet_write_string(sheet, row, 3, "Note", f.header);
    worksheet_write_string(sheet, row, 4, "Source", f.header);
    worksheet_set_column(sheet, 4, 4, 60, nullptr);
    ++row;
    for (const auto& [path, note] : p.notes.byPath) {
        const QString qpath = QString::fromStdString(path);
        worksheet_write_string(sheet, row, 0, FieldLabels::describe(qpath, p).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 1, path.c_str(), nullptr);
        worksheet_write_string(sheet, row, 3, note.note.c_str(), nullptr);
        worksheet_write_string(sheet, row, 4, note.source.c_str(), nullptr);
        ++row;
    }
}

void writeInputs(lxw_workbook* wb, const m2ai::Portfolio& p, const Formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(wb, "Inputs");
    const char* headers[] = {"Input", "Value", "Unit", "Source"};
    for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(sheet, 0, c, headers[c], f.header);
    worksheet_set_column(sheet, 0, 0, 42, nullptr);
    worksheet_set_column(sheet, 1, 1, 16, nullptr);
    worksheet_set_column(sheet, 2, 2, 14, nullptr);
    worksheet_set_column(sheet, 3, 3, 90, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    printSetup(sheet, 0);
    lxw_row_t row = 1;
    const auto text = [&](const char* name, const std::string& value, const char* source) {
        worksheet_write_string(sheet, row, 0, name, nullptr);
        worksheet_write_string(sheet, row, 1, value.c_str(), nullptr);
        worksheet_write_string(sheet, row, 3, source, nullptr);
        ++row;
    };
    text("Portfolio", p.name, "the project");
    lxw_datetime start{p.startMonth.year, p.startMonth.month, 1, 0, 0, 0.0};
    worksheet_write_string(sheet, row, 0, "Start month (month index 0)", nullptr);
    worksheet_write_datetime(sheet, row, 1, &start, f.date);
    worksheet_write_string(sheet, row, 3, "the project", nullptr);
    ++row;
    // The model computes in USD only (validation/Currency.h); a file's other code is named, not used.
    // The warning in the language the workbook is written in (the installed translator).
    const auto foreign = m2ai::foreignCurrencyWarning(p);
    const std::string foreignText = foreign ? ProblemText::message(*foreign).toStdString() : std::string();
    text("Currency", m2ai::kModelCurrency,
         foreign ? foreignText.c_str() : "the model; every amount in this workbook is in it");
    const m2ai::CostAssumptions& c = p.costs;
    const InputRow rows[] = {
        {"Discount rate", p.discountRatePct / 100.0, "per year",
         "the project (developer hurdle IRRs are 12-19 %, docs/model.md \"Discounting\", domain.md 4.2)"},
        {"Horizon", static_cast<double>(p.horizonYears), "years", "the project"},
        {"GPU fit-out", c.gpuFitOutUsdPerMwIt, "USD/MW IT",
         "estimate: racks, networking, rack power (docs/model.md \"Capex\")"},
        {"Electrical", c.electricalUsdPerInstalledMw, "USD/MW installed",
         "derived from C&W 2025 (domain.md 4.1)"},
        {"Cooling: air", c.coolingUsdPerMwIt[0], "USD/MW IT", "estimate (docs/model.md \"Capex\")"},
        {"Cooling: hybrid", c.coolingUsdPerMwIt[1], "USD/MW IT", "estimate (docs/model.md \"Capex\")"},
        {"Cooling: direct-to-chip", c.coolingUsdPerMwIt[2], "USD/MW IT",
         "estimate (docs/model.md \"Capex\")"},
        {"Cooling: immersion", c.coolingUsdPerMwIt[3], "USD/MW IT", "estimate (docs/model.md \"Capex\")"},
        {"Sealing and dust filtration", c.sealingUsdPerMwIt, "USD/MW IT",
         "estimate (docs/model.md \"Capex\")"},
        {"Fire suppression", c.fireSuppressionUsdPerMwIt, "USD/MW IT", "estimate; a gap in domain.md 4.1"},
        {"Monitoring (BMS)", c.monitoringUsdPerMwIt, "USD/MW IT", "estimate (docs/model.md \"Capex\")"},
        {"Tier III certification", c.tierIiiUsdPerMwIt, "USD/MW IT", "estimate (docs/model.md \"Capex\")"},
        {"Tier IV certification", c.tierIvUsdPerMwIt, "USD/MW IT", "estimate (docs/model.md \"Capex\")"},
        {"Contingency", c.contingencyPct / 100.0, "of capex", "docs/model.md \"Capex\""},
        {"O&M (AI hall)", c.omUsdPerMwItYear, "USD/MW IT-year", "estimate: staff, maintenance, insurance"},
        {"O&M (mining)", c.miningOmUsdPerMwYear, "USD/MW-year", "estimate"},
        {"ASIC resale", c.asicResaleUsdPerTh, "USD/TH",
         "estimate for used air-cooled rigs (Hashrate Index, domain.md 3.3)"},
        {"GPU depreciation", c.gpuDepreciationYears, "years", "domain.md 4.2"},
        {"Facility life (residual value)", c.facilityLifeYears, "years",
         "plant 15-20 yr, shell 20-39 (domain.md 4.2)"},
        {"Residual value at the horizon", c.includeResidualValue ? 1.0 : 0.0, "1 = yes",
         "docs/model.md \"Residual value\""},
    };
    for (const InputRow& r : rows) {
        worksheet_write_string(sheet, row, 0, r.name, nullptr);
        const bool pct = std::string(r.unit) == "per year" || std::string(r.unit) == "of capex";
        worksheet_write_number(sheet, row, 1, r.value, pct ? f.percent : f.count);
        worksheet_write_string(sheet, row, 2, r.unit, nullptr);
        worksheet_write_string(sheet, row, 3, r.source, nullptr);
        ++row;
    }
    writeInputNotes(sheet, row, p, f);
    ++row;
    worksheet_write_string(
        sheet, row++, 0,
        "Per-site inputs (location, power, fleet, plan) are on the Site inputs sheet; GPU, "
        "ASIC, cooling and country figures come from the catalogue (docs/model.md).",
        f.note);
}

void writeSiteInputs(lxw_workbook* wb, const m2ai::Portfolio& p, const Formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(wb, "Site inputs");
    const m2ai::SitesTableCells cells = m2ai::sitesTableCells(p.sites);
    for (std::size_t c = 0; c < cells.headers.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, cells.headers[c].c_str(), f.header);
        worksheet_set_column(sheet, col, col,
                             std::clamp(static_cast<double>(cells.headers[c].size()) * 0.6 + 3.0, 10.0, 24.0),
                             nullptr);
    }
    worksheet_set_row(sheet, 0, 45, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    printSetup(sheet, 0);
    for (std::size_t r = 0; r < cells.rows.size(); ++r)
        for (std::size_t c = 0; c < cells.rows[r].size(); ++c) {
            const std::string& v = cells.rows[r][c];
            if (v.empty()) continue;
            const auto row = static_cast<lxw_row_t>(r + 1);
            const auto col = static_cast<lxw_col_t>(c);
            if (cells.numeric[c])
                worksheet_write_number(sheet, row, col, std::stod(v), nullptr);
            else
                worksheet_write_string(sheet, row, col, v.c_str(), nullptr);
        }
}

// Columns of the cash-flow sheet: index, month, one per component of net cash
// (engines/CashFlowComponents.h, so the sheet adds up exactly as the engine does), then net,
// cumulative net, discount factor and present value; then, as in the cash-flow CSV, income tax, debt
// drawdown and debt service (signed) and the equity net they make with net.
struct CfColumns {
    int index = 0;
    int month = 1;
    int firstComponent = 2;
    int net = 0;
    int cumulative = 0;
    int factor = 0;
    int pv = 0;
    int tax = 0;
    int drawdown = 0;
    int service = 0;
    int equity = 0;
    int count = 0;
    explicit CfColumns(int components)
        : net(2 + components),
          cumulative(net + 1),
          factor(net + 2),
          pv(net + 3),
          tax(net + 4),
          drawdown(net + 5),
          service(net + 6),
          equity(net + 7),
          count(net + 8) {}
};

void writeCashFlowSheet(lxw_workbook* wb, const m2ai::Portfolio& p, const m2ai::SiteResult& s, int index,
                        const Formats& f, bool cache) {
    const QByteArray name = cashFlowSheetName(index, QString::fromStdString(s.name)).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(wb, name.constData());
    if (!sheet) return;
    const std::vector<m2ai::CashFlowComponent>& components = m2ai::cashFlowComponents();
    const CfColumns col(static_cast<int>(components.size()));
    const m2ai::EconomicsResult& e = s.economics;
    const int n = static_cast<int>(e.monthly.size());
    const int headerRow = 9, first = headerRow + 1, last = first + std::max(n, 1) - 1;
    const auto cell = [](int row, int c) { return cellName(row, c); };
    const auto range = [&](int c) { return cell(first, c) + ":" + cell(last, c); };
    const auto formula = [&](int row, int c, const std::string& text, lxw_format* format, double value) {
        if (cache)
            worksheet_write_formula_num(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(c),
                                        text.c_str(), format, value);
        else
            worksheet_write_formula(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(c),
                                    text.c_str(), format);
    };

    worksheet_write_string(sheet, 0, 0, ("Cash flow with formulas: " + s.name).c_str(), f.title);
    // Merged over the table and wrapped: one long cell ran far right of the table, and the print
    // setup (one page wide) then shrank the whole sheet to half size.
    worksheet_set_row(sheet, 1, 48, nullptr);
    worksheet_merge_range(
        sheet, 1, 0, 1, static_cast<lxw_col_t>(col.count - 1),
        "Net = the inflows (revenue, mining, ASIC resale, terminal value) - the outflows (energy, O&M, "
        "lease and service costs, facility capex, GPU purchases), each a column; equity net = net + income "
        "tax + debt drawdown + debt service (outflows negative), the columns after present value. "
        "Discounting: "
        "monthly rate r_m = (1 + annual rate)^(1/12) - 1; month 0 is not discounted, month m by "
        "(1 + r_m)^-m, so NPV = net(0) + NPV(r_m; net(1..)). IRR: the monthly IRR annualised, "
        "(1 + IRR)^12 - 1. Edit any input column and the results follow.",
        f.noteWrapped);
    const auto label = [&](int row, const char* text) {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 0, text, nullptr);
    };
    label(2, "Annual discount rate");
    worksheet_write_number(sheet, 2, 1, p.discountRatePct / 100.0, f.percent);
    worksheet_write_string(sheet, 2, 2, "App's value", f.header);
    worksheet_write_string(sheet, 2, 3, "Formula - app", f.header);
    const double monthlyRate = std::pow(1.0 + p.discountRatePct / 100.0, 1.0 / 12.0) - 1.0;
    label(3, "Monthly rate");
    formula(3, 1, "=(1+B3)^(1/12)-1", f.percent4, monthlyRate);
    label(4, "NPV (USD)");
    const std::string npv = n > 1 ? "=" + cell(first, col.net) + "+NPV(B4," + cell(first + 1, col.net) + ":" +
                                        cell(last, col.net) + ")"
                                  : "=" + cell(first, col.net);
    formula(4, 1, npv, f.moneyM, e.npvUsd);
    worksheet_write_number(sheet, 4, 2, e.npvUsd, f.moneyM);
    formula(4, 3, "=B5-C5", f.moneyM2, 0.0);
    label(5, "IRR (per year)");
    formula(5, 1, "=(1+IRR(" + range(col.net) + ",0.01))^12-1", f.percent, e.irr.value_or(0.0));
    if (e.irr) {
        worksheet_write_number(sheet, 5, 2, *e.irr, f.percent);
        formula(5, 3, "=B6-C6", f.percent4, 0.0);
    } else {
        worksheet_write_string(sheet, 5, 2, "none (flows never change sign)", nullptr);
    }
    label(6, "Sum of the present-value column (USD)");
    formula(6, 1, "=SUM(" + range(col.pv) + ")", f.moneyM, e.npvUsd);
    label(7, "Cumulative net at the horizon (USD)");
    formula(7, 1, "=" + cell(last, col.cumulative), f.moneyM,
            e.cumulativeNetUsd.empty() ? 0.0 : e.cumulativeNetUsd.back());
    const m2ai::FinancingResult& fin = e.financing;
    label(8, "Equity IRR (after tax and debt)");
    formula(8, 1, "=(1+IRR(" + range(col.equity) + ",0.01))^12-1", f.percent, fin.equityIrr.value_or(0.0));
    if (fin.equityIrr) {
        worksheet_write_number(sheet, 8, 2, *fin.equityIrr, f.percent);
        formula(8, 3, "=B9-C9", f.percent4, 0.0);
    } else {
        worksheet_write_string(sheet, 8, 2, "none (flows never change sign)", nullptr);
    }

    std::vector<std::string> headers{"Month index", "Month"};
    for (const m2ai::CashFlowComponent& c : components) headers.emplace_back(c.label);
    for (const char* h :
         {"Net (USD)", "Cumulative net (USD)", "Discount factor", "Present value (USD)", "Income tax (USD)",
          "Debt drawdown (USD)", "Debt service (USD)", "Equity net (USD)"})
        headers.emplace_back(h);
    for (int c = 0; c < col.count; ++c) {
        worksheet_write_string(sheet, headerRow, static_cast<lxw_col_t>(c),
                               headers[static_cast<std::size_t>(c)].c_str(), f.header);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c == 0 ? 34 : 13,
                             nullptr);
    }
    worksheet_set_row(sheet, headerRow, 45, nullptr);  // three lines: "Lease and service costs (USD)"
    worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(first), 2);
    worksheet_autofilter(sheet, static_cast<lxw_row_t>(headerRow), 0, static_cast<lxw_row_t>(last),
                         static_cast<lxw_col_t>(col.count - 1));
    printSetup(sheet, headerRow);
    double cumulative = 0.0;
    for (int m = 0; m < n; ++m) {
        const int r = first + m;
        const auto row = static_cast<lxw_row_t>(r);
        const m2ai::MonthlyCashFlow& cf = e.monthly[static_cast<std::size_t>(m)];
        worksheet_write_number(sheet, row, static_cast<lxw_col_t>(col.index), m, f.integer);
        const m2ai::YearMonth ym = p.startMonth.plusMonths(m);
        lxw_datetime date{ym.year, ym.month, 1, 0, 0, 0.0};
        worksheet_write_datetime(sheet, row, static_cast<lxw_col_t>(col.month), &date, f.date);
        std::string net = "=";
        for (std::size_t k = 0; k < components.size(); ++k) {
            const int c = col.firstComponent + static_cast<int>(k);
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(c), cf.*(components[k].field),
                                   f.moneyM2);
            net += (components[k].sign < 0.0 ? "-" : (k == 0 ? "" : "+")) + cell(r, c);
        }
        formula(r, col.net, net, f.moneyM2, cf.netUsd);
        cumulative += cf.netUsd;
        formula(r, col.cumulative,
                m == 0 ? "=" + cell(r, col.net) : "=" + cell(r - 1, col.cumulative) + "+" + cell(r, col.net),
                f.moneyM2, cumulative);
        const double factor = std::pow(1.0 + monthlyRate, -m);
        formula(r, col.factor, "=1/(1+$B$4)^" + cell(r, col.index), f.factor, factor);
        formula(r, col.pv, "=" + cell(r, col.net) + "*" + cell(r, col.factor), f.moneyM2, cf.netUsd * factor);
        // Signed like the CSV (0.0 - x keeps a zero positive); months without a figure are zero.
        const auto at = [m](const std::vector<double>& v) {
            return static_cast<std::size_t>(m) < v.size() ? v[static_cast<std::size_t>(m)] : 0.0;
        };
        const double tax = 0.0 - at(fin.taxUsdByMonth);
        const double drawdown = at(fin.drawdownUsdByMonth);
        const double service = 0.0 - at(fin.debtServiceUsdByMonth);
        worksheet_write_number(sheet, row, static_cast<lxw_col_t>(col.tax), tax, f.moneyM2);
        worksheet_write_number(sheet, row, static_cast<lxw_col_t>(col.drawdown), drawdown, f.moneyM2);
        worksheet_write_number(sheet, row, static_cast<lxw_col_t>(col.service), service, f.moneyM2);
        formula(r, col.equity,
                "=" + cell(r, col.net) + "+" + cell(r, col.tax) + "+" + cell(r, col.drawdown) + "+" +
                    cell(r, col.service),
                f.moneyM2, cf.netUsd + tax + drawdown + service);
    }
}

}  // namespace

QString cashFlowSheetName(int index, const QString& siteName) {
    QString clean = siteName;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\', u'\''}) clean.replace(bad, u'_');
    return (QStringLiteral("CF %1 ").arg(index + 1) + clean).left(31).trimmed();
}

bool writeXlsx(const std::vector<Table>& tables, const QString& path, QString* error,
               const WorkbookContext* context) {
    // libxlsxwriter writes to a file name; write into a private temporary folder, then copy the bytes
    // through QSaveFile so the target is replaced atomically and never left half-written.
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        if (error) *error = QObject::tr("cannot create a temporary folder");
        return false;
    }
    const QByteArray tmpPath = QFile::encodeName(tmp.filePath(QStringLiteral("workbook.xlsx")));
    lxw_workbook* workbook = workbook_new(tmpPath.constData());
    if (!workbook) {
        if (error) *error = QObject::tr("cannot create the workbook");
        return false;
    }
    const bool full = context && context->portfolio && context->result;
    const QByteArray title =
        full ? QString::fromStdString(context->portfolio->name).toUtf8() : QByteArray("Mine2AI tables");
    // libxlsxwriter 1.1 declares the fields char* (it copies them): keep writable buffers.
    QByteArray subject("Conversion of Bitcoin-mining sites into AI data centres");
    QByteArray author("Mine2AI Planner " M2AI_VERSION);
    QByteArray category("Investment analysis");
    QByteArray keywords("mining, AI, data centre, NPV, IRR");
    QByteArray comments(
        "Generated by Mine2AI Planner; formulas on the CF sheets recompute net, NPV and IRR.");
    QByteArray titleText = title;
    lxw_doc_properties properties{};
    properties.title = titleText.data();
    properties.subject = subject.data();
    properties.author = author.data();
    properties.category = category.data();
    properties.keywords = keywords.data();
    properties.comments = comments.data();
    workbook_set_properties(workbook, &properties);
    const Formats formats = makeFormats(workbook);

    QString firstCellError;  // a cell the library refused (e.g. text over Excel's 32,767 characters)
    for (const Table& t : tables) {
        const QString e = writeTableSheet(workbook, t, formats);
        if (!e.isEmpty() && firstCellError.isEmpty()) firstCellError = e;
    }
    if (full) {
        writeInputs(workbook, *context->portfolio, formats);
        writeSiteInputs(workbook, *context->portfolio, formats);
        for (std::size_t i = 0; i < context->result->sites.size(); ++i)
            writeCashFlowSheet(workbook, *context->portfolio, context->result->sites[i], static_cast<int>(i),
                               formats, context->cacheFormulaResults);
    }
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        if (error)
            *error =
                QObject::tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    if (!firstCellError.isEmpty()) {
        // A dropped cell would be a silent change of the data: refuse the whole workbook instead.
        if (error) *error = QObject::tr("cannot write the workbook: %1").arg(firstCellError);
        return false;
    }
    QFile produced(tmp.filePath(QStringLiteral("workbook.xlsx")));
    QSaveFile out(path);
    if (!produced.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
        out.write(produced.readAll()) < 0 || !out.commit()) {
        if (error) *error = QObject::tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

}  // namespace exporting
