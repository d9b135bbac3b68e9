#!/usr/bin/env bash
# The .ts files are complete for the current sources: lupdate runs over ui/, app/ and core/ (whose
# M2AI_TR marks are QT_TRANSLATE_NOOP to lupdate, validation/CoreMessage.h) into copies of
# resources/translations/*.ts (the committed files stay untouched) with the options CMake's
# update_translations uses; the test fails on any message left unfinished (a new or changed
# source string), and on any message the committed file holds that the sources no longer have
# (obsolete: the file was not refreshed). Fix: cmake --build --preset release --target
# update_translations, then translate what lupdate marked unfinished.
#   check-ts.sh LUPDATE SOURCE_DIR
set -uo pipefail
lupdate=${1:?usage: check-ts.sh LUPDATE SOURCE_DIR} src=${2:?usage: check-ts.sh LUPDATE SOURCE_DIR}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0
count() { grep -c "$1" "$2"; }
shopt -s nullglob
files=("$src"/resources/translations/mine2ai_*.ts)
[[ ${#files[@]} -ge 3 ]] || { echo "FAIL: expected the fr, zh_CN and es .ts files, found ${#files[@]}"; exit 1; }
for ts in "${files[@]}"; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  (cd "$src" && "$lupdate" -locations none -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=M2AI_TR \
    core ui app -ts "$tmp/$name") >"$tmp/lupdate.log" 2>&1 \
    || { echo "FAIL: lupdate failed on $name:"; cat "$tmp/lupdate.log"; failed=1; continue; }
  unfinished=$(count 'type="unfinished"' "$tmp/$name")
  before=$(count '<message' "$ts")
  after=$(count '<message' "$tmp/$name")
  # Messages the committed file has that the sources no longer do: lupdate -no-obsolete says how
  # many it removed ("Removed 3 obsolete entries").
  stale=$(grep -o 'Removed [0-9]* obsolete' "$tmp/lupdate.log" | grep -o '[0-9]*' || true)
  stale=${stale:-0}
  if [[ $unfinished -eq 0 && $stale -eq 0 ]]; then
    echo "ok: $name: all $after messages translated for the current sources"
  else
    failed=1
    echo "FAIL: $name: $unfinished unfinished or missing, $stale obsolete (committed $before, current $after)"
    # The sources of the unfinished messages, so the failure says what to translate.
    awk '/<source>/ { s = $0 } /type="unfinished"/ { sub(/^ *<source>/, "", s); sub(/<\/source>$/, "", s); print "  unfinished: " s }' \
      "$tmp/$name" | head -20
  fi
done
exit $failed
