// `mine2ai-cli report …`: load, compute with core, render the report and the optional exports with
// the same code the desktop app uses. Works without a display (offscreen platform).
#include "report/ReportCommand.h"

#include <QApplication>
#include <QDir>
#include <iostream>
#include <memory>
#include <optional>

#include "engines/Compute.h"
#include "export/ChartExport.h"
#include "export/TableExport.h"
#include "io/PortfolioFile.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "validation/Validation.h"

namespace {

constexpr int kOk = 0;
constexpr int kInvalidInput = 1;
constexpr int kUsage = 2;

int usage(const std::string& message) {
    std::cerr << "mine2ai-cli report: " << message
              << "\nUsage: mine2ai-cli report FILE --pdf OUT.pdf [--png DIR] [--svg DIR] [--csv DIR]"
                 " [--xlsx OUT.xlsx] [--paper a4|letter] [--sites NAME,...] [--no-appendix]\n";
    return kUsage;
}

int fail(const QString& message) {
    std::cerr << "mine2ai-cli report: " << message.toStdString() << '\n';
    return kInvalidInput;
}

struct Args {
    std::string input;
    std::string pdf, png, svg, csv, xlsx;
    QPageSize::PageSizeId paper = QPageSize::A4;
    std::optional<std::vector<std::string>> sites;
    bool appendix = true;
};

// Returns an error message for usage errors, empty when fine.
std::string parse(const std::vector<std::string>& args, Args& out) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& into) -> std::string {
            if (i + 1 >= args.size() || args[i + 1].empty()) return a + " needs a value";
            into = args[++i];
            return {};
        };
        std::string err;
        if (a == "--pdf")
            err = value(out.pdf);
        else if (a == "--png")
            err = value(out.png);
        else if (a == "--svg")
            err = value(out.svg);
        else if (a == "--csv")
            err = value(out.csv);
        else if (a == "--xlsx")
            err = value(out.xlsx);
        else if (a == "--no-appendix")
            out.appendix = false;
        else if (a == "--paper") {
            std::string paper;
            err = value(paper);
            if (err.empty()) {
                if (paper == "a4" || paper == "A4")
                    out.paper = QPageSize::A4;
                else if (paper == "letter" || paper == "Letter")
                    out.paper = QPageSize::Letter;
                else
                    err = "--paper must be a4 or letter, got '" + paper + "'";
            }
        } else if (a == "--sites") {
            std::string list;
            err = value(list);
            if (err.empty()) {
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
                if (names.empty()) err = "--sites needs at least one site name";
                out.sites = names;
            }
        } else if (!a.empty() && a[0] == '-')
            err = "unknown option " + a;
        else if (out.input.empty())
            out.input = a;
        else
            err = "more than one input file given ('" + out.input + "' and '" + a + "')";
        if (!err.empty()) return err;
    }
    if (out.input.empty()) return "no input file given (a .m2ai or .json file, or 'sample')";
    if (out.pdf.empty()) return "--pdf OUT.pdf is required";
    return {};
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
}

}  // namespace

int runReportCommand(const std::vector<std::string>& args) {
    Args a;
    if (const std::string err = parse(args, a); !err.empty()) return usage(err);

    m2ai::Portfolio portfolio;
    if (a.input == "sample") {
        portfolio = m2ai::samplePortfolio();
    } else {
        m2ai::LoadedPortfolio loaded = m2ai::loadPortfolioFile(a.input);
        if (!loaded.ok) {
            if (loaded.problems.empty()) std::cerr << "mine2ai-cli report: " << loaded.error << '\n';
            for (const auto& p : loaded.problems) std::cerr << a.input << ": " << p.toString() << '\n';
            return kInvalidInput;
        }
        portfolio = std::move(loaded.portfolio);
    }
    if (const auto problems = m2ai::validate(portfolio); !problems.empty()) {
        for (const auto& p : problems) std::cerr << a.input << ": " << p.toString() << '\n';
        return kInvalidInput;
    }

    ReportOptions options;
    options.paper = a.paper;
    options.appendix = a.appendix;
    if (a.sites) {
        std::vector<int> indices;
        for (const std::string& name : *a.sites) {
            int found = -1;
            for (size_t i = 0; i < portfolio.sites.size(); ++i)
                if (portfolio.sites[i].name == name) found = static_cast<int>(i);
            if (found < 0) {
                std::string known;
                for (const auto& s : portfolio.sites) known += (known.empty() ? "" : ", ") + s.name;
                std::cerr << "mine2ai-cli report: --sites: no site named '" << name << "' (sites: " << known
                          << ")\n";
                return kInvalidInput;
            }
            indices.push_back(found);
        }
        options.sites = indices;
    }

    ensureApplication();
    const m2ai::PortfolioResult result = m2ai::computePortfolio(portfolio);
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
    std::cout << "wrote " << a.pdf << " (" << renderer.pageCount() << " pages)\n";
    return kOk;
}
