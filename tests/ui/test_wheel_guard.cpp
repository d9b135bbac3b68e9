// The wheel over a form scrolls it and leaves the fields under the pointer alone; a field that has
// keyboard focus still steps with the wheel (ui/app/WheelGuard.h).
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <catch2/catch.hpp>

#include "app/WheelGuard.h"
#include "editors/RangeSpinBox.h"
#include "support/QtApp.h"

namespace {

// One notch down over `target`'s centre, delivered as the window system would: spontaneous and
// through notify() (sendEvent() clears the flag), so QApplication propagates it to the parents when
// it is ignored. QTest delivers its mouse events the same way.
void wheelDownOver(QWidget* target) {
    const QPointF local(target->width() / 2.0, target->height() / 2.0);
    QWheelEvent wheel(local, target->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(target, &wheel);
}

// A form taller than its scroll area, with a spin box and a combo box at the top.
struct ScrolledForm {
    QScrollArea area;
    QWidget* form = new QWidget;
    RangeDoubleSpinBox* spin = new RangeDoubleSpinBox;
    QComboBox* combo = new QComboBox;
    QLineEdit* name = new QLineEdit;  // first in the form: it has the focus, as a site's name does

    ScrolledForm() {
        auto* layout = new QVBoxLayout(form);
        layout->addWidget(name);
        spin->setRange(0.0, 100.0);
        spin->setValue(50.0);
        combo->addItems({QStringLiteral("N"), QStringLiteral("N+1"), QStringLiteral("2N")});
        combo->setCurrentIndex(1);
        layout->addWidget(spin);
        layout->addWidget(combo);
        form->setMinimumHeight(2000);
        area.setWidget(form);
        area.resize(300, 200);
        area.show();
        QApplication::processEvents();  // polished: the guard has set the focus policies
        name->setFocus(Qt::OtherFocusReason);
    }
};

// The guard for one test case, removed again even when a REQUIRE ends the case early.
struct InstalledGuard {
    InstalledGuard() { WheelGuard::install(&testsupport::qtApp()); }
    ~InstalledGuard() { delete guard(); }
    static WheelGuard* guard() {
        return testsupport::qtApp().findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly);
    }
};

}  // namespace

TEST_CASE("The wheel over an unfocused spin box or combo box scrolls the form instead", "[wheel][ui]") {
    const InstalledGuard installed;
    ScrolledForm f;
    REQUIRE(InstalledGuard::guard() != nullptr);
    CHECK(f.spin->focusPolicy() == Qt::StrongFocus);
    CHECK(f.combo->focusPolicy() == Qt::StrongFocus);
    REQUIRE(f.area.verticalScrollBar()->value() == 0);

    wheelDownOver(f.spin);
    CHECK(f.spin->value() == 50.0);
    CHECK_FALSE(f.spin->hasFocus());
    const int scrolledOnce = f.area.verticalScrollBar()->value();
    CHECK(scrolledOnce > 0);

    f.area.verticalScrollBar()->setValue(0);
    wheelDownOver(f.combo);
    CHECK(f.combo->currentIndex() == 1);
    CHECK(f.area.verticalScrollBar()->value() > 0);
}

TEST_CASE("A focused spin box still steps with the wheel", "[wheel][ui]") {
    const InstalledGuard installed;
    ScrolledForm f;
    f.spin->setFocus(Qt::OtherFocusReason);
    REQUIRE(f.spin->hasFocus());
    wheelDownOver(f.spin);
    CHECK(f.spin->value() == 49.0);  // one step down
    CHECK(f.area.verticalScrollBar()->value() == 0);
}

TEST_CASE("Without the guard the wheel steps the spin box (what the guard prevents)", "[wheel][ui]") {
    testsupport::qtApp();
    ScrolledForm f;
    wheelDownOver(f.spin);
    CHECK(f.spin->value() == 49.0);
}
