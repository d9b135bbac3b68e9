#include "charts/GanttWidget.h"

#include <QAccessible>
#include <QDate>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <optional>

#include "app/CatalogueText.h"
#include "charts/ChartStyle.h"
#include "util/ElidedLabel.h"
#include "util/Format.h"

namespace {

// Geometry shared by painting and hit-testing. x is in months from the portfolio start.
struct GanttLayout {
    QRectF labels;
    QRectF plot;
    QRectF legend;
    double axisHeight = 0;
    double rowHeight = 0;
    double months = 1;
    double xOf(double month) const { return plot.left() + plot.width() * month / months; }
    QRectF row(int i) const {
        return QRectF(labels.left(), plot.top() + i * rowHeight, labels.width() + plot.width(), rowHeight);
    }
};

GanttLayout layoutGantt(const QRectF& rect, const m2ai::ScheduleResult& schedule, const QFontMetricsF& fm) {
    GanttLayout l;
    double labelWidth = fm.horizontalAdvance(QStringLiteral("Task"));
    double end = std::max({1.0, schedule.durationMonths, schedule.fullCapacityMonths});
    for (const m2ai::ScheduledTask& t : schedule.tasks) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(CatalogueText::taskName(t)));
        end = std::max(end, t.earlyFinishMonth + std::max(0.0, t.totalFloatMonths));
    }
    l.months = std::ceil(end) + 1.0;
    labelWidth = std::min(labelWidth + fm.height() * 0.8, rect.width() * 0.32);
    l.axisHeight = fm.height() * 1.6;
    const double legendHeight = fm.height() * 1.6;
    const double n = std::max<double>(1.0, static_cast<double>(schedule.tasks.size()));
    const double available = rect.height() - l.axisHeight - legendHeight;
    l.rowHeight = std::clamp(available / n, fm.height() * 0.9, fm.height() * 2.0);
    const double rightPad = fm.horizontalAdvance(QStringLiteral("Mmm 00")) * 0.5;
    l.labels = QRectF(rect.left(), rect.top() + l.axisHeight, labelWidth, l.rowHeight * n);
    l.plot = QRectF(rect.left() + labelWidth, l.labels.top(), rect.width() - labelWidth - rightPad,
                    l.labels.height());
    l.legend = QRectF(rect.left(), l.plot.bottom() + fm.height() * 0.3, rect.width(), legendHeight);
    return l;
}

QString shortMonth(m2ai::YearMonth start, int index) {
    const m2ai::YearMonth ym = start.plusMonths(index);
    return QLocale().toString(QDate(ym.year, ym.month, 1), QStringLiteral("MMM yy"));
}

QPolygonF diamond(QPointF c, double r) {
    return QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                      QPointF(c.x() - r, c.y())});
}

bool isMilestone(const m2ai::ScheduledTask& t) {
    return t.kind == m2ai::TaskKind::Milestone || t.durationMonths <= 0.0;
}

// The short tag drawn after a critical bar, so criticality does not rest on colour alone.
QString criticalTag(const m2ai::ScheduledTask& t) {
    if (t.criticalForFirstRfs && t.criticalForFullCapacity) return QObject::tr("! RFS, full");
    if (t.criticalForFirstRfs) return QObject::tr("! RFS");
    if (t.criticalForFullCapacity) return QObject::tr("! full");
    return {};
}

QString criticalFor(const m2ai::ScheduledTask& t) {
    if (t.criticalForFirstRfs && t.criticalForFullCapacity) return QObject::tr("first RFS and full capacity");
    if (t.criticalForFirstRfs) return QObject::tr("first RFS");
    if (t.criticalForFullCapacity) return QObject::tr("full capacity");
    return QObject::tr("neither milestone (has float)");
}

QString milestoneText(m2ai::YearMonth start, const std::optional<int>& index, int fallback) {
    const int m = index.value_or(fallback);
    return QObject::tr("%1 (month %2)").arg(Format::yearMonth(start.plusMonths(m))).arg(m);
}

// Critical bars: red, hatched and outlined in the text colour.
void drawCriticalBar(QPainter& painter, const QRectF& bar, const QColor& text) {
    painter.setPen(QPen(text, 1.4));
    painter.setBrush(chartstyle::kCritical);
    painter.drawRect(bar);
    // Hatching drawn as clipped lines rather than a Qt::BDiagPattern brush: pattern brushes go
    // through Qt's pixmap cache, which the CLI's static QApplication tears down too late at exit.
    painter.save();
    painter.setClipRect(bar, Qt::IntersectClip);
    painter.setPen(QPen(chartstyle::kCritical.darker(170), 1.0));
    const double step = 5.0;
    for (double x = bar.left() - bar.height(); x < bar.right(); x += step)
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x + bar.height(), bar.top()));
    painter.restore();
}

}  // namespace

void paintGantt(QPainter& painter, const QRectF& rect, const m2ai::ScheduleResult& schedule,
                m2ai::YearMonth start, const QPalette* palette, int focusRow) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette ? palette->color(QPalette::Text) : QColor(Qt::black);  // on Base
    // Grid and float from the text colour, not Mid/Dark, which vanish on a dark Base.
    QColor grid = text;
    grid.setAlpha(palette ? 70 : 60);
    QColor floatColor = text;
    floatColor.setAlpha(170);
    const QFontMetricsF fm(painter.font());
    const GanttLayout l = layoutGantt(rect, schedule, fm);

    // Month axis: ticks every `step` months so labels never overlap.
    const double pxPerMonth = l.plot.width() / l.months;
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("Mmm 00")) * 1.3;
    int step = 1;
    for (int s : {1, 2, 3, 6, 12, 24}) {
        step = s;
        if (s * pxPerMonth >= labelWidth) break;
    }
    painter.setPen(text);
    painter.drawText(QRectF(l.labels.left(), rect.top(), l.labels.width(), l.axisHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Task (month)"));
    for (int m = 0; m <= static_cast<int>(l.months); ++m) {
        const double x = l.xOf(m);
        painter.setPen(QPen(grid, 0.6, m % step == 0 ? Qt::SolidLine : Qt::DotLine));
        if (m % step == 0 || step == 1)
            painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        if (m % step == 0 && m < static_cast<int>(l.months)) {
            painter.setPen(text);
            painter.drawText(QRectF(x - labelWidth / 2, rect.top(), labelWidth, l.axisHeight),
                             Qt::AlignHCenter | Qt::AlignVCenter, shortMonth(start, m));
        }
    }
    painter.setPen(QPen(text, 0.8));
    painter.drawLine(l.plot.topLeft(), l.plot.topRight());

    // Rows.
    for (size_t i = 0; i < schedule.tasks.size(); ++i) {
        const m2ai::ScheduledTask& t = schedule.tasks[i];
        const QRectF row = l.row(static_cast<int>(i));
        if (i % 2 == 1)
            painter.fillRect(QRectF(row.left(), row.top(), row.width(), row.height()),
                             QColor(128, 128, 128, 24));
        // Labels in the text colour (red text is unreadable on a dark base); whole words and an
        // ellipsis when cut, never half a word; the tooltip and the accessible description give the
        // whole name.
        painter.setPen(text);
        painter.drawText(QRectF(l.labels.left() + 2, row.top(), l.labels.width() - 6, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         ElidedLabel::elideAtWords(CatalogueText::taskName(t), fm, l.labels.width() - 6));
        const double cy = row.center().y();
        const double barH = row.height() * 0.6;
        double tagX = l.xOf(t.earlyFinishMonth);
        if (isMilestone(t)) {
            painter.setPen(QPen(text, t.critical ? 1.4 : 0.8));
            painter.setBrush(t.critical ? chartstyle::kCritical : text);
            painter.drawPolygon(diamond(QPointF(l.xOf(t.earlyStartMonth), cy), barH * 0.6));
            tagX += barH * 0.6;
        } else {
            const QRectF bar(QPointF(l.xOf(t.earlyStartMonth), cy - barH / 2),
                             QPointF(l.xOf(t.earlyFinishMonth), cy + barH / 2));
            if (t.critical) {
                drawCriticalBar(painter, bar, text);
            } else {
                painter.setPen(QPen(chartstyle::kNormal.darker(130), 0.6));
                painter.setBrush(chartstyle::kNormal);
                painter.drawRect(bar);
            }
        }
        if (t.totalFloatMonths > 1e-9) {
            // Float: a thin tail from early finish to late finish.
            painter.setPen(QPen(floatColor, std::max(1.0, barH * 0.15)));
            painter.drawLine(QPointF(l.xOf(t.earlyFinishMonth), cy),
                             QPointF(l.xOf(t.earlyFinishMonth + t.totalFloatMonths), cy));
            painter.drawLine(QPointF(l.xOf(t.earlyFinishMonth + t.totalFloatMonths), cy - barH * 0.25),
                             QPointF(l.xOf(t.earlyFinishMonth + t.totalFloatMonths), cy + barH * 0.25));
        }
        const QString tag = criticalTag(t);
        if (!tag.isEmpty()) {
            painter.setPen(text);
            painter.drawText(QPointF(tagX + fm.height() * 0.25, cy + fm.ascent() / 2 - 1), tag);
        }
        if (static_cast<int>(i) == focusRow) {
            QPen focusPen(palette ? palette->color(QPalette::Highlight) : QColor(Qt::black), 1.5,
                          Qt::DotLine);
            painter.setPen(focusPen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(row.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }

    // The two milestones: a dashed line for first RFS, a dash-dot line for full capacity, each
    // labelled at the top of the plot so the line is not the only cue.
    const auto milestoneLine = [&](double month, Qt::PenStyle style, const QString& label) {
        const double x = l.xOf(month);
        painter.setPen(QPen(text, 1.2, style));
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        painter.setPen(text);
        const double w = fm.horizontalAdvance(label);
        const double lx = std::min(x + 2, l.plot.right() - w);
        painter.drawText(QPointF(lx, l.plot.top() + fm.ascent() + 1), label);
    };
    milestoneLine(schedule.durationMonths, Qt::DashLine, QObject::tr("RFS"));
    if (schedule.fullCapacityMonths > schedule.durationMonths + 1e-9)
        milestoneLine(schedule.fullCapacityMonths, Qt::DashDotLine, QObject::tr("Full"));

    // Legend.
    painter.setPen(text);
    const double h = fm.height();
    double x = l.legend.left() + 2;
    const double cy = l.legend.center().y();
    auto swatch = [&](bool critical, const QString& label) {
        const QRectF box(x, cy - h * 0.3, h * 1.2, h * 0.6);
        if (critical) {
            drawCriticalBar(painter, box, text);
        } else {
            painter.setPen(QPen(chartstyle::kNormal.darker(130), 0.6));
            painter.setBrush(chartstyle::kNormal);
            painter.drawRect(box);
        }
        x += h * 1.5;
        painter.setPen(text);
        painter.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), label);
        x += fm.horizontalAdvance(label) + h;
    };
    swatch(true, QObject::tr("Critical for ! RFS / ! full"));
    swatch(false, QObject::tr("Task with float"));
    painter.setPen(QPen(floatColor, std::max(1.0, h * 0.12)));
    painter.drawLine(QPointF(x, cy), QPointF(x + h * 1.2, cy));
    x += h * 1.5;
    painter.setPen(text);
    const QString floatLabel = QObject::tr("Total float");
    painter.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), floatLabel);
    x += fm.horizontalAdvance(floatLabel) + h;
    painter.setBrush(chartstyle::kCritical);
    painter.setPen(QPen(text, 0.8));
    painter.drawPolygon(diamond(QPointF(x + h * 0.4, cy), h * 0.35));
    x += h * 1.1;
    const QString rfsLabel =
        QObject::tr("First RFS: %1 · Full capacity: %2")
            .arg(milestoneText(start, schedule.firstRfsMonthIndex, schedule.rfsMonthIndex),
                 milestoneText(start, schedule.fullCapacityMonthIndex, schedule.rfsMonthIndex));
    // Elided when the chart is narrow: the milestone lines are labelled and the tooltip and the
    // accessible summary carry the dates too.
    painter.drawText(QPointF(x, cy + fm.ascent() / 2 - 1),
                     ElidedLabel::elideAtWords(rfsLabel, fm, std::max(0.0, l.legend.right() - x)));
    painter.restore();
}

QRectF ganttRowRect(const QRectF& rect, const m2ai::ScheduleResult& schedule, int index, const QFont& font) {
    if (index < 0 || static_cast<size_t>(index) >= schedule.tasks.size()) return {};
    return layoutGantt(rect, schedule, QFontMetricsF(font)).row(index);
}

int ganttTaskAt(const QRectF& rect, const m2ai::ScheduleResult& schedule, const QPointF& point,
                const QFont& font) {
    const GanttLayout l = layoutGantt(rect, schedule, QFontMetricsF(font));
    if (point.y() < l.plot.top() || point.y() >= l.plot.bottom() || point.x() < rect.left() ||
        point.x() > rect.right())
        return -1;
    const int i = static_cast<int>((point.y() - l.plot.top()) / l.rowHeight);
    return i >= 0 && static_cast<size_t>(i) < schedule.tasks.size() ? i : -1;
}

GanttWidget::GanttWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Keyboard users step through the tasks with the arrow keys; each step updates the accessible
    // description (and shows the task's tooltip) so a screen reader reads the task.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Conversion schedule (Gantt chart)"));
    setAccessibleDescription(tr("No schedule"));
}

void GanttWidget::setSchedule(const m2ai::ScheduleResult& schedule, m2ai::YearMonth start) {
    schedule_ = schedule;
    start_ = start;
    if (current_ >= static_cast<int>(schedule_.tasks.size())) current_ = -1;
    setAccessibleDescription(current_ >= 0 ? taskDescription(current_) : summary());
    updateGeometry();
    update();
}

QString GanttWidget::summary() const {
    if (schedule_.tasks.empty()) return tr("No schedule");
    return tr("%1 tasks. First RFS %2; full capacity %3. Use the arrow keys to read each task.")
        .arg(schedule_.tasks.size())
        .arg(milestoneText(start_, schedule_.firstRfsMonthIndex, schedule_.rfsMonthIndex),
             milestoneText(start_, schedule_.fullCapacityMonthIndex, schedule_.rfsMonthIndex));
}

QString GanttWidget::taskDescription(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= schedule_.tasks.size()) return {};
    const m2ai::ScheduledTask& t = schedule_.tasks[static_cast<size_t>(index)];
    return tr("%1: month %2 to %3, %4 months of float, critical for %5.")
        .arg(CatalogueText::taskName(t), Format::number(t.earlyStartMonth, 1),
             Format::number(t.earlyFinishMonth, 1), Format::number(t.totalFloatMonths, 1), criticalFor(t));
}

void GanttWidget::setCurrentTask(int index) {
    const int n = static_cast<int>(schedule_.tasks.size());
    current_ = n == 0 ? -1 : std::clamp(index, 0, n - 1);
    setAccessibleDescription(current_ >= 0 ? taskDescription(current_) : summary());
    QAccessibleEvent ev(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&ev);
    update();
}

void GanttWidget::keyPressEvent(QKeyEvent* event) {
    const int n = static_cast<int>(schedule_.tasks.size());
    int next = current_;
    switch (event->key()) {
        case Qt::Key_Down:
            next = current_ < 0 ? 0 : current_ + 1;
            break;
        case Qt::Key_Up:
            next = current_ < 0 ? n - 1 : current_ - 1;
            break;
        case Qt::Key_Home:
            next = 0;
            break;
        case Qt::Key_End:
            next = n - 1;
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    if (n == 0) return;
    setCurrentTask(next);
    const QRectF area = QRectF(rect()).adjusted(6, 4, -6, -4);
    const QRectF row = ganttRowRect(area, schedule_, current_, font());
    if (!row.isEmpty())
        QToolTip::showText(mapToGlobal(row.center().toPoint()), toolTipForTask(current_), this);
    event->accept();
}

void GanttWidget::focusInEvent(QFocusEvent* event) {
    if (current_ < 0 && !schedule_.tasks.empty()) setCurrentTask(0);
    QWidget::focusInEvent(event);
    update();
}

void GanttWidget::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

QSize GanttWidget::sizeHint() const {
    const int rows = static_cast<int>(schedule_.tasks.size()) + 3;
    return QSize(720, rows * fontMetrics().height() * 18 / 10);
}

QSize GanttWidget::minimumSizeHint() const {
    const int rows = static_cast<int>(schedule_.tasks.size()) + 3;
    return QSize(360, rows * fontMetrics().height());
}

QString GanttWidget::toolTipForTask(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= schedule_.tasks.size()) return {};
    const m2ai::ScheduledTask& t = schedule_.tasks[static_cast<size_t>(index)];
    auto when = [this](double month) {
        return tr("%1 (month %2)")
            .arg(Format::yearMonth(start_.plusMonths(static_cast<int>(std::floor(month)))),
                 Format::number(month, 1));
    };
    QString driving = tr("none");
    for (const m2ai::ScheduledTask& p : schedule_.tasks)
        if (!t.drivingPredecessor.empty() && p.id == t.drivingPredecessor)
            driving = CatalogueText::taskName(p);
    if (driving == tr("none") && !t.drivingPredecessor.empty())
        driving = QString::fromStdString(t.drivingPredecessor);
    const bool beforeRfs = t.criticalForFirstRfs || t.lateFinishMonth <= schedule_.durationMonths + 1e-9;
    return tr("<b>%1</b>%2<br>Early start: %3<br>Early finish: %4<br>Duration: %5 months<br>"
              "Total float: %6 months (to %7)<br>Critical for: %8<br>Driving predecessor: %9")
        .arg(CatalogueText::taskName(t).toHtmlEscaped(), t.critical ? tr(" (critical)") : QString(),
             when(t.earlyStartMonth), when(t.earlyFinishMonth), Format::number(t.durationMonths, 1),
             Format::number(t.totalFloatMonths, 1), beforeRfs ? tr("first RFS") : tr("full capacity"),
             criticalFor(t), driving.toHtmlEscaped());
}

void GanttWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette pal = palette();
    if (schedule_.tasks.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No schedule"));
        return;
    }
    paintGantt(painter, QRectF(rect()).adjusted(6, 4, -6, -4), schedule_, start_, &pal,
               hasFocus() ? current_ : -1);
}

bool GanttWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = ganttTaskAt(QRectF(rect()).adjusted(6, 4, -6, -4), schedule_, help->pos(), font());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), toolTipForTask(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
