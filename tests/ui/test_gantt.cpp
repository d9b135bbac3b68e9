// The Gantt chart (issue 12): milestones, criticality per milestone not by colour alone, the dark
// palette, keyboard focus and accessible text, elided names.
#include <QApplication>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "charts/GanttWidget.h"
#include "engines/Compute.h"
#include "sample/Sample.h"
#include "support/QtApp.h"

namespace {

const m2ai::YearMonth kStart{2027, 1};

// Fox Creek of the sample: the grid upgrade (0–24) drives full capacity, not first RFS.
m2ai::ScheduleResult foxCreek() {
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p, m2ai::defaultCatalogue());
    for (const m2ai::SiteResult& s : r.sites)
        if (s.name == "Fox Creek") return s.schedule;
    FAIL("no Fox Creek in the sample");
    return {};
}

int indexOf(const m2ai::ScheduleResult& s, const std::string& id) {
    for (std::size_t i = 0; i < s.tasks.size(); ++i)
        if (s.tasks[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("Gantt tooltips say which milestone a task is critical for", "[charts][gantt]") {
    testsupport::qtApp();
    const m2ai::ScheduleResult s = foxCreek();
    GanttWidget w;
    w.setSchedule(s, kStart);
    const QString grid = w.toolTipForTask(indexOf(s, "grid-upgrade"));
    CHECK(grid.contains(QStringLiteral("Critical for: full capacity")));
    const QString commissioning = w.toolTipForTask(indexOf(s, "commissioning"));
    CHECK(commissioning.contains(QStringLiteral("Critical for: first RFS")));
    CHECK_FALSE(commissioning.contains(QStringLiteral("Critical for: full capacity")));
}

TEST_CASE("Gantt is keyboard-focusable with an accessible name and per-task descriptions",
          "[charts][gantt]") {
    testsupport::qtApp();
    const m2ai::ScheduleResult s = foxCreek();
    GanttWidget w;
    w.setSchedule(s, kStart);
    CHECK(w.focusPolicy() == Qt::StrongFocus);
    CHECK_FALSE(w.accessibleName().isEmpty());
    CHECK(w.accessibleDescription().contains(QStringLiteral("Full capacity"), Qt::CaseInsensitive));
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    QApplication::sendEvent(&w, &down);
    CHECK(w.currentTask() == 0);
    CHECK(w.accessibleDescription().startsWith(QString::fromStdString(s.tasks[0].name)));
    QApplication::sendEvent(&w, &down);
    CHECK(w.currentTask() == 1);
    QKeyEvent end(QEvent::KeyPress, Qt::Key_End, Qt::NoModifier);
    QApplication::sendEvent(&w, &end);
    CHECK(w.currentTask() == static_cast<int>(s.tasks.size()) - 1);
    CHECK(w.accessibleDescription().contains(QStringLiteral("Full capacity")));
}

TEST_CASE("Gantt grid and float stay visible on a dark palette", "[charts][gantt]") {
    testsupport::qtApp();
    const m2ai::ScheduleResult s = foxCreek();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x20, 0x20, 0x20));  // the roles that vanished before
    dark.setColor(QPalette::Dark, QColor(0x1f, 0x1f, 0x1f));
    QImage img(1000, 420, QImage::Format_ARGB32);
    img.fill(QColor(0x1e, 0x1e, 0x1e));
    QPainter painter(&img);
    QFont f = painter.font();
    f.setPixelSize(12);
    painter.setFont(f);
    const QRectF rect(0, 0, 1000, 420);
    paintGantt(painter, rect, s, kStart, &dark);
    painter.end();
    // The float tail of a task with float (proc-gpu) in its row: light pixels right of its bar.
    const int row = indexOf(s, "proc-gpu");
    REQUIRE(row >= 0);
    REQUIRE(s.tasks[static_cast<std::size_t>(row)].totalFloatMonths > 1.0);
    const QRectF r = ganttRowRect(rect, s, row, f);
    int light = 0;
    for (int y = static_cast<int>(r.top()); y < static_cast<int>(r.bottom()); ++y)
        for (int x = static_cast<int>(rect.width() * 0.35); x < img.width(); ++x)
            if (qGray(img.pixel(x, y)) > 110) ++light;
    CHECK(light > 40);
}

TEST_CASE("Gantt marks critical bars by outline and tag, not colour alone", "[charts][gantt]") {
    testsupport::qtApp();
    m2ai::ScheduleResult s;
    m2ai::ScheduledTask design{"design", "Design", m2ai::TaskKind::Design, 4.0, {}, 0, 4, 0, 4, 0, true, ""};
    design.criticalForFirstRfs = true;
    m2ai::ScheduledTask loose{"u",
                              "A very long user task name that cannot fit in the label column at all",
                              m2ai::TaskKind::User,
                              2.0,
                              {},
                              0,
                              2,
                              2,
                              4,
                              2,
                              false,
                              ""};
    s.tasks = {design, loose};
    s.durationMonths = 4;
    s.fullCapacityMonths = 4;
    QImage img(700, 200, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter painter(&img);
    QFont f = painter.font();
    f.setPixelSize(12);
    painter.setFont(f);
    paintGantt(painter, QRectF(0, 0, 700, 200), s, kStart);
    painter.end();
    // Grey-scaled, the critical row still has dark outline/hatch pixels inside the plot and the
    // plain row has none of them.
    const QImage grey = img.convertToFormat(QImage::Format_Grayscale8);
    auto darkPixels = [&](int row) {
        const QRectF r = ganttRowRect(QRectF(0, 0, 700, 200), s, row, f);
        int n = 0;
        for (int y = static_cast<int>(r.top()) + 2; y < static_cast<int>(r.bottom()) - 2; ++y)
            for (int x = 260; x < 700; ++x)
                if (qGray(grey.pixel(x, y)) < 60) ++n;
        return n;
    };
    CHECK(darkPixels(0) > 3 * darkPixels(1) + 50);
    GanttWidget w;
    w.setSchedule(s, kStart);
    CHECK(w.toolTipForTask(1).contains(QStringLiteral("cannot fit in the label column at all")));
}
