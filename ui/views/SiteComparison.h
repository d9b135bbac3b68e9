#pragma once
// Two sites side by side (issue 15): pick two sites and read their inputs and key results in two
// columns, the rows where they differ marked in bold, tinted and with "≠" (so it does not rest on
// colour alone). Values are formatted as the editors and the key-figure strip show them; results
// come from ProjectDocument::siteResult() and read "—" until computed.
#include <QDialog>
#include <QString>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"

class ProjectDocument;
class QComboBox;
class QTableWidget;

namespace SiteComparison {

struct Row {
    QString section;  // "Inputs" or "Results"
    QString label;
    QString a;
    QString b;
    bool differs = false;
};

// Rows for sites a and b of `portfolio`; ra/rb are their results (nullptr = not computed yet).
std::vector<Row> compare(const m2ai::Portfolio& portfolio, int a, int b, const m2ai::SiteResult* ra,
                         const m2ai::SiteResult* rb);

}  // namespace SiteComparison

class SiteComparisonDialog : public QDialog {
    Q_OBJECT
public:
    // Starts with the current site and the next one.
    explicit SiteComparisonDialog(ProjectDocument* doc, QWidget* parent = nullptr);

    QComboBox* siteA() const { return a_; }
    QComboBox* siteB() const { return b_; }
    QTableWidget* table() const { return table_; }

private:
    void fillSites();
    void refresh();

    ProjectDocument* doc_;
    QComboBox* a_ = nullptr;
    QComboBox* b_ = nullptr;
    QTableWidget* table_ = nullptr;
};
