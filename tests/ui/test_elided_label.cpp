// Eliding (issue 15): ElidedLabel's word-boundary eliding (not yet used by the key-figure strip);
// chart titles name their site; legends show truncated names on hover.
#include <QChart>
#include <QLegend>
#include <catch2/catch.hpp>
#include <memory>

#include "charts/SiteCharts.h"
#include "support/QtApp.h"
#include "util/ElidedLabel.h"

TEST_CASE("elideAtWords keeps whole words and ends in an ellipsis", "[ui][elide]") {
    testsupport::qtApp();
    const QFontMetrics fm(QApplication::font());
    const QString text = QStringLiteral("Incremental IRR vs keep mining");
    CHECK(ElidedLabel::elideAtWords(text, fm, fm.horizontalAdvance(text)) == text);
    const int twoWords = fm.horizontalAdvance(QStringLiteral("Incremental IRR…"));
    CHECK(ElidedLabel::elideAtWords(text, fm, twoWords) == QStringLiteral("Incremental IRR…"));
    CHECK(ElidedLabel::elideAtWords(text, fm, twoWords - 1) == QStringLiteral("Incremental…"));
    CHECK(ElidedLabel::elideAtWords(text, fm, 3) == QStringLiteral("…"));
    CHECK(ElidedLabel::elideAtWords(QStringLiteral("Unbreakable"), fm, 20) == QStringLiteral("…"));
}

TEST_CASE("site chart titles name the site and legends explain truncated entries", "[ui][elide]") {
    testsupport::qtApp();
    m2ai::SiteResult site;
    site.name = "Tydal";
    for (QChart* raw : {makePowerBudgetChart(site, ChartTheme::Light), makePueChart(site, ChartTheme::Light),
                        makeCapexChart(site, ChartTheme::Light)}) {
        std::unique_ptr<QChart> chart(raw);
        CHECK(chart->title().endsWith(QStringLiteral(" — Tydal")));
        CHECK(chart->legend()->showToolTips());
    }
}
