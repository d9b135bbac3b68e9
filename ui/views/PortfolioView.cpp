#include "views/PortfolioView.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "app/AppSettings.h"
#include "app/InputNotesUi.h"
#include "charts/ChartView.h"
#include "charts/GanttWidget.h"
#include "charts/SiteCharts.h"
#include "document/ProjectDocument.h"
#include "editors/FieldHints.h"
#include "editors/RangeSpinBox.h"
#include "import/TableClipboard.h"
#include "models/PortfolioTableModel.h"
#include "util/Format.h"
#include "util/WordElideDelegate.h"
#include "views/ChartHost.h"

PortfolioView::PortfolioView(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      model_(new PortfolioTableModel(doc, this)),
      proxy_(new PortfolioSortProxy(this)),
      totalProxy_(new PortfolioSortProxy(this)) {
    proxy_->setRows(PortfolioSortProxy::Rows::SitesOnly);
    proxy_->setSourceModel(model_);
    totalProxy_->setRows(PortfolioSortProxy::Rows::TotalOnly);
    totalProxy_->setSourceModel(model_);
    proxy_->setSortRole(PortfolioTableModel::SortRole);
    proxy_->setDynamicSortFilter(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildSettings());

    auto* split = new QSplitter(Qt::Vertical);
    split_ = split;
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("portfolioTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user clicks a header
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    // Column widths are fitted to the contents when a project is loaded, not after every edit:
    // ResizeToContents re-measures up to 1,000 rows of every column on each change.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setResizeContentsPrecision(200);
    // The site name takes the spare width; numbers keep their natural width.
    table_->horizontalHeader()->setSectionResizeMode(PortfolioTableModel::Name, QHeaderView::Stretch);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setItemDelegateForColumn(PortfolioTableModel::Name, new WordElideDelegate(table_));
    table_->installEventFilter(this);
    table_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &PortfolioView::showHeaderMenu);
    const QList<int> hidden = AppSettings::portfolioHiddenColumns();
    for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
        table_->setColumnHidden(c,
                                AppSettings::hasPortfolioColumns() ? hidden.contains(c) : !shownByDefault(c));
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(table_, 1);
    buildTotalTable();
    tableLayout->addWidget(totalTable_);
    split->addWidget(tableBox);

    auto* charts = new QSplitter(Qt::Horizontal);
    capacity_ = new ChartHost(QStringLiteral("portfolioCapacity"));
    npv_ = new ChartHost(QStringLiteral("npvBySite"));
    charts->addWidget(capacity_);
    charts->addWidget(npv_);
    charts->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    // Selecting a row makes it the current site; activating (double-click on a read-only column,
    // Enter) opens it.
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex src = proxy_->mapToSource(current);
                if (src.isValid() && src.row() < doc_->siteCount()) doc_->setCurrentSite(src.row());
            });
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex src = proxy_->mapToSource(index);
        if (src.isValid() && src.row() < doc_->siteCount() && !(model_->flags(src) & Qt::ItemIsEditable))
            emit siteActivated(src.row());
    });
    auto selectCurrent = [this] {
        const int site = doc_->currentSite();
        if (site < 0 || site >= model_->totalRow()) return;
        const QModelIndex proxyIndex = proxy_->mapFromSource(model_->index(site, 0));
        if (table_->currentIndex().row() != proxyIndex.row()) {
            const QSignalBlocker block(table_->selectionModel());
            table_->selectionModel()->setCurrentIndex(
                proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table_->viewport()->update();
        }
    };
    connect(doc_, &ProjectDocument::currentSiteChanged, this, selectCurrent);
    connect(model_, &QAbstractItemModel::modelReset, this, selectCurrent);
    auto fitColumns = [this] {
        // The widest text of a column may be in the Total row, which the site table no longer holds.
        for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
            if (c != PortfolioTableModel::Name) {
                totalTable_->resizeColumnToContents(c);
                const int total = totalTable_->columnWidth(c);
                table_->resizeColumnToContents(c);  // the pinned row follows (sectionResized)
                if (total > table_->columnWidth(c)) table_->setColumnWidth(c, total);
            }
        keepNamesReadable();
        // sectionResized fires only for widths that changed: copy every one.
        for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
            totalTable_->setColumnWidth(c, table_->columnWidth(c));
    };
    connect(model_, &QAbstractItemModel::modelReset, this, [this, fitColumns] {
        fitColumns();
        fitColumnsPending_ = true;
    });
    // The first results arrive after the reset (a background compute): fit once they are in, and
    // not again for later full recomputes (a settings edit), which keep the user's widths.
    connect(doc_, &ProjectDocument::resultChanged, this, [this, fitColumns] {
        if (!fitColumnsPending_ || doc_->siteResult(0) == nullptr) return;
        fitColumnsPending_ = false;
        fitColumns();
    });
    connect(doc_, &ProjectDocument::resultChanged, this, &PortfolioView::refreshChartsOrMarkDirty);
    connect(doc_, &ProjectDocument::projectReset, this, &PortfolioView::refreshChartsOrMarkDirty);
    refreshCharts();
    selectCurrent();
}

bool PortfolioView::shownByDefault(int column) {
    switch (column) {
        case PortfolioTableModel::Business:
        case PortfolioTableModel::ConvertedShare:
        case PortfolioTableModel::GridWithQueueMw:
        case PortfolioTableModel::Irr:
        case PortfolioTableModel::Payback:
        // Capex and facility per MW IT stay; with the GPU purchase too the Site column shrinks to
        // its first letter at 1280×800.
        case PortfolioTableModel::GpuPurchase:
            return false;
        default:
            return true;
    }
}

void PortfolioView::setColumnShown(int column, bool shown) {
    table_->setColumnHidden(column, !shown);
    totalTable_->setColumnHidden(column, !shown);
    if (shown && table_->columnWidth(column) < 20) table_->resizeColumnToContents(column);
    totalTable_->setColumnWidth(column, table_->columnWidth(column));
    spanTotalLabel();
    QList<int> hidden;
    for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
        if (table_->isColumnHidden(c)) hidden << c;
    AppSettings::setPortfolioHiddenColumns(hidden);
}

void PortfolioView::showHeaderMenu(const QPoint& pos) {
    QMenu menu(this);
    for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c) {
        if (c == PortfolioTableModel::Name) continue;  // a row without its site is unreadable
        // Header texts are ours, but a mnemonic '&' in one would be eaten: escape.
        QAction* a = menu.addAction(
            model_->headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('&'), QStringLiteral("&&")));
        a->setCheckable(true);
        a->setChecked(!table_->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.exec(table_->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void PortfolioView::buildTotalTable() {
    totalTable_ = new QTableView;
    totalTable_->setObjectName(QStringLiteral("portfolioTotal"));
    totalTable_->setModel(totalProxy_);
    totalTable_->horizontalHeader()->hide();
    totalTable_->verticalHeader()->hide();
    totalTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    totalTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    totalTable_->setSelectionMode(QAbstractItemView::NoSelection);
    totalTable_->setFocusPolicy(Qt::NoFocus);
    totalTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    totalTable_->setWordWrap(false);
    totalTable_->setTextElideMode(Qt::ElideRight);
    totalTable_->setItemDelegateForColumn(PortfolioTableModel::Name, new WordElideDelegate(totalTable_));
    totalTable_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const int rowHeight = totalTable_->verticalHeader()->defaultSectionSize();
    totalTable_->setFixedHeight(rowHeight + 2 * totalTable_->frameWidth());
    for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
        totalTable_->setColumnHidden(c, table_->isColumnHidden(c));
    // The pinned row follows the site table's columns: widths, order and horizontal scrolling.
    QHeaderView* header = table_->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, totalTable_,
            [this](int c, int, int width) { totalTable_->setColumnWidth(c, width); });
    connect(header, &QHeaderView::sectionMoved, totalTable_,
            [this](int, int from, int to) { totalTable_->horizontalHeader()->moveSection(from, to); });
    connect(table_->horizontalScrollBar(), &QScrollBar::valueChanged, totalTable_->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(table_->horizontalScrollBar(), &QScrollBar::rangeChanged, totalTable_, [this](int, int max) {
        totalTable_->horizontalScrollBar()->setRange(0, max);
        totalTable_->horizontalScrollBar()->setValue(table_->horizontalScrollBar()->value());
    });
    for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
        totalTable_->setColumnWidth(c, table_->columnWidth(c));
    spanTotalLabel();
    connect(header, &QHeaderView::sectionMoved, this, &PortfolioView::spanTotalLabel);
    connect(totalProxy_, &QAbstractItemModel::modelReset, this, &PortfolioView::spanTotalLabel);
    connect(totalProxy_, &QAbstractItemModel::rowsInserted, this, &PortfolioView::spanTotalLabel);
}

void PortfolioView::keepNamesReadable() {
    // The names take the spare width, but not less than a readable minimum: with very wide figures
    // (10,000 sites, billions) the table scrolls sideways instead of squeezing them to "…".
    const int minimum = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22;
    int others = 0;
    for (int c = 0; c < PortfolioTableModel::ColumnCount; ++c)
        if (c != PortfolioTableModel::Name && !table_->isColumnHidden(c)) others += table_->columnWidth(c);
    QHeaderView* header = table_->horizontalHeader();
    const bool squeezed = table_->viewport()->width() - others < minimum;
    header->setSectionResizeMode(PortfolioTableModel::Name,
                                 squeezed ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (squeezed) table_->setColumnWidth(PortfolioTableModel::Name, minimum);
}

void PortfolioView::spanTotalLabel() {
    // "Total (6 sites, 1 infeasible excluded)" runs on over the Country cell, empty in the Total row,
    // when that column is shown just right of the names.
    totalTable_->clearSpans();
    const QHeaderView* header = table_->horizontalHeader();
    const bool adjacent = header->visualIndex(PortfolioTableModel::Country) ==
                          header->visualIndex(PortfolioTableModel::Name) + 1;
    if (totalProxy_->rowCount() > 0 && adjacent && !table_->isColumnHidden(PortfolioTableModel::Country))
        totalTable_->setSpan(0, PortfolioTableModel::Name, 1, 2);
}

bool PortfolioView::eventFilter(QObject* watched, QEvent* event) {
    // Enter opens the site from any cell, editable or not (F2 edits, as in a spreadsheet). While a
    // cell is being edited its editor has the keys, so this sees only the table's own.
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            const QModelIndex src = proxy_->mapToSource(table_->currentIndex());
            if (src.isValid() && src.row() < doc_->siteCount()) {
                emit siteActivated(src.row());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PortfolioView::pasteTsv(const QString& text, QString* error) {
    const QList<QStringList> block = TableClipboard::parseTsv(text);
    const QModelIndex current = table_->currentIndex();
    if (block.isEmpty() || !current.isValid()) {
        if (error) *error = block.isEmpty() ? tr("Nothing to paste") : tr("Select the cell to paste at");
        return false;
    }
    // Visible columns in view order from the current cell: the block lands where it is seen.
    QList<int> columns;
    const QHeaderView* header = table_->horizontalHeader();
    for (int visual = header->visualIndex(current.column()); visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!table_->isColumnHidden(c)) columns << c;
    }
    std::vector<PortfolioTableModel::PasteCell> cells;
    QStringList outside;
    for (int r = 0; r < block.size(); ++r) {
        const int proxyRow = current.row() + r;
        for (int c = 0; c < block[r].size(); ++c) {
            if (proxyRow >= proxy_->rowCount() || c >= columns.size()) {
                outside << tr("row %1, cell %2").arg(r + 1).arg(c + 1);
                continue;
            }
            const QModelIndex src = proxy_->mapToSource(proxy_->index(proxyRow, columns[c]));
            cells.push_back({src.row(), src.column(), block[r][c]});
        }
    }
    if (!outside.isEmpty()) {
        if (error)
            *error = tr("Paste refused, nothing changed: the block reaches past the table (%1)")
                         .arg(outside.join(QStringLiteral(", ")));
        return false;
    }
    return model_->pasteCells(cells, error);
}

QWidget* PortfolioView::buildSettings() {
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("portfolioName"));
    InputNotesUi::tagInput(name, QStringLiteral("portfolio.name"));  // a note and source like any input
    name->setMinimumWidth(220);
    auto* startYear = new QSpinBox;
    startYear->setRange(2000, 2100);
    startYear->setObjectName(QStringLiteral("startYear"));
    auto* startMonth = new QSpinBox;
    startMonth->setRange(1, 12);
    startMonth->setObjectName(QStringLiteral("startMonth"));
    auto* discount = new RangeDoubleSpinBox;  // refuses out-of-range typing (editors/RangeSpinBox.h)
    discount->setObjectName(QStringLiteral("discountRatePct"));
    FieldHints::apply(discount, QStringLiteral("portfolio.discountRatePct"), tr(" %"), 1);
    discount->setKeyboardTracking(false);
    auto* horizon = new RangeSpinBox;
    horizon->setObjectName(QStringLiteral("horizonYears"));
    FieldHints::apply(horizon, QStringLiteral("portfolio.horizonYears"), tr(" years"));
    horizon->setKeyboardTracking(false);
    startYear->setKeyboardTracking(false);
    startMonth->setKeyboardTracking(false);

    row->addWidget(new QLabel(tr("Portfolio")));
    row->addWidget(name, 2);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Start")));
    row->addWidget(startYear);
    row->addWidget(startMonth);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Discount rate")));
    discount->setFieldLabel(tr("Discount rate"));
    horizon->setFieldLabel(tr("Horizon"));
    connect(discount, &RangeDoubleSpinBox::refused, this,
            [this](const QString& m) { emit message(tr("Refused: %1").arg(m)); });
    connect(horizon, &RangeSpinBox::refused, this,
            [this](const QString& m) { emit message(tr("Refused: %1").arg(m)); });
    row->addWidget(discount);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Horizon")));
    row->addWidget(horizon);
    row->addStretch(1);

    auto refresh = [=, this] {
        const m2ai::Portfolio& p = doc_->portfolio();
        const QSignalBlocker b1(name), b2(startYear), b3(startMonth), b4(discount), b5(horizon);
        if (name->text() != Format::qs(p.name)) name->setText(Format::qs(p.name));
        startYear->setValue(p.startMonth.year);
        startMonth->setValue(p.startMonth.month);
        discount->setValue(p.discountRatePct);
        horizon->setValue(p.horizonYears);
    };
    auto apply = [this, refresh](const QString& text, const QString& key,
                                 const ProjectDocument::PortfolioMutator& m,
                                 ProjectDocument::EditKind kind = ProjectDocument::EditKind::Continuous) {
        QString error;
        if (!doc_->editPortfolio(text, key, m, &error, kind)) {
            emit message(tr("Refused: %1").arg(error));
            refresh();
        }
    };
    connect(name, &QLineEdit::editingFinished, this, [=] {
        const std::string v = name->text().trimmed().toStdString();
        apply(
            tr("Rename portfolio"), QStringLiteral("portfolio.name"), [&](m2ai::Portfolio& p) { p.name = v; },
            ProjectDocument::EditKind::Discrete);
    });
    connect(startYear, &QSpinBox::valueChanged, this, [=](int v) {
        apply(tr("Change start month"), QStringLiteral("portfolio.start"),
              [&](m2ai::Portfolio& p) { p.startMonth.year = v; });
    });
    connect(startMonth, &QSpinBox::valueChanged, this, [=](int v) {
        apply(tr("Change start month"), QStringLiteral("portfolio.start"),
              [&](m2ai::Portfolio& p) { p.startMonth.month = v; });
    });
    connect(discount, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        apply(tr("Change discount rate"), QStringLiteral("portfolio.discountRatePct"),
              [&](m2ai::Portfolio& p) { p.discountRatePct = v; });
    });
    connect(horizon, &QSpinBox::valueChanged, this, [=](int v) {
        apply(tr("Change horizon"), QStringLiteral("portfolio.horizonYears"),
              [&](m2ai::Portfolio& p) { p.horizonYears = v; });
    });
    // Spin boxes: steps and typing merge into one undo step until the box finishes editing.
    for (QAbstractSpinBox* box :
         std::initializer_list<QAbstractSpinBox*>{startYear, startMonth, discount, horizon})
        connect(box, &QAbstractSpinBox::editingFinished, doc_, &ProjectDocument::endContinuousEdit);
    connect(doc_, &ProjectDocument::portfolioSettingsChanged, this, refresh);
    connect(doc_, &ProjectDocument::projectReset, this, refresh);
    refresh();
    return bar;
}

void PortfolioView::refreshChartsOrMarkDirty() {
    // Hidden behind another page of a window on screen: redraw when shown, not for every edit.
    if (!isVisible() && window()->isVisible()) {
        chartsDirty_ = true;
        return;
    }
    refreshCharts();
}

void PortfolioView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!splitSized_) {
        splitSized_ = true;
        sizeSplit();
    }
    keepNamesReadable();
    if (chartsDirty_) refreshCharts();
}

void PortfolioView::sizeSplit() {
    // The table gets the height of its rows (three to eight of them, the Total row pinned below) up
    // to 55 % of the view, the charts the rest: at 1280×800 the six sample sites show without
    // scrolling, and the charts keep room for their axes and legends.
    const int rows = std::clamp(proxy_->rowCount(), 3, 8);
    // The horizontal scroll bar is counted too: the figures are wider than 1280 pixels, and the bar
    // would otherwise cover half of the last row.
    const int tableHeight = table_->horizontalHeader()->sizeHint().height() +
                            rows * table_->verticalHeader()->defaultSectionSize() + 2 * table_->frameWidth() +
                            table_->horizontalScrollBar()->sizeHint().height() + totalTable_->height();
    const int available = split_->height() - split_->handleWidth();
    if (available <= 0) {
        split_->setSizes({tableHeight, tableHeight * 3 / 2});
        return;
    }
    const int table = std::min(tableHeight, available * 55 / 100);
    split_->setSizes({table, available - table});
}

void PortfolioView::refreshCharts() {
    chartsDirty_ = false;
    const m2ai::PortfolioResult& r = doc_->result();
    if (r.sites.size() != static_cast<size_t>(doc_->siteCount())) return;  // a recompute is on its way
    // Filled in place when the structure is the same (a settings edit): nothing Qt draws is built.
    if (!updatePortfolioCapacityChart(capacity_->chart(), doc_->portfolio(), r))
        capacity_->setChart(makePortfolioCapacityChart(doc_->portfolio(), r));
    if (!updateNpvBySiteChart(npv_->chart(), doc_->portfolio(), r))
        npv_->setChart(makeNpvBySiteChart(doc_->portfolio(), r));
}

void PortfolioView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) refreshCharts();
}
