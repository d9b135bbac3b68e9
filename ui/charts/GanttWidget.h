#pragma once
// Gantt chart of a site's conversion schedule. Bars run from early start to early finish; critical
// tasks are red; total float is a thin tail after the bar; milestones (RFS) are diamonds; the axis
// is labelled with calendar months. paintGantt is a free function so reports draw the same picture.
#include <QPalette>
#include <QRectF>
#include <QWidget>

#include "engines/Results.h"
#include "model/YearMonth.h"

class QPainter;

// palette == nullptr: print colours (black on white).
void paintGantt(QPainter& painter, const QRectF& rect, const m2ai::ScheduleResult& schedule,
                m2ai::YearMonth start, const QPalette* palette = nullptr);
// Index of the task whose row contains point (same layout as paintGantt), or -1.
int ganttTaskAt(const QRectF& rect, const m2ai::ScheduleResult& schedule, const QPointF& point,
                const QFont& font);

class GanttWidget : public QWidget {
    Q_OBJECT
public:
    explicit GanttWidget(QWidget* parent = nullptr);
    void setSchedule(const m2ai::ScheduleResult& schedule, m2ai::YearMonth start);
    const m2ai::ScheduleResult& schedule() const { return schedule_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The tooltip text for a task (dates, total float, driving predecessor); public for tests.
    QString toolTipForTask(int index) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    m2ai::ScheduleResult schedule_;
    m2ai::YearMonth start_{};
};
