#include "report/ReportNotes.h"

#include <QCoreApplication>

#include "app/FieldLabels.h"

namespace ReportNotes {

namespace {

QString oneLine(const std::string& text) {
    return QString::fromStdString(text).simplified();  // a page line: breaks and tabs become spaces
}

}  // namespace

QString heading() {
    return QCoreApplication::translate("ReportNotes", "Notes on inputs");
}

QStringList lines(const m2ai::Portfolio& portfolio) {
    QStringList out;
    for (const auto& [path, note] : portfolio.notes.byPath) {
        const QString field = FieldLabels::describe(QString::fromStdString(path), portfolio);
        QString text = oneLine(note.note);
        if (!note.source.empty()) {
            const QString source =
                QCoreApplication::translate("ReportNotes", "source: %1").arg(oneLine(note.source));
            text = text.isEmpty() ? source : QStringLiteral("%1 (%2)").arg(text, source);
        }
        out << QStringLiteral("• %1: %2").arg(field, text);
    }
    return out;
}

}  // namespace ReportNotes
