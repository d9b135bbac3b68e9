#include "app/InputNotesUi.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QToolTip>
#include <QVBoxLayout>

#include "app/FieldLabels.h"
#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "util/ElidingStyle.h"

namespace InputNotesUi {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("InputNotesUi", text);
}

// The widget that carries the field path: w itself, or the spin box whose line edit w is.
const QWidget* fieldWidget(const QWidget* w) {
    for (int depth = 0; w && depth < 2; ++depth, w = w->parentWidget())
        if (w->property(kFieldPathProperty).isValid()) return w;
    return nullptr;
}

std::string utf8(const QString& s) {
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<size_t>(b.size()));
}

}  // namespace

void tagInput(QWidget* w, const QString& fieldPath) {
    if (w && !w->property(kFieldPathProperty).isValid()) w->setProperty(kFieldPathProperty, fieldPath);
}

QString notePath(const QWidget* w, const ProjectDocument& doc) {
    const QWidget* f = fieldWidget(w);
    if (!f) return {};
    const QString relative = f->property(kFieldPathProperty).toString();
    if (relative.isEmpty()) return {};
    static const QString kPortfolio = QStringLiteral("portfolio.");
    if (relative.startsWith(kPortfolio)) return relative.mid(kPortfolio.size());
    const int site = doc.currentSite();
    if (site < 0 || site >= doc.siteCount()) return {};
    return QStringLiteral("sites[%1].%2").arg(site).arg(relative);
}

QString toolTipWithNote(const QString& base, const m2ai::InputNote& note) {
    QString tip = base;
    auto add = [&](const QString& title, const std::string& text) {
        if (text.empty()) return;
        if (!tip.isEmpty()) tip += QStringLiteral("<br>");
        // Plain text as typed: escaped, line breaks kept, nothing in it interpreted as markup.
        QString body = QString::fromStdString(text).toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        tip += QStringLiteral("<b>%1</b> %2").arg(title, body);
    };
    add(tr("Note:"), note.note);
    add(tr("Source:"), note.source);
    return tip;
}

QString toolTip(const QWidget* w, const ProjectDocument& doc) {
    const QWidget* f = fieldWidget(w);
    if (!f) return w ? w->toolTip() : QString();
    const QString path = notePath(f, doc);
    const m2ai::InputNote* note =
        path.isEmpty() ? nullptr : m2ai::findInputNote(doc.portfolio().notes, utf8(path));
    // A combo box that elides its text leads with the whole of it.
    const auto* combo = qobject_cast<const QComboBox*>(f);
    const QString base = combo ? ElidingStyle::toolTip(combo) : f->toolTip();
    return note ? toolTipWithNote(base, *note) : base;
}

bool setNote(ProjectDocument& doc, const QString& path, const m2ai::InputNote& note, QString* error) {
    const std::string key = utf8(path);
    const m2ai::InputNoteCheck check = m2ai::checkInputNote(key, note);
    if (!check.ok) {
        // Core names the path; the user reads the label and the site.
        if (error)
            *error = ProblemText::message(check.message)
                         .replace(path, FieldLabels::describe(path, doc.portfolio()));
        return false;
    }
    const QString label = FieldLabels::describe(path, doc.portfolio());
    return doc.editPortfolio(
        note.empty() ? tr("Remove note for %1").arg(label) : tr("Note for %1").arg(label),
        QStringLiteral("note:") + path, [&](m2ai::Portfolio& p) { m2ai::setInputNote(p.notes, key, note); },
        error);
}

bool editNoteDialog(QWidget* parent, ProjectDocument& doc, const QString& path) {
    const std::string key = utf8(path);
    m2ai::InputNote current;
    if (const m2ai::InputNote* n = m2ai::findInputNote(doc.portfolio().notes, key)) current = *n;

    QDialog dialog(parent);
    const QString label = FieldLabels::describe(path, doc.portfolio());
    dialog.setWindowTitle(tr("Note and source: %1").arg(label));
    auto* layout = new QVBoxLayout(&dialog);
    auto* heading =
        new QLabel(tr("A note and a source for <b>%1</b>, shown in its tooltip, the report's "
                      "appendix and the workbook's Inputs sheet. Plain text, up to %2 characters each.")
                       .arg(label.toHtmlEscaped())
                       .arg(m2ai::kMaxInputNoteBytes));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    auto* noteEdit = new QPlainTextEdit(QString::fromStdString(current.note));
    noteEdit->setObjectName(QStringLiteral("noteEdit"));
    noteEdit->setTabChangesFocus(true);
    noteEdit->setMinimumWidth(420);
    auto* sourceEdit = new QLineEdit(QString::fromStdString(current.source));
    sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    sourceEdit->setMaxLength(static_cast<int>(m2ai::kMaxInputNoteBytes));
    sourceEdit->setPlaceholderText(tr("e.g. utility letter of 3 March 2026, or a URL"));
    form->addRow(tr("&Note:"), noteEdit);
    form->addRow(tr("&Source:"), sourceEdit);
    layout->addLayout(form);
    auto* refusal = new QLabel;
    refusal->setObjectName(QStringLiteral("refusal"));
    refusal->setWordWrap(true);
    refusal->setTextFormat(Qt::PlainText);
    refusal->hide();
    layout->addWidget(refusal);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool changed = false;
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const m2ai::InputNote edited{utf8(noteEdit->toPlainText()), utf8(sourceEdit->text().trimmed())};
        if (edited == current) {
            dialog.accept();
            return;
        }
        QString error;
        if (!setNote(doc, path, edited, &error)) {
            refusal->setText(tr("Refused: %1").arg(error));  // the dialog stays open with the text
            refusal->show();
            return;
        }
        changed = true;
        dialog.accept();
    });
    dialog.exec();
    return changed;
}

Filter::Filter(ProjectDocument* doc) : QObject(doc), doc_(doc) {}

bool Filter::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::ToolTip && type != QEvent::ContextMenu) return false;
    auto* w = qobject_cast<QWidget*>(watched);
    const QString path = w ? notePath(w, *doc_) : QString();
    if (path.isEmpty()) return false;
    if (type == QEvent::ToolTip) {
        const QString tip = toolTip(w, *doc_);
        if (tip.isEmpty()) return false;
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, w);
        return true;
    }
    // The input's own menu (cut, copy, paste, step up/down…) with the note action after it.
    const QWidget* f = fieldWidget(w);
    QMenu* menu = nullptr;
    if (auto* spin = qobject_cast<const QAbstractSpinBox*>(f)) {
        if (auto* edit = spin->findChild<QLineEdit*>()) menu = edit->createStandardContextMenu();
    } else if (auto* edit = qobject_cast<const QLineEdit*>(f)) {
        menu = const_cast<QLineEdit*>(edit)->createStandardContextMenu();
    }
    if (!menu) menu = new QMenu;
    if (!menu->isEmpty()) menu->addSeparator();
    const bool has = m2ai::findInputNote(doc_->portfolio().notes, utf8(path)) != nullptr;
    QAction* noteAction = menu->addAction(has ? tr("Edit Note and Source…") : tr("Note and Source…"));
    noteAction->setObjectName(QStringLiteral("noteAndSource"));
    QAction* removeAction = has ? menu->addAction(tr("Remove Note")) : nullptr;
    const QPointer<QWidget> guard(w);
    QAction* chosen = menu->exec(static_cast<QContextMenuEvent*>(event)->globalPos());
    delete menu;
    if (!guard) return true;
    if (chosen == noteAction) {
        editNoteDialog(w->window(), *doc_, path);
    } else if (chosen && chosen == removeAction) {
        QString error;
        if (!setNote(*doc_, path, {}, &error)) emit message(tr("Refused: %1").arg(error));
    }
    return true;
}

Filter* install(ProjectDocument* doc) {
    auto* filter = new Filter(doc);
    qApp->installEventFilter(filter);
    return filter;
}

}  // namespace InputNotesUi
