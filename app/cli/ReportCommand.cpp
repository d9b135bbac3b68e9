// `mine2ai-cli report FILE --pdf OUT.pdf …`: load, compute with core, render the report and the
// optional exports with the same code the desktop app uses. Works without a display (offscreen).
#include <QApplication>
#include <QDir>
#include <iostream>
#include <memory>
#include <optional>

#include "CliSupport.h"
#include "CliText.h"
#include "Commands.h"
#include "Language.h"
#include "ProblemLines.h"
#include "app/Translations.h"
#include "engines/Compute.h"
#include "export/ChartExport.h"
#include "export/TableExport.h"
#include "io/PortfolioFile.h"
#include "report/ReportRenderer.h"
#include "report/ReportRiskPage.h"
#include "report/ReportRiskRun.h"
#include "report/ReportScenarioPage.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "risk/Sensitivity.h"
#include "sample/Sample.h"
#include "validation/Validation.h"

namespace m2ai::cli {

namespace {

int fail(const QString& message) {
    std::cerr << "mine2ai-cli report: " << message.toStdString() << '\n';
    return kInvalidInput;
}

// "a,b,,c" → {a, b, c}.
std::vector<std::string> splitNames(const std::string& list) {
    std::vector<std::string> names;
    size_t from = 0;
    while (from <= list.size()) {
        const size_t comma = list.find(',', from);
        const std::string name =
            list.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        if (!name.empty()) names.push_back(name);
        if (comma == std::string::npos) break;
        from = comma + 1;
    }
    return names;
}

// QtCharts needs a QApplication; headless runs use the offscreen platform.
void ensureApplication() {
    if (QCoreApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "mine2ai-cli";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mine2AI Planner"));
    // The report speaks the user's language: --lang, else LC_ALL / LC_MESSAGES / LANG.
    Translations::install(Translations::localeFor(QString::fromStdString(requestedLanguage())));
}

int report(const Invocation& in) {
    const std::string& input = in.positional(0);
    struct {
        std::string pdf, png, svg, csv, xlsx;
    } a{in.value("pdf"), in.value("png"), in.value("svg"), in.value("csv"), in.value("xlsx")};
    for (const auto& [option, value] : {std::pair{"--pdf", a.pdf}, std::pair{"--xlsx", a.xlsx}})
        if (isStdout(value))
            return usageError(
                "report",
                fill(translate("CliReport", "%1 writes a file; \"-\" (standard output) is not supported"),
                     {option}));
    if (const int rc = resolveOutputPath("report", "--pdf", a.pdf, {".pdf"}); rc != kOk) return rc;
    if (!a.xlsx.empty())
        if (const int rc = resolveOutputPath("report", "--xlsx", a.xlsx, {".xlsx"}); rc != kOk) return rc;

    m2ai::Portfolio portfolio;
    if (input == "sample") {
        portfolio = m2ai::samplePortfolio();
    } else {
        m2ai::LoadedPortfolio loaded = m2ai::loadPortfolioFile(input);
        if (!loaded.ok) {
            if (loaded.problems.empty())
                std::cerr << "mine2ai-cli report: "
                          << (loaded.message.empty() ? loaded.error : messageLine(loaded.message)) << '\n';
            for (const auto& p : loaded.problems) std::cerr << input << ": " << problemLine(p) << '\n';
            return kInvalidInput;
        }
        portfolio = std::move(loaded.portfolio);
    }
    if (const auto problems = m2ai::validate(portfolio); !problems.empty()) {
        for (const auto& p : problems) std::cerr << input << ": " << problemLine(p) << '\n';
        return kInvalidInput;
    }

    ReportOptions options;
    options.paper = in.value("paper") == "letter" ? QPageSize::Letter : QPageSize::A4;
    options.appendix = !in.isSet("no-appendix");
    if (in.isSet("sites")) {
        const std::vector<std::string> names = splitNames(in.value("sites"));
        if (names.empty())
            return usageError("report", translate("CliReport", "--sites needs at least one site name"));
        std::vector<int> indices;
        for (const std::string& name : names) {
            int found = -1;
            for (size_t i = 0; i < portfolio.sites.size(); ++i)
                if (portfolio.sites[i].name == name) found = static_cast<int>(i);
            if (found < 0) {
                std::string known;
                for (const auto& s : portfolio.sites) known += (known.empty() ? "" : ", ") + s.name;
                std::cerr << "mine2ai-cli report: --sites: "
                          << fill(translate("CliReport", "no site named '%1' (sites: %2)"), {name, known})
                          << '\n';
                return kInvalidInput;
            }
            indices.push_back(found);
        }
        options.sites = indices;
    }

    options.scenarios = scenarioReportFor(portfolio);  // a page when the file has scenarios
    // The risk page when asked: a run with the project's risk inputs, as the desktop app's report
    // makes when the Risk page has none (report/ReportRiskRun.h).
    if (in.isSet("risk") || in.isSet("risk-trials")) {
        risk::RiskSettings settings = risk::riskSettingsFor(portfolio.risk);
        if (in.isSet("risk-trials") && !parseNumber(in.value("risk-trials"), settings.trials))
            return usageError("report",
                              "--risk-trials takes a whole number, not '" + in.value("risk-trials") + "'");
        auto page = std::make_shared<RiskReport>();
        page->sensitivity = risk::runSensitivity(portfolio, kReportSensitivityPct);
        if (!page->sensitivity.ok) return fail(QString::fromStdString(page->sensitivity.error));
        page->risk = risk::runRisk(portfolio, settings);
        if (!page->risk.ok) {
            for (const auto& p : page->risk.problems) std::cerr << input << ": " << p.toString() << '\n';
            if (page->risk.problems.empty()) std::cerr << "mine2ai-cli report: " << page->risk.error << '\n';
            return kInvalidInput;
        }
        options.risk = std::move(page);
    }
    ensureApplication();
    const m2ai::PortfolioResult result = m2ai::computePortfolio(portfolio);
    if (!result.ok) return fail(QString::fromStdString(result.error));
    const ReportRenderer renderer(portfolio, result, options);
    QString error;
    if (!renderer.writePdf(QString::fromStdString(a.pdf), &error)) return fail(error);

    exporting::ChartExportOptions charts;
    if (!a.png.empty() && !a.svg.empty() && a.png == a.svg) {
        if (!exporting::exportCharts(portfolio, result, QString::fromStdString(a.png), charts, nullptr,
                                     &error))
            return fail(error);
    } else {
        if (!a.png.empty()) {
            charts.svg = false;
            charts.png = true;
            if (!exporting::exportCharts(portfolio, result, QString::fromStdString(a.png), charts, nullptr,
                                         &error))
                return fail(error);
        }
        if (!a.svg.empty()) {
            charts.svg = true;
            charts.png = false;
            if (!exporting::exportCharts(portfolio, result, QString::fromStdString(a.svg), charts, nullptr,
                                         &error))
                return fail(error);
        }
    }
    if (!a.csv.empty() || !a.xlsx.empty()) {
        const auto tables = exporting::buildTables(portfolio, result);
        if (!a.csv.empty() &&
            !exporting::writeCsvTables(tables, QString::fromStdString(a.csv), nullptr, &error))
            return fail(error);
        const exporting::WorkbookContext context{&portfolio, &result, true};
        if (!a.xlsx.empty() &&
            !exporting::writeXlsx(tables, QString::fromStdString(a.xlsx), &error, &context))
            return fail(error);
    }
    std::cout << fill(translate("CliReport", "wrote %1 (%n pages)", nullptr, renderer.pageCount()), {a.pdf})
              << '\n';
    return kOk;
}

}  // namespace

Command reportCommand() {
    return {
        "report",
        "render the investment-committee report (PDF, charts, tables)",
        "Render the investment-committee report of FILE (\"sample\": the built-in sample) as a PDF, "
        "with the same renderer as the desktop app, and optionally its charts and tables. Needs no "
        "display. --risk adds the sensitivity and risk page: a Monte Carlo run with the project's risk "
        "inputs (trials, seed, distributions; --risk-trials overrides the trials), the same seed giving "
        "the same page.",
        {{"FILE", "a .m2ai project, a .json portfolio, or \"sample\""}},
        {{{"pdf"}, "write the report to OUT.pdf", "OUT.pdf", ValueKind::File, {}, true},
         {{"png"}, "write every chart as PNG into DIR", "DIR", ValueKind::Directory},
         {{"svg"}, "write every chart as SVG into DIR", "DIR", ValueKind::Directory},
         {{"csv"}, "write the tables as CSV files into DIR", "DIR", ValueKind::Directory},
         {{"xlsx"}, "write the tables as a workbook (live cash-flow formulas)", "OUT.xlsx", ValueKind::File},
         {{"paper"}, "paper size: a4 or letter (default a4)", "SIZE", ValueKind::Choice, {"a4", "letter"}},
         {{"sites"}, "only these sites, by name, comma-separated", "NAME,...", ValueKind::Text},
         {{"no-appendix"}, "leave out the assumptions appendix"},
         {{"risk"}, "add the sensitivity and risk page (a Monte Carlo run with the project's risk inputs)"},
         {{"risk-trials"},
          "the risk page's trials, 1 to 1,000,000 (default: the project's); implies --risk",
          "N"}},
        report};
}

}  // namespace m2ai::cli
