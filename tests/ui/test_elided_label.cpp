// Eliding (issue 15): the key-figure strip's values end in an ellipsis after whole words and show
// the whole text in their tooltip; chart titles name their site; legends show truncated names on
// hover.
#include <QChart>
#include <QLegend>
#include <catch2/catch.hpp>
#include <memory>

#include "app/MainWindow.h"
#include "charts/SiteCharts.h"
#include "document/ProjectDocument.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "util/ElidedLabel.h"
#include "views/SiteDashboard.h"

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

TEST_CASE("the key-figure strip elides at words with the whole figure in the tooltip", "[ui][elide]") {
    testsupport::qtApp();
    MainWindow window;
    window.document()->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    auto* npv = qobject_cast<ElidedLabel*>(window.siteDashboard()->kpiLabel(SiteDashboard::Npv));
    REQUIRE(npv);
    npv->setText(QStringLiteral("USD 1,234.5 M"));
    npv->setToolTip(QStringLiteral("Net present value"));
    npv->resize(npv->sizeHint());
    CHECK_FALSE(npv->isElided());
    CHECK(npv->effectiveToolTip() == QStringLiteral("Net present value"));
    npv->resize(npv->fontMetrics().horizontalAdvance(QStringLiteral("USD 1,234.5…")) + 1, npv->height());
    CHECK(npv->shownText() == QStringLiteral("USD 1,234.5…"));
    CHECK(npv->effectiveToolTip().startsWith(QStringLiteral("<b>USD 1,234.5 M</b>")));
    CHECK(npv->minimumSizeHint().width() < npv->fontMetrics().horizontalAdvance(npv->text()));
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
