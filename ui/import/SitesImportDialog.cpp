#include "import/SitesImportDialog.h"

#include <QBrush>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

#include "document/ProjectDocument.h"
#include "import/SitesImportText.h"
#include "util/PlainText.h"

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

SitesImportDialog::SitesImportDialog(const QString& path, ProjectDocument* doc, QWidget* parent)
    : QDialog(parent), path_(path), doc_(doc) {
    setWindowTitle(tr("Import sites from %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("importSummary"));
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);

    auto* split = new QSplitter(Qt::Vertical);
    preview_ = new QTableWidget;
    preview_->setObjectName(QStringLiteral("importPreview"));
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview_->setWordWrap(false);
    preview_->setTextElideMode(Qt::ElideRight);
    preview_->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    split->addWidget(preview_);
    problems_ = new QListWidget;
    problems_->setObjectName(QStringLiteral("importProblems"));
    split->addWidget(problems_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    // Selecting a problem shows its cell.
    connect(problems_, &QListWidget::currentRowChanged, this, [this](int i) {
        if (i < 0 || static_cast<std::size_t>(i) >= imported_.problems.size()) return;
        const QVariant cell = problems_->item(i)->data(Qt::UserRole);
        if (cell.isValid()) {
            const QPoint rc = cell.toPoint();
            preview_->setCurrentCell(rc.x(), rc.y());
        }
    });

    auto* modeBox = new QGroupBox(tr("Sites in the project"));
    auto* modeRow = new QHBoxLayout(modeBox);
    append_ =
        new QRadioButton(tr("&Append the imported sites (keep the %Ln current)", nullptr, doc->siteCount()));
    append_->setObjectName(QStringLiteral("importAppend"));
    replace_ = new QRadioButton(tr("Re&place the current sites"));
    replace_->setObjectName(QStringLiteral("importReplace"));
    append_->setChecked(true);  // nothing the user has is lost by default
    modeRow->addWidget(append_);
    modeRow->addWidget(replace_);
    modeRow->addStretch(1);
    layout->addWidget(modeBox);
    connect(append_, &QRadioButton::toggled, this, [this] { read(); });

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* importButton = buttons_->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setDefault(true);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (importNow()) accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
    resize(900, 560);
    read();
}

SitesImport::Mode SitesImportDialog::mode() const {
    return replace_->isChecked() ? SitesImport::Mode::Replace : SitesImport::Mode::Append;
}

void SitesImportDialog::setMode(SitesImport::Mode mode) {
    (mode == SitesImport::Mode::Replace ? replace_ : append_)->setChecked(true);
}

bool SitesImportDialog::canImport() const {
    return imported_.ok && !imported_.sites.empty();
}

void SitesImportDialog::read() {
    m2ai::SitesTableOptions options;
    options.existingNames = SitesImport::existingNames(doc_, mode());
    imported_ = m2ai::readSitesFile(path_.toStdString(), options);
    fill();
}

void SitesImportDialog::fill() {
    const auto& cells = imported_.cells;
    preview_->clear();
    const int columns = cells.empty() ? 0 : static_cast<int>(cells.front().size());
    const int rows = cells.empty() ? 0 : static_cast<int>(cells.size()) - 1;
    preview_->setColumnCount(columns);
    preview_->setRowCount(rows);
    std::map<std::string, int> columnOf;
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        headers << qs(cells.front()[static_cast<std::size_t>(c)]);
        columnOf.emplace(cells.front()[static_cast<std::size_t>(c)], c);
    }
    preview_->setHorizontalHeaderLabels(headers);
    std::map<int, int> rowOf;  // spreadsheet row number -> preview row
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        const auto& row = cells[static_cast<std::size_t>(r) + 1];
        const int number = static_cast<std::size_t>(r) + 1 < imported_.rowNumbers.size()
                               ? imported_.rowNumbers[static_cast<std::size_t>(r) + 1]
                               : r + 2;
        rowOf[number] = r;
        rowLabels << QString::number(number);
        for (int c = 0; c < columns && static_cast<std::size_t>(c) < row.size(); ++c) {
            auto* item = new QTableWidgetItem(qs(row[static_cast<std::size_t>(c)]));
            item->setToolTip(PlainText::plainTextForAutoDetect(item->text()));
            preview_->setItem(r, c, item);
        }
    }
    preview_->setVerticalHeaderLabels(rowLabels);
    // Headers are long ("Queued grid available (YYYY-MM)"): fit each column to its header and
    // cells up to a cap, and put the whole header in its tooltip for the ones that are still cut.
    preview_->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c) {
        if (preview_->columnWidth(c) > 240) preview_->setColumnWidth(c, 240);
        if (QTableWidgetItem* h = preview_->horizontalHeaderItem(c))
            h->setToolTip(PlainText::plainTextForAutoDetect(h->text()));
    }

    problems_->clear();
    // Bad cells: a strong red that reads on light and dark palettes, the reason in the tooltip.
    const QBrush bad(QColor(0xd3, 0x2f, 0x2f, 110));
    for (const m2ai::CellProblem& p : imported_.problems) {
        auto* entry = new QListWidgetItem(SitesImportText::problem(p));
        entry->setToolTip(PlainText::plainTextForAutoDetect(entry->text()));
        const auto r = rowOf.find(p.row);
        const auto c = columnOf.find(p.column);
        if (r != rowOf.end()) {
            const int column = c != columnOf.end() ? c->second : -1;
            entry->setData(Qt::UserRole, QPoint(r->second, std::max(column, 0)));
            for (int cc = 0; cc < columns; ++cc) {
                if (column >= 0 && cc != column) continue;
                QTableWidgetItem* item = preview_->item(r->second, cc);
                if (!item) {
                    item = new QTableWidgetItem;
                    preview_->setItem(r->second, cc, item);
                }
                item->setBackground(bad);
                item->setToolTip(PlainText::plainTextForAutoDetect(SitesImportText::message(p)));
            }
        }
        problems_->addItem(entry);
    }
    problems_->setVisible(!imported_.problems.empty());

    QString text;
    if (canImport())
        text = tr("%Ln site(s) read, no bad cell.", nullptr, static_cast<int>(imported_.sites.size()));
    else if (!imported_.problems.empty())
        text =
            tr("%Ln bad cell(s): nothing can be imported until the file is fixed. Each is marked "
               "below and listed by row and column.",
               nullptr, static_cast<int>(imported_.problems.size()));
    else
        text = imported_.error.empty() ? tr("The file holds no site rows.")
                                       : tr("Cannot import: %1").arg(SitesImportText::error(imported_));
    summary_->setText(text);
    if (QPushButton* b = findChild<QPushButton*>(QStringLiteral("importButton"))) b->setEnabled(canImport());
}

bool SitesImportDialog::importNow() {
    if (!canImport()) return false;
    result_ = SitesImport::apply(doc_, imported_.sites, mode());
    if (!result_.ok) summary_->setText(tr("Refused: %1").arg(result_.error));
    return result_.ok;
}
