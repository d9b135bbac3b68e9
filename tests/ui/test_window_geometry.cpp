// The main window's size on first start fits the screen it opens on: at 1280×800 the default
// 1366-pixel width cut the NPV chart and the table's last columns off at the right.
#include <QRect>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"

TEST_CASE("The first-start window geometry fits the available screen", "[mainwindow][geometry]") {
    // Large screen: the preferred size, centred.
    const QRect big(0, 0, 1920, 1080);
    const QRect onBig = MainWindow::defaultGeometry(big);
    CHECK(onBig.size() == MainWindow::kPreferredSize);
    CHECK(big.contains(onBig));
    CHECK(onBig.center().x() == big.center().x());

    // 1280×800 with a 32-pixel panel at the top: narrower and lower than preferred, with room for
    // the window frame, and on the available area.
    for (const QRect available :
         {QRect(0, 32, 1280, 768), QRect(0, 0, 1280, 800), QRect(1920, 0, 1024, 600)}) {
        INFO(available.width() << "x" << available.height() << " at " << available.x() << ","
                               << available.y());
        const QRect r = MainWindow::defaultGeometry(available);
        CHECK(available.contains(r));
        CHECK(r.width() <= available.width() - 16);
        CHECK(r.height() <= available.height() - 48);
        CHECK(r.top() >= available.top() + 40);  // the title bar above the client area stays on screen
    }
}
