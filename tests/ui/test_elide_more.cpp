// Eliding at 1280×800 (issue 15 §3): the key-figure strip fits (captions elide at words with the
// whole caption in the tooltip, figures are never cut), combo boxes elide at words with a tooltip,
// and the painter variant used by the Gantt keeps whole words.
#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "app/Theme.h"
#include "document/ProjectDocument.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "util/ElidedLabel.h"
#include "util/ElidingStyle.h"
#include "views/SiteComparison.h"
#include "views/SiteDashboard.h"

namespace {
// True when `shown` is `text`, "…", or whole leading words of `text` followed by "…".
bool wholeWords(const QString& shown, const QString& text) {
    if (shown == text || shown == QStringLiteral("…")) return true;
    if (!shown.endsWith(QStringLiteral("…"))) return false;
    const QString head = shown.chopped(1);
    return text.startsWith(head) && text.size() > head.size() && text[head.size()] == QLatin1Char(' ');
}
}  // namespace

TEST_CASE("Key-figure strip at 1280 px: captions elide at words, figures whole, window fits",
          "[ui][elide][kpi]") {
    testsupport::qtApp();
    MainWindow window;
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.sites[0].name = "Tydal hydro campus north, phase two extension of the hall";
    window.document()->load(p, QString());
    window.showSite(0);
    window.resize(1264, 740);
    window.show();
    QApplication::processEvents();
    CHECK(window.minimumSizeHint().width() <= 1264);
    CHECK(window.width() <= 1264);
    auto* dashboard = window.findChild<SiteDashboard*>();
    REQUIRE(dashboard);
    for (int k = 0; k < SiteDashboard::KpiCount; ++k) {
        const auto kpi = static_cast<SiteDashboard::Kpi>(k);
        auto* caption = qobject_cast<ElidedLabel*>(dashboard->kpiCaption(kpi));
        REQUIRE(caption);
        INFO(caption->text().toStdString());
        CHECK(wholeWords(caption->shownText(), caption->text()));
        if (caption->isElided()) CHECK(caption->effectiveToolTip().contains(caption->text().toHtmlEscaped()));
        QLabel* value = dashboard->kpiLabel(kpi);
        CHECK(value->width() >= value->fontMetrics().horizontalAdvance(value->text()));  // never cut
    }
}

TEST_CASE("Combo boxes elide at words and show the whole text in the tooltip", "[ui][elide][combo]") {
    testsupport::qtApp();
    ElidingStyle::install();
    QComboBox combo;
    const QString text = QStringLiteral("Norway (inland Trøndelag, price area NO3)");
    combo.addItem(text);
    combo.setToolTip(QStringLiteral("Fills the site from the preset"));
    combo.resize(150, combo.sizeHint().height());
    const QString shown = ElidingStyle::shownText(&combo);
    CHECK(shown != text);
    CHECK(wholeWords(shown, text));
    CHECK(ElidingStyle::toolTip(&combo).contains(text.toHtmlEscaped()));
    CHECK(ElidingStyle::toolTip(&combo).contains(QStringLiteral("Fills the site")));
    combo.resize(combo.sizeHint().width() + 40, combo.sizeHint().height());
    CHECK(ElidingStyle::shownText(&combo) == text);
    CHECK(ElidingStyle::toolTip(&combo) == QStringLiteral("Fills the site from the preset"));
}

TEST_CASE("elideAtWords for painters keeps whole words", "[ui][elide]") {
    testsupport::qtApp();
    const QFontMetricsF fm(QApplication::font());
    const QString name = QStringLiteral("Procure switchgear, transformers, UPS and busbars");
    for (double w = 0.0; w <= fm.horizontalAdvance(name) + 1.0; w += 7.0) {
        const QString shown = ElidedLabel::elideAtWords(name, fm, w);
        INFO(w << ": " << shown.toStdString());
        CHECK(wholeWords(shown, name));
        if (shown != QStringLiteral("…")) CHECK(fm.horizontalAdvance(shown) <= w);
    }
}

// Not run by default: writes PNGs of Compare Two Sites (light and dark) to M2AI_SHOT_DIR for looking.
TEST_CASE("Compare Two Sites screenshots", "[.screenshot]") {
    testsupport::qtApp();
    const QString dir = qEnvironmentVariable("M2AI_SHOT_DIR");
    if (dir.isEmpty()) return;
    for (const bool dark : {false, true}) {
        Theme::apply(dark);
        ElidingStyle::install();
        ProjectDocument doc;
        m2ai::Portfolio p = m2ai::samplePortfolio();
        p.sites[4].name = "Akaki (Addis Ababa) industrial park, Ethiopian Electric Power substation";
        doc.load(p, QString());
        SiteComparisonDialog dialog(&doc);
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(
            dir + (dark ? QStringLiteral("/compare-dark.png") : QStringLiteral("/compare-light.png")));
    }
    Theme::apply(false);
}
