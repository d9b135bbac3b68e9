#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources with the options CMake's
# update_translations target and check-ts.sh use (new strings come in as type="unfinished";
# translate them, then check-ts.sh passes). Runs without a build tree.
#   tests/translations/refresh-ts.sh [LUPDATE]
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate=${1:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -silent -locations none -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=M2AI_TR \
  core ui app -ts resources/translations/mine2ai_*.ts
