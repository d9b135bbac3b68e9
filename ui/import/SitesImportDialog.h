#pragma once
// File › Import Sites from Spreadsheet…: a preview of the rows core read from a CSV or XLSX file
// (io/SitesTable.h), every bad cell marked in place and listed by row number and column header,
// and the choice to append the sites (the default) or replace the project's sites. Import is one
// undo step (import/SitesImport.h) and is offered only when the file has no bad cell.
#include <QDialog>
#include <QString>

#include "import/SitesImport.h"
#include "io/SitesTable.h"

class ProjectDocument;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

class SitesImportDialog : public QDialog {
    Q_OBJECT
public:
    SitesImportDialog(const QString& path, ProjectDocument* doc, QWidget* parent = nullptr);

    SitesImport::Mode mode() const;
    void setMode(SitesImport::Mode mode);
    const m2ai::SitesTableImport& imported() const { return imported_; }
    QTableWidget* preview() const { return preview_; }
    QListWidget* problemList() const { return problems_; }
    bool canImport() const;
    // Applies the import (what the Import button does); false and the reason on the dialog when
    // refused. The result of the last attempt:
    bool importNow();
    const SitesImport::Result& lastResult() const { return result_; }

private:
    void read();  // (re)reads the file: the names it may not repeat depend on the mode
    void fill();

    QString path_;
    ProjectDocument* doc_;
    m2ai::SitesTableImport imported_;
    SitesImport::Result result_;
    QLabel* summary_ = nullptr;
    QTableWidget* preview_ = nullptr;
    QListWidget* problems_ = nullptr;
    QRadioButton* append_ = nullptr;
    QRadioButton* replace_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};
