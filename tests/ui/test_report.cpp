// The report and the exports, headless: exact page counts (pdfinfo), site names and KPI values in
// the PDF text (pdftotext), charts as PNG/SVG, tables as CSV and .xlsx, and the CLI's exit codes.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "engines/Compute.h"
#include "export/ChartExport.h"
#include "export/TableExport.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"

namespace {

std::string shell(const QString& command) {
    const auto r = m2ai::test::runProcess("/bin/sh", {"-c", command.toStdString()});
    return r.out;
}

int pdfPages(const QString& pdf) {
    const std::string info = shell(QStringLiteral("pdfinfo '%1'").arg(pdf));
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// pdftotext joins nothing across drawText calls, but may break lines: compare without newlines.
QString pdfText(const QString& pdf) {
    QString text = QString::fromStdString(shell(QStringLiteral("pdftotext '%1' -").arg(pdf)));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QStringList csvLine(const QString& line) {
    return line.split(QLatin1Char(','));
}  // no quoted commas in the checked rows

}  // namespace

TEST_CASE("Report page list: title + summary + one per site + appendix", "[report]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    REQUIRE(r.sites.size() == 6);
    CHECK(ReportRenderer(p, r).pageCount() == 9);  // 1 + 1 + 6 + 1
    ReportOptions o;
    o.sites = std::vector<int>{0, 2};
    o.appendix = false;
    CHECK(ReportRenderer(p, r, o).pageCount() == 4);  // 1 + 1 + 2
    o.summary = false;
    o.sites = std::vector<int>{};
    CHECK(ReportRenderer(p, r, o).pageCount() == 1);  // the title page only
}

TEST_CASE("Sample report PDF: exact pages, every site and KPI in the text", "[report]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    ReportOptions options;
    options.date = QDate(2026, 5, 1);
    QString error;
    REQUIRE(ReportRenderer(p, r, options).writePdf(pdf, &error));
    CHECK(pdfPages(pdf) == 9);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Page 9 of 9")));
    CHECK(text.contains(QStringLiteral("Mine2AI Planner " M2AI_VERSION)));
    CHECK(text.contains(QStringLiteral("2026-05-01")));
    // Portfolio totals as on the title page.
    CHECK(text.contains(ReportFormat::mw(r.itMw)));
    CHECK(text.contains(ReportFormat::usdM(r.npvUsd)));
    CHECK(text.contains(ReportFormat::usdM(r.incrementalNpvUsd)));
    CHECK(text.contains(ReportFormat::count(r.gpus)));
    for (const m2ai::SiteResult& s : r.sites) {
        INFO(s.name);
        CHECK(text.contains(QString::fromStdString(s.name)));
        // The site page's key figures.
        CHECK(text.contains(ReportFormat::mw(s.power.itMw)));
        CHECK(text.contains(ReportFormat::usdM(s.economics.capexUsd)));
        CHECK(text.contains(ReportFormat::usdM(s.economics.npvUsd)));
        CHECK(text.contains(ReportFormat::usdM(s.economics.incrementalNpvUsd)));
        CHECK(text.contains(ReportFormat::month(p.startMonth, s.schedule.rfsMonthIndex)));
    }
    // Thousands separators are on even in the C locale: the sample has > 1,000 MW of grid in total.
    REQUIRE(r.gridMw >= 1000.0);
    CHECK(ReportFormat::mw(r.gridMw).contains(QLatin1Char(',')));
}

TEST_CASE("Report format helpers", "[report]") {
    CHECK(ReportFormat::number(1234567.891, 1) == QStringLiteral("1,234,567.9"));
    CHECK(ReportFormat::usdM(-1014.6e6) == QStringLiteral("USD -1,014.6 M"));
    CHECK(ReportFormat::number(-0.01, 1) == QStringLiteral("0.0"));
    CHECK(ReportFormat::irr(0.0866) == QStringLiteral("8.7 %"));
    CHECK(ReportFormat::irr(std::nullopt) == QStringLiteral("—"));
    CHECK(ReportFormat::month(m2ai::YearMonth{2027, 1}, 14) == QStringLiteral("Mar 2028"));
}

TEST_CASE("Table exports: CSV parses back, xlsx holds one sheet per table", "[report]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    const auto tables = exporting::buildTables(p, r);
    REQUIRE(tables.size() == 4);
    QTemporaryDir dir;
    QStringList written;
    REQUIRE(exporting::writeCsvTables(tables, dir.path(), &written));
    CHECK(written.size() == 4);

    QFile kpis(dir.filePath(QStringLiteral("portfolio-kpis.csv")));
    REQUIRE(kpis.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(kpis.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 6 + 1);  // header, six sites, total
    const QStringList header = csvLine(lines[0]);
    const int itCol = static_cast<int>(header.indexOf(QStringLiteral("IT (MW)")));
    const int npvCol = static_cast<int>(header.indexOf(QStringLiteral("NPV (USD)")));
    REQUIRE(itCol > 0);
    REQUIRE(npvCol > 0);
    for (size_t i = 0; i < r.sites.size(); ++i) {
        const QStringList row = csvLine(lines[static_cast<qsizetype>(i) + 1]);
        CHECK(row[0].toStdString() == r.sites[i].name);
        // Shortest round-trip text: parses back to the very same double.
        CHECK(row[itCol].toDouble() == r.sites[i].power.itMw);
        CHECK(row[npvCol].toDouble() == r.sites[i].economics.npvUsd);
    }
    CHECK(csvLine(lines.last())[npvCol].toDouble() == r.npvUsd);
    CHECK(exporting::csvNumber(0.1) == QStringLiteral("0.1"));

    // The cash-flow columns between "Month" and "Net (USD)" are the signed components of net cash
    // (engines/CashFlowComponents.h): they add up to net on every row.
    QFile cash(dir.filePath(QStringLiteral("monthly-cash-flow.csv")));
    REQUIRE(cash.open(QIODevice::ReadOnly));
    const QStringList cashLines =
        QString::fromUtf8(cash.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList cashHeader = csvLine(cashLines[0]);
    const int firstComponent = static_cast<int>(cashHeader.indexOf(QStringLiteral("Month"))) + 1;
    const int netCol = static_cast<int>(cashHeader.indexOf(QStringLiteral("Net (USD)")));
    REQUIRE(netCol - firstComponent == 9);
    REQUIRE(cashLines.size() == 1 + 6 * 120);
    for (qsizetype i = 1; i < cashLines.size(); ++i) {
        const QStringList row = csvLine(cashLines[i]);
        double sum = 0.0;
        for (int c = firstComponent; c < netCol; ++c) sum += row[c].toDouble();
        const double net = row[netCol].toDouble();
        CHECK(std::abs(sum - net) <= 1e-9 * std::max(1.0, std::abs(net)));
    }

    QFile pue(dir.filePath(QStringLiteral("pue-by-month.csv")));
    REQUIRE(pue.open(QIODevice::ReadOnly));
    const QStringList pueLines =
        QString::fromUtf8(pue.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(pueLines.size() == 1 + 6 * 12);
    CHECK(csvLine(pueLines[7])[2].toDouble() == r.sites[0].power.pue.monthly[6]);  // first site, July

    const QString xlsx = dir.filePath(QStringLiteral("tables.xlsx"));
    REQUIRE(exporting::writeXlsx(tables, xlsx));
    const std::string listing = shell(QStringLiteral("unzip -l '%1'").arg(xlsx));
    for (const char* sheet : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml"})
        CHECK(listing.find(sheet) != std::string::npos);
    CHECK(listing.find("xl/worksheets/sheet5.xml") == std::string::npos);
    // Numbers are stored as numbers (<v>…</v> in a cell without t="s"), e.g. the first site's IT MW.
    const std::string sheet1 = shell(QStringLiteral("unzip -p '%1' xl/worksheets/sheet1.xml").arg(xlsx));
    CHECK(sheet1.find("<v>" + exporting::csvNumber(r.sites[0].power.itMw).toStdString() + "</v>") !=
          std::string::npos);
}

TEST_CASE("mine2ai-cli report: PDF, charts, tables — exit codes", "[report]") {
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    const auto ok = m2ai::test::runProcess(
        M2AI_CLI_PATH,
        {"report", "sample", "--pdf", d + "/r.pdf", "--png", d + "/png", "--svg", d + "/svg", "--csv",
         d + "/csv", "--xlsx", d + "/t.xlsx", "--paper", "letter", "--sites", "Tydal,Gedu", "--no-appendix"});
    INFO(ok.err);
    REQUIRE(ok.exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    CHECK(pdfPages(pdf) == 4);  // title + summary + Tydal + Gedu
    CHECK(shell(QStringLiteral("pdfinfo '%1'").arg(pdf)).find("612 x 792") != std::string::npos);  // Letter
    const QImage png(dir.filePath(QStringLiteral("png/tydal-pue.png")));
    CHECK(png.size() == QSize(1200, 700));
    CHECK(QDir(dir.filePath(QStringLiteral("png"))).entryList({QStringLiteral("*.png")}).size() == 2 + 6 * 6);
    QFile svg(dir.filePath(QStringLiteral("svg/portfolio-capacity.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    while (!xml.atEnd()) xml.readNext();
    CHECK_FALSE(xml.hasError());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("csv/schedule.csv"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("t.xlsx"))));

    CHECK(m2ai::test::runProcess(M2AI_CLI_PATH, {"report", "sample"}).exitCode == 2);  // no --pdf
    CHECK(m2ai::test::runProcess(M2AI_CLI_PATH, {"report", "sample", "--pdf", d + "/x.pdf", "--paper", "a3"})
              .exitCode == 2);
    const auto missing =
        m2ai::test::runProcess(M2AI_CLI_PATH, {"report", d + "/nope.m2ai", "--pdf", d + "/x.pdf"});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.empty());
    const auto badSite = m2ai::test::runProcess(
        M2AI_CLI_PATH, {"report", "sample", "--pdf", d + "/x.pdf", "--sites", "Atlantis"});
    CHECK(badSite.exitCode == 1);
    CHECK(badSite.err.find("Atlantis") != std::string::npos);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
