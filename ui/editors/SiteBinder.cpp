#include "editors/SiteBinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include "app/InputNotesUi.h"
#include "editors/FieldHints.h"
#include "editors/RangeSpinBox.h"

SiteBinder::SiteBinder(ProjectDocument* doc, QObject* parent) : QObject(parent), doc_(doc) {
    connect(doc_, &ProjectDocument::siteChanged, this, [this](int i) {
        if (i == doc_->currentSite()) refresh();
    });
    connect(doc_, &ProjectDocument::currentSiteChanged, this, &SiteBinder::refresh);
    connect(doc_, &ProjectDocument::projectReset, this, &SiteBinder::refresh);
    connect(doc_, &ProjectDocument::portfolioSettingsChanged, this, &SiteBinder::refresh);
}

void SiteBinder::refresh() {
    refreshing_ = true;
    for (auto& f : portfolioRefreshers_) f();
    const int i = doc_->currentSite();
    if (i >= 0 && i < doc_->siteCount()) {
        const m2ai::Site& site = doc_->portfolio().sites[static_cast<size_t>(i)];
        for (auto& f : refreshers_) f(site);
    }
    refreshing_ = false;
}

void SiteBinder::refused(QWidget* source, const QString& reason) {
    emit message(tr("Refused: %1").arg(reason));
    if (source) {
        // Keep the allowed-range tooltip, prefix the last refusal.
        QString tip = source->property("m2aiBaseToolTip").toString();
        if (tip.isEmpty() && !source->toolTip().isEmpty()) {
            tip = source->toolTip();
            source->setProperty("m2aiBaseToolTip", tip);
        }
        source->setToolTip(tr("<b>Refused:</b> %1<br>%2").arg(reason.toHtmlEscaped(), tip));
    }
    refresh();  // put the model's value back into the widget
}

bool SiteBinder::edit(const QString& undoText, const QString& key, const ProjectDocument::SiteMutator& mutate,
                      QWidget* source, ProjectDocument::EditKind kind) {
    if (refreshing_) return true;
    QString error;
    if (!doc_->editSite(doc_->currentSite(), undoText, key, mutate, &error, kind)) {
        refused(source, error);
        return false;
    }
    if (source && source->property("m2aiBaseToolTip").isValid())
        source->setToolTip(source->property("m2aiBaseToolTip").toString());
    return true;
}

void SiteBinder::bindDouble(QDoubleSpinBox* w, const QString& key, const QString& undoText,
                            const Get<double>& get, Set<double> set) {
    // Commit on Enter/focus-out/arrow steps, not on each keystroke; arrow steps merge into one undo.
    w->setKeyboardTracking(false);
    if (auto* range = qobject_cast<RangeDoubleSpinBox*>(w))
        connect(range, &RangeDoubleSpinBox::refused, this, [=, this](const QString& m) { refused(w, m); });
    connect(w, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
        edit(
            undoText, key, [&](m2ai::Site& s) { set(s, v); }, w, ProjectDocument::EditKind::Continuous);
    });
    // Steps and typed values merge into one undo step until the box finishes editing.
    connect(w, &QDoubleSpinBox::editingFinished, doc_, &ProjectDocument::endContinuousEdit);
    onRefresh([=](const m2ai::Site& s) {
        const QSignalBlocker block(w);
        w->setValue(get(s));
    });
}

void SiteBinder::bindInt(QSpinBox* w, const QString& key, const QString& undoText, const Get<int>& get,
                         Set<int> set) {
    w->setKeyboardTracking(false);
    if (auto* range = qobject_cast<RangeSpinBox*>(w))
        connect(range, &RangeSpinBox::refused, this, [=, this](const QString& m) { refused(w, m); });
    connect(w, &QSpinBox::valueChanged, this, [=, this](int v) {
        edit(
            undoText, key, [&](m2ai::Site& s) { set(s, v); }, w, ProjectDocument::EditKind::Continuous);
    });
    // Steps and typed values merge into one undo step until the box finishes editing.
    connect(w, &QSpinBox::editingFinished, doc_, &ProjectDocument::endContinuousEdit);
    onRefresh([=](const m2ai::Site& s) {
        const QSignalBlocker block(w);
        w->setValue(get(s));
    });
}

void SiteBinder::bindText(QLineEdit* w, const QString& key, const QString& undoText,
                          const Get<std::string>& get, Set<std::string> set) {
    InputNotesUi::tagInput(w, key);  // notes and sources on every input, not only numbers
    connect(w, &QLineEdit::editingFinished, this, [=, this] {
        const std::string v = w->text().trimmed().toStdString();
        edit(
            undoText, key, [&](m2ai::Site& s) { set(s, v); }, w);
    });
    onRefresh([=](const m2ai::Site& s) {
        const QSignalBlocker block(w);
        const QString text = QString::fromStdString(get(s));
        if (w->text() != text) w->setText(text);
    });
}

void SiteBinder::bindBool(QCheckBox* w, const QString& key, const QString& undoText, const Get<bool>& get,
                          Set<bool> set) {
    InputNotesUi::tagInput(w, key);
    connect(w, &QCheckBox::toggled, this, [=, this](bool v) {
        edit(
            undoText, key, [&](m2ai::Site& s) { set(s, v); }, w);
    });
    onRefresh([=](const m2ai::Site& s) {
        const QSignalBlocker block(w);
        w->setChecked(get(s));
    });
}

void SiteBinder::bindBool(QGroupBox* w, const QString& key, const QString& undoText, const Get<bool>& get,
                          Set<bool> set) {
    w->setCheckable(true);
    connect(w, &QGroupBox::toggled, this, [=, this](bool v) {
        edit(
            undoText, key, [&](m2ai::Site& s) { set(s, v); }, w);
    });
    onRefresh([=](const m2ai::Site& s) {
        const QSignalBlocker block(w);
        w->setChecked(get(s));
    });
}

void SiteBinder::bindCombo(QComboBox* w, const QString& key, const QString& undoText, const Get<int>& get,
                           Set<int> set) {
    InputNotesUi::tagInput(w, key);
    connect(w, &QComboBox::activated, this, [=, this](int index) {
        const int v = w->itemData(index).toInt();
        edit(
            undoText, key, [&](m2ai::Site& s) { set(s, v); }, w);
    });
    onRefresh([=](const m2ai::Site& s) {
        const QSignalBlocker block(w);
        w->setCurrentIndex(w->findData(get(s)));
    });
}

void SiteBinder::bindPortfolioDouble(QDoubleSpinBox* w, const QString& key, const QString& undoText,
                                     const std::function<double(const m2ai::Portfolio&)>& get,
                                     std::function<void(m2ai::Portfolio&, double)> set) {
    w->setKeyboardTracking(false);
    if (auto* range = qobject_cast<RangeDoubleSpinBox*>(w))
        connect(range, &RangeDoubleSpinBox::refused, this, [=, this](const QString& m) { refused(w, m); });
    connect(w, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
        if (refreshing_) return;
        QString error;
        if (!doc_->editPortfolio(
                undoText, key, [&](m2ai::Portfolio& p) { set(p, v); }, &error,
                ProjectDocument::EditKind::Continuous))
            refused(w, error);
    });
    connect(w, &QDoubleSpinBox::editingFinished, doc_, &ProjectDocument::endContinuousEdit);
    portfolioRefreshers_.push_back([=, this] {
        const QSignalBlocker block(w);
        w->setValue(get(doc_->portfolio()));
    });
}

QDoubleSpinBox* SiteBinder::doubleSpin(const QString& key, const QString& suffix, int decimals,
                                       const QString& undoText, const Get<double>& get, Set<double> set) {
    auto* spin = new RangeDoubleSpinBox;
    spin->setObjectName(key);
    FieldHints::apply(spin, key, suffix, decimals);
    bindDouble(spin, key, undoText, get, std::move(set));
    return spin;
}

QSpinBox* SiteBinder::intSpin(const QString& key, const QString& suffix, const QString& undoText,
                              const Get<int>& get, Set<int> set) {
    auto* spin = new RangeSpinBox;
    spin->setObjectName(key);
    FieldHints::apply(spin, key, suffix);
    bindInt(spin, key, undoText, get, std::move(set));
    return spin;
}
