#include "app/Icons.h"

#include <QFile>

namespace Icons {
namespace {
QString fallbackPath(const QString& themeName) {
    return QStringLiteral(":/icons/actions/%1.svg").arg(themeName);
}
}  // namespace

QIcon action(const QString& themeName) {
    return QIcon::fromTheme(themeName, QIcon(fallbackPath(themeName)));
}

bool hasFallback(const QString& themeName) {
    return QFile::exists(fallbackPath(themeName));
}

}  // namespace Icons
