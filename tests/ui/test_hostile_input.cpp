// Hostile and careless input in the GUI (issue 10): names that are HTML or bidi tricks, spreadsheet
// formulas in CSV cells, out-of-range numbers typed into spin boxes, Save As over an existing file
// and closing a window with unsaved changes (run under ASan+UBSan in CI: the close case is UB-free
// only because ~MainWindow cuts the document's connections first).
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

#include "app/MainWindow.h"
#include "charts/SiteCharts.h"
#include "document/ProjectDocument.h"
#include "editors/CostAssumptionsDialog.h"
#include "editors/RangeSpinBox.h"
#include "editors/SiteEditor.h"
#include "engines/Compute.h"
#include "export/TableExport.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "storage/ProjectFile.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "util/PlainText.h"
#include "views/PortfolioView.h"
#include "views/SiteDashboard.h"

namespace {

const QString kHtmlName = QStringLiteral("<b>x</b><img src=\"/etc/hostname\" width=99999 height=99999>");

// What an HTML sink shows for `html`: its plain text.
QString shownByHtmlSink(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Number of records in RFC 4180 text: line breaks outside quoted fields.
int csvRecords(const QByteArray& csv) {
    int records = 0;
    bool quoted = false;
    for (char c : csv) {
        if (c == '"') quoted = !quoted;
        if (!quoted && c == '\n') ++records;
    }
    return records;
}

QString rangeText(double min, double max) {
    return QStringLiteral("%1 to %2").arg(QLocale().toString(min, 'g', 10), QLocale().toString(max, 'g', 10));
}

}  // namespace

// ---- rich text and bidi ----------------------------------------------------------------------

TEST_CASE("User strings reach HTML and auto-detecting sinks as the plain text typed", "[ui][hostile]") {
    testsupport::qtApp();
    // HTML sinks (chart titles, legends, axis labels) show exactly the name, no tag interpreted.
    CHECK(PlainText::plainTextForRichContext(kHtmlName).startsWith(QStringLiteral("&lt;b&gt;")));
    CHECK(shownByHtmlSink(PlainText::plainTextForRichContext(kHtmlName)) == kHtmlName);
    // Auto-detecting sinks (tooltips, message boxes): always HTML, showing the name literally.
    const QString tip = PlainText::plainTextForAutoDetect(kHtmlName);
    CHECK(Qt::mightBeRichText(tip));
    CHECK(shownByHtmlSink(tip) == kHtmlName);
    // Unescaped, the same string would have been taken as HTML and shown as "x" (the test can fail).
    CHECK(Qt::mightBeRichText(kHtmlName));
    CHECK(shownByHtmlSink(kHtmlName) != kHtmlName);
}

TEST_CASE("A site named like HTML is plain text in the dashboard, charts and undo tooltip", "[ui][hostile]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    m2ai::Portfolio p = testsupport::fixturePortfolio();
    doc->load(p, QString());
    REQUIRE(doc->editSite(0, QStringLiteral("Rename"), QStringLiteral("name"),
                          [](m2ai::Site& s) { s.name = kHtmlName.toStdString(); }));
    window.showSite(0);
    doc->waitForCompute();

    auto* title = window.siteDashboard()->findChild<QLabel*>(QStringLiteral("dashboardTitle"));
    REQUIRE(title);
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(title->text().contains(kHtmlName));

    // Portfolio charts: the legend entry and the category label render HTML, so they hold the
    // escaped name, which shows as the name itself.
    std::unique_ptr<QChart> capacity(makePortfolioCapacityChart(doc->portfolio(), doc->result()));
    bool legendFound = false;
    for (QAbstractSeries* s : capacity->series())
        if (shownByHtmlSink(s->name()) == kHtmlName) legendFound = true;
    CHECK(legendFound);
    std::unique_ptr<QChart> npv(makeNpvBySiteChart(doc->portfolio(), doc->result()));
    bool categoryFound = false;
    for (QAbstractAxis* axis : npv->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            for (const QString& c : categories->categories())
                if (shownByHtmlSink(c) == kHtmlName) categoryFound = true;
    CHECK(categoryFound);

    // The undo tool button's tooltip carries the command text; it must not be taken as HTML.
    bool undoChecked = false;
    for (QAction* a : window.findChildren<QAction*>()) {
        // The Edit menu's Undo and the toolbar's (whose tooltip names the command).
        if (!a->text().contains(QStringLiteral("Undo")) || a->text().contains(QStringLiteral("History")))
            continue;
        undoChecked = true;
        CHECK(Qt::mightBeRichText(a->toolTip()));
        CHECK_FALSE(a->toolTip().contains(QStringLiteral("<img")));
    }
    CHECK(undoChecked);
}

TEST_CASE("A right-to-left override inside a name cannot reorder the report line around it",
          "[ui][hostile]") {
    testsupport::qtApp();
    const QString rlo = QString(QChar(0x202E)) + QStringLiteral("evil name");
    const QString after = QStringLiteral(" — Summary");
    auto siteStartsRightOfName = [&](const QString& name) {
        const QString line = name + after;
        QTextLayout layout(line);
        layout.beginLayout();
        QTextLine l = layout.createLine();
        l.setLineWidth(10000);
        layout.endLayout();
        // Visual x inside "Summary" against inside the name (one character in: the edge of a
        // direction run is ambiguous).
        const int summary = line.indexOf(QStringLiteral("Summary")) + 1;
        const int inName = line.indexOf(QStringLiteral("evil")) + 1;
        return l.cursorToX(summary) > l.cursorToX(inName);
    };
    CHECK(siteStartsRightOfName(PlainText::bidiIsolated(rlo)));
    CHECK_FALSE(siteStartsRightOfName(rlo));  // unisolated, the override reverses " — Summary"
    // A stray PDI in the name cannot close our isolate early; an unclosed isolate is closed.
    const QString stray = PlainText::bidiIsolated(QString(QChar(0x2069)) + rlo);
    CHECK(stray.count(QChar(0x2069)) == 1);
    const QString unclosed = PlainText::bidiIsolated(QString(QChar(0x2067)) + QStringLiteral("x"));
    CHECK(unclosed.endsWith(QString(QChar(0x2069)) + QChar(0x2069)));
    CHECK(siteStartsRightOfName(PlainText::bidiIsolated(QString(QChar(0x2069)) + rlo)));
}

TEST_CASE("A right-to-left override in the portfolio name leaves the PDF header and footer in order",
          "[ui][hostile][report]") {
    testsupport::qtApp();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext not installed: cannot read the PDF back");
        return;
    }
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.name = (QString(QChar(0x202E)) + QStringLiteral("evil")).toStdString();  // RLO, never closed
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("rlo.pdf"));
    ReportOptions options;
    options.sites = std::vector<int>{0};
    options.appendix = false;
    options.date = QDate(2026, 5, 1);
    QString error;
    REQUIRE(ReportRenderer(p, r, options).writePdf(pdf, &error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString out =
        QString::fromUtf8(text.readAllStandardOutput()).replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Unisolated, the override would run to the end of each line: "yrammus oiloftroP — live".
    CHECK(out.contains(QStringLiteral("Portfolio summary")));
    CHECK_FALSE(out.contains(QStringLiteral("yrammus oiloftroP")));
    CHECK(out.contains(QStringLiteral("Mine2AI Planner " M2AI_VERSION)));
    CHECK(out.contains(QStringLiteral("Page 3 of 3")));
}

// ---- CSV and xlsx ----------------------------------------------------------------------------

TEST_CASE("CSV cells that a spreadsheet would run as formulas are neutralised, numbers stay numbers",
          "[ui][hostile][export]") {
    using exporting::csvTextCell;
    // OWASP CSV injection: = + - @ TAB CR first → a leading ' and a quoted field.
    CHECK(csvTextCell(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(csvTextCell(QStringLiteral("+1")) == QStringLiteral("\"'+1\""));
    CHECK(csvTextCell(QStringLiteral("-2+3")) == QStringLiteral("\"'-2+3\""));
    CHECK(csvTextCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("\"'@SUM(A1)\""));
    CHECK(csvTextCell(QStringLiteral("\t=1")) == QStringLiteral("\"'\t=1\""));
    CHECK(csvTextCell(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(csvTextCell(QStringLiteral("Nordic 1")) == QStringLiteral("Nordic 1"));  // ordinary text as is
    CHECK(csvTextCell(QStringLiteral("a=b")) == QStringLiteral("a=b"));            // only a leading trigger

    exporting::Table t;
    t.name = QStringLiteral("t");
    t.headers = {QStringLiteral("Site"), QStringLiteral("NPV (USD)")};
    t.rows.push_back({QStringLiteral("line\rbreak"), -5.0});  // a bare CR inside a name
    t.rows.push_back({QStringLiteral("two\nlines"), -0.25});
    t.rows.push_back({QStringLiteral("-5"), 7.0});  // a name that looks like a number is text
    const QByteArray csv = exporting::toCsv(t);
    CHECK(csvRecords(csv) == 4);  // header + 3 rows: no line break starts a row
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(csv.contains("\"line\rbreak\",-5\n"));  // the negative number is a plain number
    CHECK(csv.contains("\"two\nlines\",-0.25\n"));
    CHECK(csv.contains("\"'-5\",7\n"));
}

TEST_CASE("The xlsx workbook stores formula-like names as strings, never as formulas",
          "[ui][hostile][export]") {
    testsupport::qtApp();
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        WARN("unzip not installed: cannot look inside the workbook");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    exporting::Table t;
    t.name = QStringLiteral("sheet");
    t.headers = {QStringLiteral("Site"), QStringLiteral("Value")};
    t.rows.push_back({QStringLiteral("=1+1"), -3.0});
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QString error;
    REQUIRE(exporting::writeXlsx({t}, path, &error));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml"),
                 QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QByteArray xml = unzip.readAllStandardOutput();
    REQUIRE(xml.contains("<sheetData>"));
    CHECK_FALSE(xml.contains("<f>"));  // no formula cell anywhere
    CHECK(xml.contains("=1+1"));       // the name is a shared string
    CHECK(xml.contains("<v>-3</v>"));  // the number a number
}

// ---- spin boxes ------------------------------------------------------------------------------

namespace {

// Types `text` over the whole content of a spin box and presses Enter, like a user.
template <typename Spin>
void typeAndEnter(Spin* spin, const QString& text) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

}  // namespace

TEST_CASE("Out-of-range numbers typed into the site editor are refused with field and range",
          "[ui][hostile]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(1);
    QDoubleSpinBox* grid = window.siteEditor()->doubleField(QStringLiteral("gridInterconnectMw"));
    REQUIRE(grid);
    REQUIRE(grid->value() == 20.0);

    for (const QString& typed : {QStringLiteral("-50"), QStringLiteral("1e12")}) {
        INFO(typed.toStdString());
        grid->setFocus();
        grid->selectAll();
        QTest::keyClicks(grid, typed);
        CHECK(grid->text().startsWith(typed));  // kept as typed, not "50" or "112"
        QTest::keyClick(grid, Qt::Key_Return);
        CHECK(doc->portfolio() == testsupport::fixturePortfolio());  // model unchanged
        CHECK(doc->undoStack()->count() == 0);
        const QString message = window.statusBar()->currentMessage();
        CHECK(message.contains(QStringLiteral("Grid interconnect today")));
        CHECK(message.contains(typed));
        CHECK(message.contains(rangeText(0.0, 10000.0)));
        CHECK(grid->value() == 20.0);  // shows the model's value again, never a clamped one
        CHECK_FALSE(grid->text().contains(typed));
        CHECK(grid->toolTip().contains(QStringLiteral("Refused")));
    }
    // An in-range entry still goes through, exponent included.
    typeAndEnter(grid, QStringLiteral("25"));
    CHECK(doc->portfolio().sites[1].gridInterconnectMw == 25.0);
    typeAndEnter(grid, QStringLiteral("3e1"));
    CHECK(doc->portfolio().sites[1].gridInterconnectMw == 30.0);
}

TEST_CASE("An out-of-range discount rate or count is refused, not truncated", "[ui][hostile]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    auto* discount = window.portfolioView()->findChild<QDoubleSpinBox*>(QStringLiteral("discountRatePct"));
    REQUIRE(discount);
    typeAndEnter(discount, QStringLiteral("150"));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());  // not 15 %
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Discount rate")));
    CHECK(window.statusBar()->currentMessage().contains(rangeText(0.0, 100.0)));

    window.showSite(0);
    auto* units = window.siteEditor()->findChild<QSpinBox*>(QStringLiteral("mining.units"));
    REQUIRE(units);
    typeAndEnter(units, QStringLiteral("-3"));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Units")));
}

TEST_CASE("The cost assumptions dialog refuses an out-of-range entry and stays open", "[ui][hostile]") {
    testsupport::qtApp();
    const m2ai::CostAssumptions costs;
    CostAssumptionsDialog dialog(costs);
    dialog.show();
    auto* contingency = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("contingencyPct"));
    REQUIRE(contingency);
    // Enter on "150": refused, and Enter does not press OK with the old value.
    typeAndEnter(contingency, QStringLiteral("150"));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.refusalText().contains(QStringLiteral("Contingency")));
    CHECK(dialog.refusalText().contains(QStringLiteral("150")));
    CHECK(dialog.refusalText().contains(rangeText(0.0, 100.0)));
    CHECK(dialog.costs() == costs);  // not 15 %

    // "150" typed and OK pressed while the box still has it (uncommitted): refused too.
    contingency->selectAll();
    QTest::keyClicks(contingency, QStringLiteral("150"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.costs() == costs);

    // A click on OK first moves the focus there, which commits (and refuses) the entry: that same
    // click must not close the dialog; the next OK does.
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    contingency->setFocus();
    contingency->selectAll();
    QTest::keyClicks(contingency, QStringLiteral("150"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ok->setFocus(Qt::MouseFocusReason);
    CHECK(contingency->value() == costs.contingencyPct);
    dialog.accept();
    CHECK(dialog.isVisible());
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.costs() == costs);
}

// ---- Save As and close -----------------------------------------------------------------------

TEST_CASE("Save As asks before replacing the file the final name points to", "[ui][hostile]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("plan.m2ai"));
    REQUIRE(m2ai::saveProject(m2ai::samplePortfolio(), existing.toStdString()).ok);
    const QByteArray before = readAll(existing);

    MainWindow window;
    window.document()->load(testsupport::fixturePortfolio(), QString());
    QStringList asked;
    bool answer = false;
    window.setOverwriteQuestion([&](const QString& path) {
        asked << path;
        return answer;
    });
    CHECK(MainWindow::finalProjectPath(dir.filePath(QStringLiteral("plan"))) == existing);
    // Typed without the extension: the question is about plan.m2ai, and "no" keeps it.
    CHECK_FALSE(window.saveAsChosen(dir.filePath(QStringLiteral("plan"))));
    CHECK(asked == QStringList{existing});
    CHECK(readAll(existing) == before);
    // "Yes" replaces it.
    answer = true;
    CHECK(window.saveAsChosen(dir.filePath(QStringLiteral("plan"))));
    CHECK(asked.size() == 2);
    CHECK(readAll(existing) != before);
    // A new name asks nothing.
    CHECK(window.saveAsChosen(dir.filePath(QStringLiteral("fresh"))));
    CHECK(asked.size() == 2);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("fresh.m2ai"))));
}

TEST_CASE("Destroying a main window with unsaved changes delivers nothing into it", "[ui][hostile]") {
    testsupport::qtApp();
    auto window = std::make_unique<MainWindow>();
    window->document()->load(testsupport::fixturePortfolio(), QString());
    REQUIRE(window->document()->editSite(0, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
                                         [](m2ai::Site& s) { s.gridInterconnectMw = 50.0; }));
    REQUIRE(window->document()->editSite(0, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
                                         [](m2ai::Site& s) { s.gridInterconnectMw = 55.0; }));
    REQUIRE(window->isWindowModified());
    window->show();
    QUndoStack* stack = window->document()->undoStack();
    int signalsDuringTeardown = 0;
    QObject probe;
    QObject::connect(stack, &QUndoStack::cleanChanged, &probe, [&] { ++signalsDuringTeardown; });
    // The undo stack still emits while it is destroyed (the probe sees it)…
    window.reset();  // …but under UBSan this would report a member call into a destroyed MainWindow
    CHECK(signalsDuringTeardown == 1);
}
