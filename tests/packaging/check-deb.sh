#!/usr/bin/env bash
# Builds the Debian package from a configured, built tree and checks it as a user would meet it:
# the file list, the package metadata, the desktop entry, AppStream metainfo, MIME type, icons and
# man pages, and that the binaries unpacked with `dpkg -x` run. Every check is reported; the script
# exits 1 if any failed, so one run shows everything that is wrong.
#
#   tests/packaging/check-deb.sh BUILD_DIR VERSION [CPACK] [CMAKE]
#
# Writes only to a temporary directory (the .deb goes there too, not into BUILD_DIR/package).
# Tools: cpack, dpkg-deb, desktop-file-validate (desktop-file-utils), lintian and man (man-db) are
# required; appstreamcli (appstream), update-mime-database (shared-mime-info), gio (libglib2.0-bin)
# and sqlite3 are used when present and their checks skipped, with a note, when not.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
# shellcheck source=cli-options.sh
source "$here/cli-options.sh"

build=${1:?usage: check-deb.sh BUILD_DIR VERSION [CPACK] [CMAKE]}
version=${2:?usage: check-deb.sh BUILD_DIR VERSION [CPACK] [CMAKE]}
cpack=${3:-cpack}
cmake=${4:-cmake}
mime_type=application/x-mine2ai-project

tmp=$(mktemp -d "${TMPDIR:-/tmp}/m2ai-deb.XXXXXX")
if [[ -n ${KEEP_TMP:-} ]]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }
skip() { echo "skip - $*"; }
have() { command -v "$1" >/dev/null 2>&1; }
# check DESCRIPTION COMMAND...: runs COMMAND, shows its output only when it fails.
check() {
  local what=$1; shift
  local out
  if out=$("$@" 2>&1); then pass "$what"; else fail "$what"; printf '%s\n' "$out" | sed 's/^/     /' | head -40; fi
}

for tool in "$cpack" dpkg-deb dpkg desktop-file-validate lintian man; do
  have "$tool" || { echo "FAIL - required tool '$tool' not found (packaging/debian-packages.txt)" >&2; exit 1; }
done

# ---- build the package ----
if ! (cd "$build" && "$cpack" -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
  fail "cpack -G DEB in $build"; sed 's/^/     /' "$tmp/cpack.log" | tail -40
  echo "$failures check(s) failed"; exit 1
fi
shopt -s nullglob
debs=("$tmp"/out/mine2ai_*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
  fail "cpack produced exactly one mine2ai_*.deb (found ${#debs[@]})"; exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "mine2ai_${version}_${arch}.deb" ]] \
  && pass "package file name $(basename "$deb")" \
  || fail "package file name: expected mine2ai_${version}_${arch}.deb, got $(basename "$deb")"

# ---- control fields ----
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == mine2ai ]] && pass "Package: mine2ai" || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] && pass "Version: $version" || fail "Version is '$(field Version)', want $version"
[[ $(field Architecture) == "$arch" ]] && pass "Architecture: $arch" || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
# dpkg-shlibdeps writes versioned dependencies for every linked library; a hand-written or empty
# list would lack these.
for lib in libc6 libstdc++6 libqt6core6 libqt6widgets6; do
  [[ ", $depends," == *", $lib (>= "* ]] && pass "Depends has $lib (>= …) from shlibdeps" \
    || fail "Depends lacks a versioned $lib: '$depends'"
done

# ---- lintian: Debian's own package checker ----
# Errors and warnings fail; informational tags are shown. (The binaries lack hardening flags such as
# -D_FORTIFY_SOURCE and -z now, which lintian reports only as information for a package built
# outside dpkg-buildpackage.)
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" >"$tmp/lintian.txt" 2>&1
rc=$?
if [[ $rc -eq 0 ]]; then
  pass "lintian: no errors or warnings ($(grep -c '^I: ' "$tmp/lintian.txt") informational tags)"
else
  fail "lintian (exit $rc):"; sed 's/^/     /' "$tmp/lintian.txt" | head -40
fi

# ---- file list ----
expected=(
  usr/bin/mine2ai
  usr/bin/mine2ai-cli
  usr/share/applications/mine2ai.desktop
  usr/share/metainfo/io.github.mine2ai.Planner.metainfo.xml
  usr/share/mime/packages/mine2ai.xml
  usr/share/man/man1/mine2ai-cli.1.gz
  usr/share/man/man1/mine2ai.1.gz
  usr/share/icons/hicolor/scalable/apps/mine2ai.svg
  usr/share/bash-completion/completions/mine2ai-cli
  usr/share/bash-completion/completions/mine2ai
  usr/share/doc/mine2ai/copyright
  usr/share/doc/mine2ai/changelog.gz
  usr/share/doc/mine2ai/README.md
  usr/share/doc/mine2ai/user-guide.md
  usr/share/doc/mine2ai/model.md
  usr/share/doc/mine2ai/file-format.md
  usr/share/doc/mine2ai/reports.md
  usr/share/doc/mine2ai/screenshots/report-page1.png
  usr/share/doc/mine2ai/screenshots/report-site.png
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/mine2ai.png")
done
dpkg-deb -c "$deb" >"$tmp/contents.txt"
# Regular files only ("-rw-r--r-- root/root 123 date time ./path"): path and mode.
awk '$1 ~ /^-/ { p = $6; sub(/^\.\//, "", p); print p }' "$tmp/contents.txt" | sort >"$tmp/actual.txt"
printf '%s\n' "${expected[@]}" | sort >"$tmp/expected.txt"
if diff -u "$tmp/expected.txt" "$tmp/actual.txt" >"$tmp/list.diff"; then
  pass "dpkg-deb -c lists exactly the ${#expected[@]} expected files"
else
  fail "dpkg-deb -c file list (- expected, + packaged):"; sed 's/^/     /' "$tmp/list.diff"
fi
bad_modes=$(awk '$1 ~ /^-/ && $6 ~ /\/bin\// && $1 != "-rwxr-xr-x" { print $6 }
                 $1 ~ /^-/ && $6 !~ /\/bin\// && $1 != "-rw-r--r--" { print $6 }
                 $1 ~ /^-/ && $2 != "root/root" { print $6 }' "$tmp/contents.txt")
[[ -z $bad_modes ]] && pass "binaries 0755, data 0644, all root/root" || fail "wrong mode or owner: $bad_modes"

# ---- the same layout from cmake --install ----
if "$cmake" --install "$build" --prefix "$tmp/inst" >"$tmp/install.log" 2>&1; then
  (cd "$tmp/inst" && find . -type f | sed 's|^\./|usr/|' | sort) >"$tmp/installed.txt"
  if diff -u "$tmp/actual.txt" "$tmp/installed.txt" >"$tmp/inst.diff"; then
    pass "cmake --install --prefix gives the package's layout"
  else
    fail "cmake --install layout differs from the package (- deb, + install):"; sed 's/^/     /' "$tmp/inst.diff"
  fi
else
  fail "cmake --install $build"; sed 's/^/     /' "$tmp/install.log" | tail -20
fi

# ---- unpack and check what a desktop reads ----
root=$tmp/root
dpkg -x "$deb" "$root"
share=$root/usr/share
desktop=$share/applications/mine2ai.desktop
metainfo=$share/metainfo/io.github.mine2ai.Planner.metainfo.xml
mimexml=$share/mime/packages/mine2ai.xml

check "desktop-file-validate mine2ai.desktop" desktop-file-validate "$desktop"
desktop_key() { sed -n "0,/^\[Desktop Action/ s/^$1=//p" "$desktop" | head -1; }
exec_bin=$(desktop_key Exec | awk '{print $1}')
[[ -x $root/usr/bin/$exec_bin ]] && pass "desktop Exec '$exec_bin' is in the package" || fail "desktop Exec '$exec_bin' is not in usr/bin"
icon=$(desktop_key Icon)
[[ -f $share/icons/hicolor/48x48/apps/$icon.png && -f $share/icons/hicolor/scalable/apps/$icon.svg ]] \
  && pass "desktop Icon '$icon' is in hicolor (48x48 and scalable)" || fail "desktop Icon '$icon' not found in hicolor"
[[ ";$(desktop_key MimeType)" == *";$mime_type;"* ]] && pass "desktop MimeType has $mime_type" \
  || fail "desktop MimeType '$(desktop_key MimeType)' lacks $mime_type"

if have appstreamcli; then
  check "appstreamcli validate --no-net metainfo" appstreamcli validate --no-net "$metainfo"
else
  skip "appstreamcli not installed (Debian: appstream)"
fi
grep -q '<launchable type="desktop-id">mine2ai.desktop</launchable>' "$metainfo" \
  && pass "metainfo launchable names mine2ai.desktop" || fail "metainfo launchable does not name mine2ai.desktop"
grep -q "<mediatype>$mime_type</mediatype>" "$metainfo" \
  && pass "metainfo provides $mime_type" || fail "metainfo does not provide $mime_type"

# Licence, home page and screenshots, which software centres show. Each screenshot must be a file
# of docs/screenshots/ (where the URL publishes it).
license=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' "$metainfo")
[[ -n $license ]] && pass "metainfo project_license: $license" || fail "metainfo has no project_license"
homepage=$(sed -n 's:.*<url type="homepage">\(.*\)</url>.*:\1:p' "$metainfo")
[[ $homepage == https://* ]] && pass "metainfo homepage: $homepage" || fail "metainfo homepage URL: '$homepage'"
shots=$(sed -n 's:.*<image type="source">\(.*\)</image>.*:\1:p' "$metainfo")
missing_shots=""
for url in $shots; do [[ -f $source_dir/docs/screenshots/$(basename "$url") ]] || missing_shots+=" $url"; done
[[ -n $shots && -z $missing_shots ]] && pass "metainfo names $(wc -w <<<"$shots") screenshots, each in docs/screenshots/" \
  || fail "metainfo screenshots missing from docs/screenshots/:${missing_shots:- (none listed)}"
grep -q '<screenshot type="default">' "$metainfo" && pass "metainfo has a default screenshot" \
  || fail "metainfo has no default screenshot"

# ---- /usr/share/doc/mine2ai ----
doc=$share/doc/mine2ai
copyright_license=$(sed -n 's/^License: //p' "$doc/copyright" | head -1)
[[ $copyright_license == "$license" ]] && pass "copyright and metainfo name the same licence ($license)" \
  || fail "copyright says '$copyright_license', metainfo '$license'"
top=$(zcat "$doc/changelog.gz" | head -1)
[[ $top == "mine2ai ($version) "* ]] && pass "changelog's latest entry is $version" \
  || fail "changelog's latest entry is '$top', the package is $version (add an entry to packaging/changelog)"
# Every document the man pages, the CLI and the application cite is installed: "docs/X.md" in the
# sources of ui/ and app/, and "/usr/share/doc/mine2ai/…" or "X.md" in the man pages.
cited=$( (grep -rhoE 'docs/[a-z-]+\.md' "$source_dir/ui" "$source_dir/app" --include='*.cpp' | sed 's:^docs/::'
          for page in "$share"/man/man1/*.1.gz; do LC_ALL=C MANWIDTH=200 man -l "$page" 2>/dev/null; done \
            | grep -oE '[a-z-]+\.md') | sort -u)
uncited_missing=""
for d in $cited; do [[ -f $doc/$d ]] || uncited_missing+=" $d"; done
[[ -n $cited && -z $uncited_missing ]] && pass "every cited document is in /usr/share/doc/mine2ai: $(tr '\n' ' ' <<<"$cited")" \
  || fail "cited but not installed in /usr/share/doc/mine2ai:${uncited_missing:- (nothing cited?)}"
broken=""
for md in "$doc"/*.md; do
  for img in $(grep -oE '\]\(screenshots/[^)]+\)' "$md" | sed 's/^](//; s/)$//'); do
    [[ -f $doc/$img ]] || broken+=" $(basename "$md"):$img"
  done
done
[[ -z $broken ]] && pass "the installed documents' screenshots are installed beside them" || fail "missing images:$broken"

# PNG width and height are big-endian 32-bit at bytes 16 and 20; each must match its directory.
png_dims() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }
bad_icons=""
for png in "$share"/icons/hicolor/*/apps/mine2ai.png; do
  dir=$(basename "$(dirname "$(dirname "$png")")")
  [[ $(png_dims "$png") == "$dir" ]] || bad_icons+=" $dir=$(png_dims "$png")"
done
[[ -z $bad_icons ]] && pass "every hicolor PNG has its directory's size" || fail "PNG sizes do not match their directory:$bad_icons"

# Man pages: gzipped, version filled in, and groff finds nothing to warn about.
for page in mine2ai-cli mine2ai; do
  gz=$share/man/man1/$page.1.gz
  if ! gzip -t "$gz" 2>/dev/null; then fail "$page.1.gz is not gzip"; continue; fi
  th=$(zcat "$gz" | grep '^\.TH')
  [[ $th == *"Mine2AI Planner $version"* ]] && pass "$page(1) names version $version" || fail "$page(1) .TH line: $th"
  if have groff; then
    warnings=$(zcat "$gz" | groff -man -ww -z 2>&1)
    [[ -z $warnings ]] && pass "groff -man -ww: $page(1) clean" || fail "groff warnings in $page(1): $warnings"
  fi
done

# ---- the unpacked binaries run ----
export QT_QPA_PLATFORM=offscreen LC_ALL=C
cli=$root/usr/bin/mine2ai-cli
gui=$root/usr/bin/mine2ai

# The man pages list every option the programs accept: every command and every option of every
# command in mine2ai-cli's help, and everything `mine2ai --help-all` prints (Qt's own options too).
man_text() { MANWIDTH=200 man -l "$share/man/man1/$1.1.gz" 2>/dev/null; }
cli_man=$(man_text mine2ai-cli)
undocumented=""
for c in $(cli_commands "$cli"); do
  grep -q "^   $c\$" <<<"$cli_man" || undocumented+=" $c"
  for o in $(cli_options "$cli" "$c"); do grep -qE -- "(^|[ ,])$o([ ,=]|\$)" <<<"$cli_man" || undocumented+=" $c:$o"; done
done
[[ -z $undocumented ]] && pass "mine2ai-cli(1) has a section for every command and lists each one's options" \
  || fail "mine2ai-cli(1) lacks:$undocumented"
gui_man=$(man_text mine2ai)
gui_options=$("$gui" --help-all 2>/dev/null | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '-[-a-zA-Z]+')
undocumented=""
for o in $gui_options; do grep -qE -- "(^|[ ,])$o([ ,=]|\$)" <<<"$gui_man" || undocumented+=" $o"; done
[[ -n $gui_options && -z $undocumented ]] && pass "mine2ai(1) lists all $(wc -w <<<"$gui_options") options of mine2ai --help-all" \
  || fail "mine2ai(1) lacks:${undocumented:- (mine2ai --help-all printed no options)}"

check "bash completion of mine2ai-cli (tests/packaging/check-completion.sh)" \
  bash "$here/check-completion.sh" "$cli" "$share/bash-completion/completions/mine2ai-cli"
# mine2ai's completion is written by hand: it must offer every option of `mine2ai --help`.
gui_own=$("$gui" --help 2>/dev/null | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '-[-a-zA-Z]+')
offered=$(bash -c 'source "$1"; COMP_WORDS=(mine2ai -); COMP_CWORD=1; _mine2ai; printf "%s\n" "${COMPREPLY[@]}"' \
            _ "$share/bash-completion/completions/mine2ai")
missing=""
for o in $gui_own; do grep -qxF -- "$o" <<<"$offered" || missing+=" $o"; done
[[ -n $gui_own && -z $missing ]] && pass "bash completion of mine2ai offers all $(wc -w <<<"$gui_own") options of mine2ai --help" \
  || fail "bash completion of mine2ai lacks:${missing:- (mine2ai --help printed no options)}"

for bin in mine2ai mine2ai-cli; do
  missing=$(ldd "$root/usr/bin/$bin" 2>&1 | grep 'not found')
  [[ -z $missing ]] && pass "ldd $bin: every library found" || fail "ldd $bin: $missing"
  readelf -S "$root/usr/bin/$bin" 2>/dev/null | grep -q '\.symtab' && fail "$bin is not stripped" || pass "$bin is stripped"
done
out=$("$cli" --version 2>&1)
[[ $? -eq 0 && $out == "mine2ai-cli $version" ]] && pass "mine2ai-cli --version prints 'mine2ai-cli $version'" \
  || fail "mine2ai-cli --version: '$out'"
"$cli" --help >"$tmp/help.txt" 2>&1 && grep -q 'compute' "$tmp/help.txt" && pass "mine2ai-cli --help" || fail "mine2ai-cli --help: $(head -3 "$tmp/help.txt")"
"$cli" no-such-command >/dev/null 2>&1; rc=$?
[[ $rc -eq 2 ]] && pass "unknown command exits 2 (usage)" || fail "unknown command exits $rc, want 2"
if "$cli" compute >"$tmp/compute.txt" 2>"$tmp/compute.err" && [[ -s $tmp/compute.txt ]]; then
  pass "mine2ai-cli compute (built-in sample): $(wc -l <"$tmp/compute.txt") lines"
else
  fail "mine2ai-cli compute on the built-in sample"; sed 's/^/     /' "$tmp/compute.err" | head -20
fi

# ---- the MIME type recognises what the CLI writes ----
project=$tmp/files/sample.m2ai
mkdir -p "$tmp/files"
if "$cli" sample "$project" 2>"$tmp/sample.err"; then
  pass "mine2ai-cli sample writes a .m2ai"
  # What the shared-mime-info magic expects: SQLite header, then application_id "M2AI" at 68.
  header=$(head -c 16 "$project" | od -An -c | tr -s ' ')
  appid=$(od -An -tx1 -j68 -N4 "$project" | tr -d ' \n')
  [[ $header == " S Q L i t e f o r m a t 3 \0" && $appid == 4d324149 ]] \
    && pass "sample.m2ai starts 'SQLite format 3\\0' with application_id 4d324149 at 68" \
    || fail "sample.m2ai header '$header', bytes 68-71 '$appid'"
else
  fail "mine2ai-cli sample $project"; sed 's/^/     /' "$tmp/sample.err" | head
  # Still check the MIME type, on a stand-in with the same header, so one failure does not hide
  # another.
  rm -f "$project"
  have sqlite3 && sqlite3 "$project" "PRAGMA application_id = $((0x4D324149)); CREATE TABLE t(a);" \
    && echo "     (MIME checks below use a stand-in project written by sqlite3)"
fi
if have update-mime-database; then
  xdg=$tmp/xdg
  mkdir -p "$xdg/mime/packages" && cp "$mimexml" "$xdg/mime/packages/"
  if update-mime-database "$xdg/mime" >"$tmp/umd.log" 2>&1 && grep -qx "$mime_type" "$xdg/mime/types"; then
    pass "update-mime-database accepts mine2ai.xml and registers $mime_type"
    if have gio && [[ -f $project ]]; then
      cp "$project" "$tmp/files/renamed-project"
      sniff() { XDG_DATA_HOME=$xdg XDG_DATA_DIRS=$xdg:/usr/share gio info -a standard::content-type "$1" 2>/dev/null \
                  | sed -n 's/.*standard::content-type: //p'; }
      [[ $(sniff "$project") == "$mime_type" ]] && pass "gio: sample.m2ai is $mime_type" \
        || fail "gio: sample.m2ai is '$(sniff "$project")'"
      [[ $(sniff "$tmp/files/renamed-project") == "$mime_type" ]] && pass "gio: a project without extension is $mime_type (magic)" \
        || fail "gio: project without extension is '$(sniff "$tmp/files/renamed-project")'"
      if have sqlite3; then
        sqlite3 "$tmp/files/foreign-db" 'CREATE TABLE t(a);'
        got=$(sniff "$tmp/files/foreign-db")
        [[ $got != "$mime_type" && -n $got ]] && pass "gio: a foreign SQLite file is not a project ($got)" \
          || fail "gio: a foreign SQLite file is '$got'"
      else
        skip "sqlite3 not installed: foreign-database check"
      fi
    else
      skip "gio not installed (Debian: libglib2.0-bin) or no project file: content-sniffing checks"
    fi
  else
    fail "update-mime-database on mine2ai.xml"; sed 's/^/     /' "$tmp/umd.log" | head
  fi
else
  skip "update-mime-database not installed (Debian: shared-mime-info)"
fi

echo
if [[ $failures -eq 0 ]]; then echo "all packaging checks passed ($deb)"; exit 0; fi
echo "$failures packaging check(s) failed"
exit 1
