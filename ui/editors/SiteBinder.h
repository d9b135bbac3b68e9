#pragma once
// Binds editor widgets to fields of the CURRENT site (or of the portfolio) through ProjectDocument:
// a widget change becomes a validated, undoable edit; a model change (undo, another view) refreshes
// the widget with its signals blocked. A refused edit reverts the widget, puts the reason in its
// tooltip and emits message() for the status bar. Spin boxes built here are RangeDoubleSpinBox /
// RangeSpinBox: an out-of-range number typed into one is refused the same way, never clamped.
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

#include "document/ProjectDocument.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QWidget;

class SiteBinder : public QObject {
    Q_OBJECT
public:
    explicit SiteBinder(ProjectDocument* doc, QObject* parent = nullptr);

    template <typename T>
    using Get = std::function<T(const m2ai::Site&)>;
    template <typename T>
    using Set = std::function<void(m2ai::Site&, T)>;

    void bindDouble(QDoubleSpinBox* w, const QString& key, const QString& undoText, const Get<double>& get,
                    Set<double> set);
    void bindInt(QSpinBox* w, const QString& key, const QString& undoText, const Get<int>& get, Set<int> set);
    void bindText(QLineEdit* w, const QString& key, const QString& undoText, const Get<std::string>& get,
                  Set<std::string> set);
    void bindBool(QCheckBox* w, const QString& key, const QString& undoText, const Get<bool>& get,
                  Set<bool> set);
    void bindBool(QGroupBox* w, const QString& key, const QString& undoText, const Get<bool>& get,
                  Set<bool> set);
    // Combo items carry the enum's int value as item data.
    void bindCombo(QComboBox* w, const QString& key, const QString& undoText, const Get<int>& get,
                   Set<int> set);
    // A new spin box for a site field: object name = key, range and tooltip from core validation
    // (FieldHints), bound as above. The editors build every numeric field through these.
    QDoubleSpinBox* doubleSpin(const QString& key, const QString& suffix, int decimals,
                               const QString& undoText, const Get<double>& get, Set<double> set);
    QSpinBox* intSpin(const QString& key, const QString& suffix, const QString& undoText, const Get<int>& get,
                      Set<int> set);
    // Anything else: called on refresh with the current site.
    void onRefresh(std::function<void(const m2ai::Site&)> refresh) {
        refreshers_.push_back(std::move(refresh));
    }

    // Portfolio-level field (start month, discount rate, …), same behaviour.
    void bindPortfolioDouble(QDoubleSpinBox* w, const QString& key, const QString& undoText,
                             const std::function<double(const m2ai::Portfolio&)>& get,
                             std::function<void(m2ai::Portfolio&, double)> set);

    // One edit of the current site; on refusal reverts `source` and reports.
    // Continuous: spin-box input, which merges into one undo step until the box finishes editing.
    bool edit(const QString& undoText, const QString& key, const ProjectDocument::SiteMutator& mutate,
              QWidget* source, ProjectDocument::EditKind kind = ProjectDocument::EditKind::Discrete);

    void refresh();
    ProjectDocument* document() const { return doc_; }

signals:
    void message(const QString& text);

private:
    void refused(QWidget* source, const QString& reason);

    ProjectDocument* doc_;
    std::vector<std::function<void(const m2ai::Site&)>> refreshers_;
    std::vector<std::function<void()>> portfolioRefreshers_;
    bool refreshing_ = false;
};
