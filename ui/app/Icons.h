#pragma once
// Action icons: the desktop's icon theme when it has the icon, else the one bundled under
// resources/icons/actions (drawn for this app, readable on light and dark palettes), so a desktop
// without an icon theme (a bare X session, Windows) still shows every action's icon.
#include <QIcon>
#include <QString>

namespace Icons {

// themeName: a freedesktop icon name ("document-save") or one of ours ("site-duplicate").
QIcon action(const QString& themeName);
// True when the bundled fallback for themeName exists (tests check every action has one).
bool hasFallback(const QString& themeName);

}  // namespace Icons
