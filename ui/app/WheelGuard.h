#pragma once
// The mouse wheel scrolls forms; it does not change the number or choice under the pointer.
// Qt's spin boxes and combo boxes take focus from the wheel and step their value, so scrolling down
// the site editor or the Cost Assumptions dialog silently changed whatever field passed under the
// pointer (a redundancy level, a GPU count) and recomputed the plan. With the guard installed on the
// application, a spin box or combo box reacts to the wheel only while it has keyboard focus (click
// or Tab into it first, as in Subsurface and KMyMoney); otherwise the wheel goes on to the scroll
// area around it. Keyboard, arrows and typing are unchanged.
#include <QObject>

class QCoreApplication;

class WheelGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Installs one guard as an application-wide event filter (parented to the application).
    static void install(QCoreApplication* application);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
