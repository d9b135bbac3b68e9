#include "charts/GanttWidget.h"

#include <QDate>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "charts/ChartStyle.h"
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
    double end = std::max(1.0, schedule.durationMonths);
    for (const m2ai::ScheduledTask& t : schedule.tasks) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(QString::fromStdString(t.name)));
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

}  // namespace

void paintGantt(QPainter& painter, const QRectF& rect, const m2ai::ScheduleResult& schedule,
                m2ai::YearMonth start, const QPalette* palette) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette ? palette->color(QPalette::WindowText) : QColor(Qt::black);
    const QColor grid = palette ? palette->color(QPalette::Mid) : QColor(0xd0, 0xd0, 0xd0);
    const QColor floatColor = palette ? palette->color(QPalette::Dark) : QColor(0x80, 0x80, 0x80);
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
        painter.setPen(t.critical ? chartstyle::kCritical : text);
        painter.drawText(QRectF(l.labels.left() + 2, row.top(), l.labels.width() - 6, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(QString::fromStdString(t.name), Qt::ElideRight, l.labels.width() - 6));
        const double cy = row.center().y();
        const double barH = row.height() * 0.6;
        const QColor fill = t.critical ? chartstyle::kCritical : chartstyle::kNormal;
        if (isMilestone(t)) {
            painter.setPen(QPen(text, 0.8));
            painter.setBrush(t.critical ? chartstyle::kCritical : text);
            painter.drawPolygon(diamond(QPointF(l.xOf(t.earlyStartMonth), cy), barH * 0.6));
        } else {
            const QRectF bar(QPointF(l.xOf(t.earlyStartMonth), cy - barH / 2),
                             QPointF(l.xOf(t.earlyFinishMonth), cy + barH / 2));
            painter.setPen(QPen(fill.darker(130), 0.6));
            painter.setBrush(fill);
            painter.drawRect(bar);
        }
        if (t.totalFloatMonths > 1e-9) {
            // Float: a thin tail from early finish to late finish.
            painter.setPen(QPen(floatColor, std::max(1.0, barH * 0.15)));
            painter.drawLine(QPointF(l.xOf(t.earlyFinishMonth), cy),
                             QPointF(l.xOf(t.earlyFinishMonth + t.totalFloatMonths), cy));
            painter.drawLine(QPointF(l.xOf(t.earlyFinishMonth + t.totalFloatMonths), cy - barH * 0.25),
                             QPointF(l.xOf(t.earlyFinishMonth + t.totalFloatMonths), cy + barH * 0.25));
        }
    }

    // RFS: a dashed line across the chart and its date.
    const double rfsX = l.xOf(schedule.durationMonths);
    painter.setPen(QPen(chartstyle::kCritical, 1.0, Qt::DashLine));
    painter.drawLine(QPointF(rfsX, l.plot.top()), QPointF(rfsX, l.plot.bottom()));

    // Legend.
    painter.setPen(text);
    const double h = fm.height();
    double x = l.legend.left() + 2;
    const double cy = l.legend.center().y();
    auto swatch = [&](const QColor& c, const QString& label) {
        painter.setPen(QPen(c.darker(130), 0.6));
        painter.setBrush(c);
        painter.drawRect(QRectF(x, cy - h * 0.3, h * 1.2, h * 0.6));
        x += h * 1.5;
        painter.setPen(text);
        painter.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), label);
        x += fm.horizontalAdvance(label) + h;
    };
    swatch(chartstyle::kCritical, QObject::tr("Critical path"));
    swatch(chartstyle::kNormal, QObject::tr("Task with float"));
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
    const QString rfsLabel = QObject::tr("Ready for service: %1 (month %2)")
                                 .arg(Format::yearMonth(start.plusMonths(schedule.rfsMonthIndex)))
                                 .arg(schedule.rfsMonthIndex);
    painter.drawText(QPointF(x, cy + fm.ascent() / 2 - 1), rfsLabel);
    painter.restore();
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
}

void GanttWidget::setSchedule(const m2ai::ScheduleResult& schedule, m2ai::YearMonth start) {
    schedule_ = schedule;
    start_ = start;
    updateGeometry();
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
            driving = QString::fromStdString(p.name);
    if (driving == tr("none") && !t.drivingPredecessor.empty())
        driving = QString::fromStdString(t.drivingPredecessor);
    return tr("<b>%1</b>%2<br>Early start: %3<br>Early finish: %4<br>Duration: %5 months<br>"
              "Total float: %6 months<br>Driving predecessor: %7")
        .arg(QString::fromStdString(t.name).toHtmlEscaped(), t.critical ? tr(" (critical)") : QString(),
             when(t.earlyStartMonth), when(t.earlyFinishMonth), Format::number(t.durationMonths, 1),
             Format::number(t.totalFloatMonths, 1), driving.toHtmlEscaped());
}

void GanttWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette pal = palette();
    if (schedule_.tasks.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No schedule"));
        return;
    }
    paintGantt(painter, QRectF(rect()).adjusted(6, 4, -6, -4), schedule_, start_, &pal);
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
