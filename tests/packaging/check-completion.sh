#!/usr/bin/env bash
# Checks mine2ai-cli's bash completion against the CLI's own help: every command completes, every
# option of every command completes after "-", a choice option offers its values, --opt=value and
# "--" are understood, and file names with spaces survive.
#
#   tests/packaging/check-completion.sh CLI COMPLETION_FILE
#
# Exits 1 if any check failed; writes only to a temporary directory.
set -uo pipefail
cli=${1:?usage: check-completion.sh CLI COMPLETION_FILE}
completion=${2:?usage: check-completion.sh CLI COMPLETION_FILE}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=cli-options.sh
source "$here/cli-options.sh"

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }

if ! bash -n "$completion" 2>"${TMPDIR:-/tmp}/m2ai-completion-syntax.$$"; then
  fail "bash -n $completion: $(cat "${TMPDIR:-/tmp}/m2ai-completion-syntax.$$")"
  rm -f "${TMPDIR:-/tmp}/m2ai-completion-syntax.$$"; exit 1
fi
rm -f "${TMPDIR:-/tmp}/m2ai-completion-syntax.$$"
# shellcheck source=/dev/null
source "$completion"
complete -p mine2ai-cli >/dev/null 2>&1 && pass "the script registers a completion for mine2ai-cli" \
  || fail "no 'complete … mine2ai-cli' after sourcing $completion"

# complete WORD...: the words typed so far, the last one being completed (as bash splits them:
# "--opt=v" is the three words "--opt" "=" "v"). Prints COMPREPLY, one per line.
complete_words() {
  COMP_WORDS=(mine2ai-cli "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _mine2ai_cli
  printf '%s\n' "${COMPREPLY[@]}"
}
has() { grep -qxF -- "$2" <<<"$1"; }

commands=$(cli_commands "$cli")
[[ $(wc -l <<<"$commands") -ge 8 ]] && pass "mine2ai-cli --help lists $(wc -l <<<"$commands") commands" \
  || fail "mine2ai-cli --help lists too few commands: $commands"
offered=$(complete_words "")
missing=""
for c in $commands; do has "$offered" "$c" || missing+=" $c"; done
[[ -z $missing ]] && pass "every command completes after 'mine2ai-cli '" || fail "commands not offered:$missing"
has "$(complete_words --ver)" --version && pass "--ver completes to --version" || fail "--ver does not complete to --version"

for c in $commands; do
  options=$(cli_options "$cli" "$c")
  offered=$(complete_words "$c" -)
  missing=""
  for o in $options; do has "$offered" "$o" || missing+=" $o"; done
  [[ -z $missing ]] && pass "$c: all $(wc -w <<<"$options") options complete after '-'" \
    || fail "$c: options not offered:$missing"
done

if has "$commands" report; then
  got=$(complete_words report --paper "")
  [[ $(sort <<<"$got" | tr '\n' ' ') == "a4 letter " ]] && pass "report --paper offers a4 and letter" \
    || fail "report --paper offers: $got"
  got=$(complete_words report --paper = l)
  [[ $got == letter ]] && pass "report --paper=l completes to letter" || fail "report --paper=l offers: $got"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/m2ai-completion.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/two words" && touch "$tmp/two words/my sites.json" "$tmp/-odd.json"
got=$(complete_words validate "$tmp/two words/my")
[[ $got == "$tmp/two words/my sites.json" ]] && pass "a file name with spaces completes whole" \
  || fail "file completion with spaces offers: '$got'"
got=$(cd "$tmp" && complete_words validate -- -od)
[[ $got == -odd.json ]] && pass "after '--' a word starting with '-' completes as a file" \
  || fail "after '--', '-od' offers: '$got'"
got=$(complete_words compute --output = "$tmp/two")
[[ $got == "$tmp/two words" ]] && pass "compute --output=PATH completes the path" \
  || fail "compute --output=PATH offers: '$got'"

echo
if [[ $failures -eq 0 ]]; then echo "all completion checks passed"; exit 0; fi
echo "$failures completion check(s) failed"
exit 1
