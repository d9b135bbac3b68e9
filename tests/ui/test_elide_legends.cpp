// Whole words everywhere a name is too long for its room (issue 15 §3): chart legends, report table
// cells, editable combo boxes and the portfolio Total row end in whole words and "…", never a cut
// word, and the whole name stays reachable (tooltip).
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "app/MainWindow.h"
#include "app/Theme.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/LegendText.h"
#include "document/ProjectDocument.h"
#include "report/ReportTable.h"
#include "sample/Sample.h"
#include "scenarios/ScenarioDock.h"
#include "support/QtApp.h"
#include "util/ElidingLineEdit.h"
#include "util/ElidingStyle.h"
#include "util/WordElideDelegate.h"
#include "views/PortfolioView.h"
#include "views/RiskInputsDialog.h"

namespace {

const QString kLong = QStringLiteral("Akaki (Addis Ababa) eastern industrial zone substation");

// True when shown is text, or whole leading words of text followed by "…".
bool wholeWords(const QString& shown, const QString& text) {
    if (shown == text) return true;
    if (!shown.endsWith(QStringLiteral("…"))) return false;
    const QString head = shown.chopped(1);
    if (head.isEmpty()) return true;
    return text.startsWith(head) && text.size() > head.size() && text[head.size()] == QLatin1Char(' ');
}

// Every text Qt draws in the legend (its label items), as laid out now.
QStringList drawnLegendTexts(QLegend* legend) {
    QStringList texts;
    QList<QGraphicsItem*> todo = legend->childItems();
    while (!todo.isEmpty()) {
        QGraphicsItem* item = todo.takeLast();
        todo += item->childItems();
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

QChart* chartWithNames(const QStringList& names, Qt::Alignment legendSide) {
    auto* chart = new QChart;
    chartstyle::setup(chart, QStringLiteral("Capacity"), QChart::ChartThemeLight);
    chart->legend()->setAlignment(legendSide);
    for (const QString& name : names) {
        auto* line = new QLineSeries;
        line->setName(name);
        line->append(0, 1);
        line->append(1, 2);
        chart->addSeries(line);
    }
    chart->createDefaultAxes();
    return chart;
}

void settle() {
    for (int i = 0; i < 3; ++i) QApplication::processEvents();
}

}  // namespace

TEST_CASE("Legend row: a long site name in a narrow chart ends in whole words, whole on hover",
          "[ui][elide][legend]") {
    testsupport::qtApp();
    const QStringList names = {QStringLiteral("Tydal"), kLong, QStringLiteral("Rockdale")};
    ChartView view(chartWithNames(names, Qt::AlignBottom));
    view.resize(420, 300);
    view.show();
    settle();
    const QList<QLegendMarker*> markers = view.chart()->legend()->markers();
    REQUIRE(markers.size() == 3);
    CHECK(markers[0]->label() == QStringLiteral("Tydal"));
    CHECK(markers[2]->label() == QStringLiteral("Rockdale"));
    const QString shown = markers[1]->label();
    CHECK(shown != kLong);
    CHECK(shown.size() > 1);  // some words fit: not a bare "…"
    CHECK(wholeWords(shown, kLong));
    CHECK(legendtext::fullText(markers[1]) == kLong);
    CHECK(legendtext::toolTip(markers[1]) == kLong);
    CHECK(legendtext::toolTip(markers[0]).isEmpty());
    // Qt draws the labels as given: it did not cut any of them further.
    const QStringList drawn = drawnLegendTexts(view.chart()->legend());
    CHECK(drawn.contains(shown));
    for (const QString& text : drawn) CHECK_FALSE(text.endsWith(QStringLiteral("...")));

    // Wide enough, the whole name is back; narrow again, words again (recomputed on resize).
    view.resize(1200, 300);
    settle();
    CHECK(markers[1]->label() == kLong);
    CHECK(legendtext::toolTip(markers[1]).isEmpty());
    view.resize(360, 300);
    settle();
    CHECK(wholeWords(markers[1]->label(), kLong));
    CHECK(markers[1]->label() != kLong);
}

TEST_CASE("Legend column and bar sets keep whole words, also when rendered for a report",
          "[ui][elide][legend]") {
    testsupport::qtApp();
    auto* chart = chartWithNames({kLong, QStringLiteral("IT")}, Qt::AlignRight);
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(QStringLiteral("Incremental NPV versus keeping the miners running"));
    *set << 1.0;
    bars->append(set);
    chart->addSeries(bars);
    std::unique_ptr<QChart> owned(chart);
    QImage image(360, 240, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderChart(painter, QRectF(0, 0, 360, 240), chart);
    }
    int elided = 0;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        const QString whole = legendtext::fullText(marker);
        CHECK(wholeWords(marker->label(), whole));
        if (marker->label() != whole) {
            ++elided;
            CHECK(legendtext::toolTip(marker) == whole);
        }
    }
    CHECK(elided >= 1);
    for (const QString& text : drawnLegendTexts(chart->legend()))
        CHECK_FALSE(text.endsWith(QStringLiteral("...")));
}

TEST_CASE("Legend row arithmetic: the longest entries give way first, the row fits its room",
          "[ui][elide][legend]") {
    testsupport::qtApp();
    const QFontMetricsF fm(QApplication::font());
    const QStringList names = {QStringLiteral("A"), kLong, QStringLiteral("North Ridge hydro campus")};
    const double room = fm.horizontalAdvance(QStringLiteral("A")) + 200.0;
    const QStringList labels = legendtext::fitRow(names, fm, room);
    REQUIRE(labels.size() == 3);
    CHECK(labels[0] == QStringLiteral("A"));
    double used = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        CHECK(wholeWords(labels[i], names[i]));
        used += fm.horizontalAdvance(labels[i]);
    }
    CHECK(used <= room);
    CHECK(legendtext::fitRow(names, fm, 5000.0) == names);
}

TEST_CASE("Report table: a long name wraps at words onto a second line, numbers stay whole",
          "[ui][elide][report]") {
    testsupport::qtApp();
    QFont font = QApplication::font();
    font.setPixelSize(9);
    const QFontMetricsF fm(font);
    const double width = fm.horizontalAdvance(QStringLiteral("Akaki (Addis Ababa)")) + 2.0;
    const QStringList lines = ReportTable::cellLines(kLong, fm, width, 2);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("Akaki (Addis Ababa)"));
    CHECK(wholeWords(lines[1], QStringLiteral("eastern industrial zone substation")));
    for (const QString& line : lines) CHECK(fm.horizontalAdvance(line) <= width);
    // A figure wider than its column is not cut: figure columns take the lines their words need.
    const QStringList money =
        ReportTable::cellLines(QStringLiteral("USD 1,104.7 M"), fm,
                               fm.horizontalAdvance(QStringLiteral("1,104.7")), ReportTable::kFigureLines);
    CHECK(money.join(QLatin1Char(' ')) == QStringLiteral("USD 1,104.7 M"));
    CHECK(ReportTable::cellLines(QStringLiteral("Tydal"), fm, width, 2) ==
          QStringList{QStringLiteral("Tydal")});

    // The row grows to the two lines; the table's height says so, so the page leaves room for it.
    ReportTable table;
    table.columnWeights = {1.0, 1.0};
    table.rows = {{kLong, QStringLiteral("USD 1.0 M")},
                  {QStringLiteral("Tydal"), QStringLiteral("USD 2.0 M")}};
    const double wide = table.height(4000.0, font);
    const double narrow = table.height(2 * (width + table.rowHeight * 0.5), font);
    CHECK(wide == Approx(2 * table.rowHeight));
    CHECK(narrow > wide);
    QImage image(400, 100, QImage::Format_ARGB32);
    QPainter painter(&image);
    CHECK(table.paint(painter, QRectF(0, 0, 2 * (width + table.rowHeight * 0.5), 100), font) ==
          Approx(narrow));
}

TEST_CASE("Report table: a header word wider than its cell is drawn in the padded room, not clipped",
          "[ui][elide][report]") {
    testsupport::qtApp();
    QFont bold = QApplication::font();
    bold.setPixelSize(9);
    bold.setBold(true);
    const QString word = QStringLiteral("Emplazamiento");  // "Site" in Spanish, a column's header
    const double wordPx = QFontMetricsF(bold).horizontalAdvance(word);
    const QRectF room(0.0, 0.0, wordPx + 2.0, 20.0);
    const QRectF cell = room.adjusted(3.0, 0.0, -3.0, 0.0);  // narrower than the word
    CHECK(ReportTable::headerTextRect(cell, room, bold, word) == room);
    CHECK(ReportTable::headerTextRect(cell, room, bold, QStringLiteral("Site")) == cell);
    // Words are measured one by one: two short words wrap inside the cell.
    CHECK(ReportTable::headerTextRect(cell, room, bold, QStringLiteral("MW de red")) == cell);
}

TEST_CASE("Editable combo boxes elide at words while not edited, with the whole text as tooltip",
          "[ui][elide][combo]") {
    testsupport::qtApp();
    ElidingStyle::install();
    QComboBox combo;
    combo.setEditable(true);
    auto* edit = new ElidingLineEdit(&combo);
    combo.setLineEdit(edit);
    combo.addItem(kLong);
    combo.setCurrentText(kLong);
    combo.resize(170, combo.sizeHint().height());
    combo.show();
    settle();
    combo.clearFocus();  // shown, it took the focus
    settle();
    REQUIRE_FALSE(edit->hasFocus());
    const QString shown = ElidingStyle::shownText(&combo);
    CHECK(shown != kLong);
    CHECK(wholeWords(shown, kLong));
    CHECK(combo.currentText() == kLong);  // only the drawing is shortened
    CHECK(ElidingStyle::toolTip(&combo).contains(kLong.toHtmlEscaped()));
    QImage image(combo.size(), QImage::Format_ARGB32);
    combo.render(&image);  // paints through the elided branch without complaint
    edit->setFocus();
    settle();
    if (edit->hasFocus()) CHECK(ElidingStyle::shownText(&combo) == kLong);  // edited whole

    // The risk inputs' task table uses it for its site and task combos.
    RiskInputsDialog dialog(m2ai::samplePortfolio());
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("riskInputsAddTask"));
    REQUIRE(add);
    add->click();
    QTableWidget* tasks = dialog.taskTable();
    REQUIRE(tasks->rowCount() >= 1);
    for (int column = 0; column < 2; ++column) {
        auto* taskCombo = qobject_cast<QComboBox*>(tasks->cellWidget(tasks->rowCount() - 1, column));
        REQUIRE(taskCombo);
        CHECK(qobject_cast<ElidingLineEdit*>(taskCombo->lineEdit()));
    }
}

TEST_CASE("Portfolio at 1280x800: every sample site and the Total row show, the Total label in whole words",
          "[ui][elide][portfolio]") {
    testsupport::qtApp();
    MainWindow window;
    m2ai::Portfolio p = m2ai::samplePortfolio();
    window.document()->load(p, QString());
    window.resize(1280, 770);
    window.show();
    settle();
    auto* view = window.findChild<PortfolioView*>();
    REQUIRE(view);
    QTableView* table = view->table();
    const int rows = table->model()->rowCount();
    REQUIRE(rows == 6);
    const int lastBottom = table->visualRect(table->model()->index(rows - 1, 0)).bottom();
    CHECK(lastBottom > 0);
    CHECK(lastBottom <= table->viewport()->height());
    QTableView* total = view->totalTable();
    CHECK(total->isVisible());

    // A long Total label elides at words; the model's tooltip gives the whole figure.
    auto* delegate = qobject_cast<WordElideDelegate*>(total->itemDelegateForColumn(0));
    REQUIRE(delegate);
    const QModelIndex label = total->model()->index(0, 0);
    QStyleOptionViewItem option;
    option.initFrom(total);
    option.rect = QRect(0, 0, 90, 24);
    const QString whole = label.data().toString();
    const QString shown = delegate->shownText(option, label);
    CHECK(shown != whole);
    CHECK(wholeWords(shown, whole));
    CHECK(total->columnSpan(0, 0) == 2);  // runs on over the empty Country cell
}

TEST_CASE("Every view fits a 1280-pixel window in the light and the dark palette", "[ui][elide][geometry]") {
    testsupport::qtApp();
    for (const bool dark : {false, true}) {
        CAPTURE(dark);
        Theme::apply(dark);
        MainWindow window;
        window.document()->load(m2ai::samplePortfolio(), QString());
        window.show();
        window.scenarioDock()->toggleViewAction()->trigger();  // the widest arrangement: the dock beside
        settle();
        const auto views = {QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+2"), QStringLiteral("Ctrl+3"),
                            QStringLiteral("Ctrl+4")};
        for (const QString& keys : views) {
            CAPTURE(keys);
            QAction* show = nullptr;
            for (QAction* action : window.findChildren<QAction*>())
                if (action->shortcut() == QKeySequence(keys)) show = action;
            REQUIRE(show);
            show->trigger();
            settle();
            CHECK(window.minimumSizeHint().width() <= 1280);
        }
    }
    Theme::apply(false);
}

TEST_CASE("Legend row of a dozen long names becomes a column of words, and a row again when wide",
          "[ui][elide][legend]") {
    testsupport::qtApp();
    QStringList names;
    for (int i = 0; i < 11; ++i)
        names << QStringLiteral("Site number %1 of the northern hydro cluster").arg(i + 1);
    ChartView view(chartWithNames(names, Qt::AlignBottom));
    view.resize(600, 360);
    view.show();
    settle();
    QLegend* legend = view.chart()->legend();
    CHECK(legend->alignment() == Qt::AlignRight);
    for (QLegendMarker* marker : legend->markers()) {
        CHECK(marker->label() != QStringLiteral("…"));
        CHECK(wholeWords(marker->label(), legendtext::fullText(marker)));
    }
    for (const QString& text : drawnLegendTexts(legend)) CHECK_FALSE(text.endsWith(QStringLiteral("...")));
    view.resize(3000, 360);
    settle();
    CHECK(legend->alignment() == Qt::AlignBottom);
}
