#include "app/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace {

// The widgets whose value a wheel turn changes.
bool stepsOnWheel(const QObject* object) {
    return qobject_cast<const QAbstractSpinBox*>(object) != nullptr ||
           qobject_cast<const QComboBox*>(object) != nullptr;
}

}  // namespace

void WheelGuard::install(QCoreApplication* application) {
    application->installEventFilter(new WheelGuard(application));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (!stepsOnWheel(watched)) return false;
    auto* widget = static_cast<QWidget*>(watched);
    switch (event->type()) {
        case QEvent::Polish:
            // Qt::WheelFocus (the spin box default) lets the wheel give focus before any filter
            // sees the event; Qt::StrongFocus keeps Tab and click focus and drops only that.
            if (widget->focusPolicy() == Qt::WheelFocus) widget->setFocusPolicy(Qt::StrongFocus);
            return false;
        case QEvent::Wheel:
            if (widget->hasFocus()) return false;
            // Ignored and filtered: QApplication passes a wheel event nobody accepted on to the
            // parent widgets, so the scroll area around the form scrolls.
            event->ignore();
            return true;
        default:
            return false;
    }
}
