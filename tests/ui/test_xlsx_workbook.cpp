// The analyst's workbook (export/XlsxWorkbook.cpp): number formats, dates, frozen headers,
// autofilter, print setup and properties, read from the archive's XML; and the cash-flow formulas
// recalculated by LibreOffice to the app's own NPV, IRR and net cash (skipped only without soffice).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>
#include <cmath>

#include "engines/Compute.h"
#include "export/TableExport.h"
#include "sample/Sample.h"
#include "support/QtApp.h"

namespace {

QByteArray unzipPart(const QString& xlsx, const QString& part) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
    REQUIRE(unzip.waitForFinished(60000));
    return unzip.readAllStandardOutput();
}

// One CSV record (RFC 4180 quotes; records here never span lines).
QStringList csvFields(const QString& line) {
    QStringList out;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell;
    return out;
}

// "17.3322911432235%" → 0.173322911432235; "406111140.2074" → itself.
double value(const QString& cell) {
    if (cell.endsWith(u'%')) return cell.chopped(1).toDouble() / 100.0;
    return cell.toDouble();
}

bool near(double a, double b, double relative) {
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

struct Workbook {
    m2ai::Portfolio portfolio = m2ai::samplePortfolio();
    m2ai::PortfolioResult result = m2ai::computePortfolio(portfolio);
    QTemporaryDir dir;
    QString path;
    explicit Workbook(bool cache) {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("w.xlsx"));
        const exporting::WorkbookContext context{&portfolio, &result, cache};
        QString error;
        REQUIRE(exporting::writeXlsx(exporting::buildTables(portfolio, result), path, &error, &context));
    }
};

}  // namespace

TEST_CASE("xlsx workbook: formats per column, dates, frozen headers, filter, print setup, properties",
          "[report][xlsx]") {
    testsupport::qtApp();
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        WARN("unzip not installed: cannot look inside the workbook");
        return;
    }
    const Workbook w(true);
    const QByteArray styles = unzipPart(w.path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("formatCode=\"#,##0.0,,&quot; M&quot;;-#,##0.0,,&quot; M&quot;\""));  // USD in M
    CHECK(styles.contains("formatCode=\"0.0%\""));
    CHECK(styles.contains("formatCode=\"#,##0.0\""));  // MW, one decimal
    CHECK(styles.contains("formatCode=\"mmm yyyy\""));
    const QByteArray kpis = unzipPart(w.path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(kpis.contains("state=\"frozen\""));
    CHECK(kpis.contains("<autoFilter ref=\"A1:W8\""));  // header + six sites + total, 23 columns
    CHECK(kpis.contains("orientation=\"landscape\""));
    CHECK(kpis.contains("fitToHeight=\"0\""));
    CHECK(kpis.contains("fitToPage=\"1\""));
    CHECK(kpis.contains("<col "));
    // Months are real dates: 2027-01-01 is day 46388 of the spreadsheet calendar.
    const QByteArray cash = unzipPart(w.path, QStringLiteral("xl/worksheets/sheet3.xml"));
    CHECK(cash.contains("<v>46388</v>"));
    const QByteArray core = unzipPart(w.path, QStringLiteral("docProps/core.xml"));
    CHECK(core.contains("<dc:title>Sample: six mining sites to AI</dc:title>"));
    CHECK(core.contains("Mine2AI Planner"));
    const QByteArray workbook = unzipPart(w.path, QStringLiteral("xl/workbook.xml"));
    for (const char* sheet :
         {"name=\"Inputs\"", "name=\"Site inputs\"", "name=\"CF 1 Tydal\"", "name=\"CF 6 Fox Creek\""})
        CHECK(workbook.contains(sheet));
    const QByteArray cf = unzipPart(w.path, QStringLiteral("xl/worksheets/sheet7.xml"));
    // Columns C..K: one per component of net cash (engines/CashFlowComponents.h); net is column L.
    CHECK(cf.contains("<f>C11+NPV(B4,C12:C130)</f>") == false);
    CHECK(cf.contains("<f>L11+NPV(B4,L12:L130)</f>"));
    CHECK(cf.contains("<f>(1+IRR(L11:L130,0.01))^12-1</f>"));
    CHECK(cf.contains("<f>C11+D11-E11-F11-G11-H11-I11+J11+K11</f>"));
    // After present value (O): income tax, debt drawdown, debt service (P..R) and equity net (S).
    CHECK(cf.contains("<f>L11+P11+Q11+R11</f>"));
    CHECK(cf.contains("<f>(1+IRR(S11:S130,0.01))^12-1</f>"));
    const QByteArray strings = unzipPart(w.path, QStringLiteral("xl/sharedStrings.xml"));
    for (const char* h :
         {"Income tax (USD)", "Debt drawdown (USD)", "Debt service (USD)", "Equity net (USD)"})
        CHECK(strings.contains(h));
    CHECK(exporting::cashFlowSheetName(4, QStringLiteral("Akaki [Addis]: a/b")) ==
          QStringLiteral("CF 5 Akaki _Addis__ a_b"));
}

TEST_CASE("xlsx workbook: LibreOffice recalculates the cash-flow formulas to the app's numbers",
          "[report][xlsx][libreoffice]") {
    testsupport::qtApp();
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        // Catch2 2.13 has no SKIP; a warning names what was not checked.
        WARN("LibreOffice (soffice) not installed: the formulas were not recalculated");
        return;
    }
    // No cached results in the file: every number LibreOffice prints, it computed itself.
    const Workbook w(false);
    QTemporaryDir profile;
    // LibreOffice trusts an xlsx file's cached results by default; this profile makes it recalculate
    // every formula on load (Tools > Options > Calc > Formula > Recalculation on file load: Always).
    REQUIRE(QDir(profile.path()).mkpath(QStringLiteral("user")));
    QFile settings(profile.filePath(QStringLiteral("user/registrymodifications.xcu")));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    settings.close();
    QProcess lo;
    lo.setWorkingDirectory(w.dir.path());
    lo.setStandardInputFile(QProcess::nullDevice());
    // The profile is a URL: the temporary folder's name holds a space, which must be encoded.
    lo.start(soffice,
             {QStringLiteral("-env:UserInstallation=") +
                  QUrl::fromLocalFile(profile.path()).toString(QUrl::FullyEncoded),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"),
              // All sheets (-1), raw values (not "as shown"), UTF-8, comma-separated.
              QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
              QStringLiteral("--outdir"), w.dir.path(), w.path});
    REQUIRE(lo.waitForFinished(300000));
    INFO(lo.readAllStandardError().toStdString());
    for (std::size_t i = 0; i < w.result.sites.size(); ++i) {
        const m2ai::SiteResult& s = w.result.sites[i];
        const QString csvPath = QDir(w.dir.path())
                                    .filePath(QStringLiteral("w-%1.csv")
                                                  .arg(exporting::cashFlowSheetName(
                                                      static_cast<int>(i), QString::fromStdString(s.name))));
        QFile csv(csvPath);
        INFO(csvPath.toStdString());
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n');
        REQUIRE(lines.size() > 10 + 119);
        const double npv = value(csvFields(lines[4])[1]);
        INFO(s.name << ": LibreOffice NPV " << npv << ", app " << s.economics.npvUsd);
        CHECK(near(npv, s.economics.npvUsd, 1e-9));
        CHECK(near(value(csvFields(lines[6])[1]), s.economics.npvUsd, 1e-9));  // sum of the PV column
        if (s.economics.financing.equityIrr) {
            const double equityIrr = value(csvFields(lines[8])[1]);
            INFO("LibreOffice equity IRR " << equityIrr << ", app " << *s.economics.financing.equityIrr);
            CHECK(std::abs(equityIrr - *s.economics.financing.equityIrr) < 1e-6);
        }
        if (s.economics.irr) {
            const double irr = value(csvFields(lines[5])[1]);
            INFO("LibreOffice IRR " << irr << ", app " << *s.economics.irr);
            CHECK(std::abs(irr - *s.economics.irr) < 1e-6);
        }
        for (std::size_t m = 0; m < s.economics.monthly.size(); ++m) {
            const QStringList row = csvFields(lines[static_cast<qsizetype>(10 + m)]);
            // index, month, 9 components, net (L), cumulative (M), factor, PV, tax, drawdown, service,
            // equity net (S)
            REQUIRE(row.size() >= 19);
            CHECK(near(row[11].toDouble(), s.economics.monthly[m].netUsd, 1e-12));
            CHECK(near(row[12].toDouble(), s.economics.cumulativeNetUsd[m], 1e-9));
            const m2ai::FinancingResult& fin = s.economics.financing;
            if (m < fin.equityNetUsdByMonth.size())
                CHECK(near(row[18].toDouble(), fin.equityNetUsdByMonth[m], 1e-9));
            if (m < fin.taxUsdByMonth.size()) CHECK(near(row[15].toDouble(), -fin.taxUsdByMonth[m], 1e-12));
        }
    }
}
