// The Risk inputs dialog: the project's distributions and task durations edited as one undoable
// step; invalid values refused by their label with the dialog left open; rows at the catalogue
// default not stored.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "risk/RiskSettings.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "views/RiskInputsDialog.h"
#include "views/RiskView.h"

namespace {

int rowOf(const QTableWidget* table, const QString& input) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == input) return row;
    return -1;
}

QDoubleSpinBox* cell(const QTableWidget* table, int row, int column) {
    return qobject_cast<QDoubleSpinBox*>(table->cellWidget(row, column));
}

}  // namespace

TEST_CASE("risk inputs dialog: defaults store nothing, an edit stores that input only", "[ui][risk]") {
    testsupport::qtApp();
    const m2ai::Portfolio sample = m2ai::samplePortfolio();
    RiskInputsDialog dialog(sample);
    CHECK(dialog.inputs() == m2ai::RiskInputs{});
    QTableWidget* table = dialog.distributionTable();
    REQUIRE(table->rowCount() == static_cast<int>(m2ai::risk::riskInputNames().size()));
    const int power = rowOf(table, QStringLiteral("powerPrice"));
    REQUIRE(power >= 0);
    cell(table, power, 4)->setValue(2.5);  // Max
    const m2ai::RiskInputs edited = dialog.inputs();
    REQUIRE(edited.distributions.size() == 1);
    CHECK(edited.distributions[0].input == "powerPrice");
    CHECK(edited.distributions[0].distribution.max == 2.5);
}

TEST_CASE("risk inputs dialog: min above most likely is refused naming the label", "[ui][risk]") {
    testsupport::qtApp();
    RiskInputsDialog dialog(m2ai::samplePortfolio());
    QTableWidget* table = dialog.distributionTable();
    const int electrical = rowOf(table, QStringLiteral("duration.proc-electrical"));
    REQUIRE(electrical >= 0);
    cell(table, electrical, 2)->setValue(1.4);  // Min above the most likely 1
    dialog.show();
    dialog.accept();
    CHECK(dialog.isVisible());  // refused: still open
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.refusalText().contains(QStringLiteral("Procure electrical")));
    CHECK(dialog.refusalText().contains(QStringLiteral("Min")));
    CHECK(dialog.refusalText().contains(QStringLiteral("min ≤ mode ≤ max")));
}

TEST_CASE("risk inputs: one undoable edit of the project, the view's run controls follow", "[ui][risk]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::samplePortfolio(), QString());
    doc.waitForCompute();
    RiskView view(&doc);
    m2ai::RiskInputs inputs;
    inputs.trials = 3000;
    inputs.seed = 42;
    inputs.distributions = {{"hashprice", m2ai::risk::Distribution::lognormal(1.0, 0.5)}};
    inputs.taskDurations = {{doc.portfolio().sites.front().name, "proc-electrical",
                             m2ai::risk::Distribution::pert(9.0, 11.0, 30.0)}};
    REQUIRE(view.applyInputs(inputs));
    doc.waitForCompute();
    CHECK(doc.portfolio().risk == inputs);
    CHECK(view.trialsSpin()->value() == 3000);
    CHECK(view.seedSpin()->value() == 42);
    doc.undoStack()->undo();
    doc.waitForCompute();
    CHECK(doc.portfolio().risk == m2ai::RiskInputs{});
    doc.undoStack()->redo();
    doc.waitForCompute();
    CHECK(doc.portfolio().risk == inputs);
}
