// Every item model runs under QAbstractItemModelTester (Fatal: a broken contract aborts the run)
// while the document is edited, sites are added/removed and edits are undone.
#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "models/ClimateTableModel.h"
#include "models/PortfolioTableModel.h"
#include "models/UserTaskTableModel.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
}

TEST_CASE("PortfolioTableModel: rows, totals, sorting and edits", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    PortfolioTableModel model(&doc);
    PortfolioSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PortfolioTableModel::SortRole);
    QAbstractItemModelTester t1(&model, kFatal);
    QAbstractItemModelTester t2(&proxy, kFatal);

    // 2 sites + Total.
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == PortfolioTableModel::ColumnCount);
    CHECK(model.index(0, PortfolioTableModel::Name).data().toString() ==
          QStringLiteral("Electrical-limited"));
    // IT MW sort value is the engine's number: 30 MW for the electrical-limited site (hand value).
    CHECK(model.index(0, PortfolioTableModel::ItMw).data(PortfolioTableModel::SortRole).toDouble() ==
          Approx(30.0));
    // Total grid = 100 + 20 MW.
    CHECK(model.index(2, PortfolioTableModel::GridMw).data(PortfolioTableModel::SortRole).toDouble() ==
          Approx(120.0));
    CHECK(model.index(2, PortfolioTableModel::ItMw).data(PortfolioTableModel::SortRole).toDouble() ==
          Approx(doc.result().itMw));
    CHECK(model.index(0, PortfolioTableModel::GridMw).data().toString().contains(QStringLiteral("MW")));

    // Sorting by grid MW, both orders: the Total row stays last.
    proxy.sort(PortfolioTableModel::GridMw, Qt::AscendingOrder);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("Grid-limited"));
    CHECK(proxy.index(2, 0).data(PortfolioTableModel::IsTotalRole).toBool());
    proxy.sort(PortfolioTableModel::GridMw, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("Electrical-limited"));
    CHECK(proxy.index(2, 0).data(PortfolioTableModel::IsTotalRole).toBool());

    // Edit in place goes through the document; a negative grid is refused.
    CHECK(model.setData(model.index(1, PortfolioTableModel::GridMw), 25.0));
    CHECK(doc.portfolio().sites[1].gridInterconnectMw == 25.0);
    CHECK_FALSE(model.setData(model.index(1, PortfolioTableModel::GridMw), -5.0));
    CHECK(doc.portfolio().sites[1].gridInterconnectMw == 25.0);
    CHECK_FALSE(model.flags(model.index(2, PortfolioTableModel::Name)).testFlag(Qt::ItemIsEditable));

    REQUIRE(doc.addSite(testsupport::fixtureSite("Third", 30.0, 9000)));
    CHECK(model.rowCount() == 4);
    REQUIRE(doc.removeSite(0));
    CHECK(model.rowCount() == 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Electrical-limited"));
}

TEST_CASE("ClimateTableModel edits one month of the current site", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    ClimateTableModel model(&doc);
    QAbstractItemModelTester tester(&model, kFatal);
    REQUIRE(model.rowCount() == 12);
    CHECK(model.index(6, ClimateTableModel::DryBulbC).data(Qt::EditRole).toDouble() == 10.0);
    CHECK(model.setData(model.index(6, ClimateTableModel::DryBulbC), 18.5));
    CHECK(doc.portfolio().sites[0].climate.dryBulbC[6] == 18.5);
    CHECK(doc.portfolio().sites[0].climate.dryBulbC[5] == 10.0);
    CHECK_FALSE(model.setData(model.index(6, ClimateTableModel::DryBulbC), QStringLiteral("warm")));
    doc.setCurrentSite(1);
    CHECK(model.index(6, ClimateTableModel::DryBulbC).data(Qt::EditRole).toDouble() == 10.0);
    doc.undoStack()->undo();
    CHECK(doc.portfolio() == testsupport::fixturePortfolio());
}

TEST_CASE("UserTaskTableModel adds, edits and removes extra schedule tasks", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    UserTaskTableModel model(&doc);
    QAbstractItemModelTester tester(&model, kFatal);
    CHECK(model.rowCount() == 0);
    REQUIRE(model.addTask());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, UserTaskTableModel::Id).data().toString() == QStringLiteral("task-1"));
    CHECK(model.setData(model.index(0, UserTaskTableModel::Name), QStringLiteral("Community consultation")));
    CHECK(model.setData(model.index(0, UserTaskTableModel::Months), 3.0));
    const auto& task = doc.portfolio().sites[0].plan.extraTasks.at(0);
    CHECK(task.name == "Community consultation");
    CHECK(task.durationMonths == 3.0);
    // A dependency on a task that does not exist is refused by core validation.
    CHECK_FALSE(model.setData(model.index(0, UserTaskTableModel::DependsOn), QStringLiteral("no-such-task")));
    CHECK(doc.portfolio().sites[0].plan.extraTasks.at(0).dependsOn.empty());
    // "Must finish before" makes a generated task wait for the user task; a link back from the
    // generated network is a cycle, refused.
    CHECK(model.setData(model.index(0, UserTaskTableModel::Precedes), QStringLiteral("design, proc-gpu")));
    CHECK(model.index(0, UserTaskTableModel::Precedes).data().toString() ==
          QStringLiteral("design, proc-gpu"));
    CHECK(doc.portfolio().sites[0].plan.extraTasks.at(0).precedes ==
          std::vector<std::string>{"design", "proc-gpu"});
    CHECK_FALSE(model.setData(model.index(0, UserTaskTableModel::DependsOn), QStringLiteral("decommission")));
    CHECK_THAT(model.lastError().toStdString(), Catch::Contains("dependency cycle"));
    CHECK(doc.portfolio().sites[0].plan.extraTasks.at(0).dependsOn.empty());
    REQUIRE(model.removeTask(0));
    CHECK(model.rowCount() == 0);
    doc.undoStack()->undo();
    CHECK(model.rowCount() == 1);
    doc.setCurrentSite(1);
    CHECK(model.rowCount() == 0);
}
