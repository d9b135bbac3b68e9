#pragma once
// Gantt chart of a site's conversion schedule. Bars run from early start to early finish; critical
// tasks are red, hatched and outlined, tagged with the milestone they drive ("! RFS", "! full");
// total float is a thin tail after the bar; the milestones (first RFS, full capacity) are diamonds
// and labelled vertical lines; the axis is labelled with calendar months. paintGantt is a free
// function so reports draw the same picture.
#include <QPalette>
#include <QRectF>
#include <QWidget>

#include "engines/Results.h"
#include "model/YearMonth.h"

class QPainter;

// palette == nullptr: print colours (black on white).
// focusRow ≥ 0 outlines that row (the keyboard's current task).
void paintGantt(QPainter& painter, const QRectF& rect, const m2ai::ScheduleResult& schedule,
                m2ai::YearMonth start, const QPalette* palette = nullptr, int focusRow = -1);
// The row of task `index` in that layout (empty when out of range).
QRectF ganttRowRect(const QRectF& rect, const m2ai::ScheduleResult& schedule, int index, const QFont& font);
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
    // Plain-text description of a task for assistive technology (dates, float, milestone driven).
    QString taskDescription(int index) const;
    QString summary() const;
    int currentTask() const { return current_; }
    void setCurrentTask(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    m2ai::ScheduleResult schedule_;
    m2ai::YearMonth start_{};
    int current_ = -1;  // keyboard's current task, −1 for none
};
