#!/bin/sh
# Every target figure of issue 11 from an existing Release build (builds nothing):
#   tests/bench/issue11-targets.sh build/release
# Needs the targets mine2ai_bench, mine2ai_gui_bench and mine2ai-cli in that build, /usr/bin/time,
# and ~1.5 GB of free memory (the 100,000-site round trip). Takes a few minutes. CPU times are
# user + sys; on a machine shared with other jobs wall times also count waiting for a core, so
# the load average is printed before and after. Figures and their meaning: docs/performance.md
# "Issue 11 targets".
set -eu

build=${1:?usage: $0 BUILD_DIR (an existing Release build, e.g. build/release)}
bench=$build/tests/bench/mine2ai_bench
gui=$build/tests/bench/mine2ai_gui_bench
cli=$build/app/mine2ai-cli
for exe in "$bench" "$gui" "$cli" /usr/bin/time; do
    [ -x "$exe" ] || { echo "missing $exe (build mine2ai_bench, mine2ai_gui_bench, mine2ai-cli)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "issue 11 targets, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, build $build"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# 1. The whole engine for 1,000 sites, one thread (CPU time, best of 15).
"$bench" "[stages]" >"$work/stages.txt" 2>&1 || { cat "$work/stages.txt"; exit 1; }
numbers=$(tr '\n' ' ' <"$work/stages.txt" | tr -s ' ' | sed -n 's/.*power+PUE \([0-9.]*\), schedule \([0-9.]*\), economics \([0-9.]*\), environment \([0-9.]*\), computePortfolio \([0-9.]*\) (without freeing the result \([0-9.]*\)); computePortfolio at the generated \([0-9]*\)- *year horizon \([0-9.]*\).*/\1 \2 \3 \5 \6 \7 \8/p')
[ -n "$numbers" ] || { echo "unexpected output of mine2ai_bench [stages]:" >&2; cat "$work/stages.txt" >&2; exit 1; }
# shellcheck disable=SC2086
set -- $numbers
pue=$1 sched=$2 econ=$3 total=$4 computing=$5 years=$6 generated=$7
printf '%-58s %8.1f ms CPU   (target <= 20 ms)\n' "engine, 1,000 sites, 10-year horizon, 1 thread" "$computing"
printf '%-58s %8.1f ms CPU\n' "  the same with freeing the result" "$total"
printf '  of which power+PUE %.1f, schedule %.1f, economics %.1f ms CPU\n' "$pue" "$sched" "$econ"
printf '%-58s %8.1f ms CPU\n' "engine, 1,000 sites, generated $years-year horizon" "$generated"
echo

# 2. Edit to screen and memory in the GUI (the real MainWindow offscreen).
"$gui" 6 1000 10000 >"$work/gui.txt" 2>/dev/null || { cat "$work/gui.txt"; exit 1; }
awk '
    # The first number matched by re in the line.
    function num(re) { return match($0, re) ? substr($0, RSTART, RLENGTH) + 0 : -1 }
    /^sample \(|^generated [0-9]+ \(/ {
        label = $0; sub(/: open.*/, "", label)
        n = num("[0-9]+ sites\\)")
        target = n <= 6 ? 16 : n <= 1000 ? 50 : 300
        print label
    }
    /table edit|site edit|settings edit/ {
        what = $0; sub(/^ */, "", what); sub(/  +.*/, "", what)
        wall = num("[0-9.]+ ms wall median"); cpu = $0; sub(/.*max, */, "", cpu); cpu += 0
        ui = num("UI thread [0-9.]+"); line = ""
        if (match($0, /UI thread [0-9.]+ ms/)) line = sprintf(", UI thread %s CPU", substr($0, RSTART + 10, RLENGTH - 10))
        printf "  %-30s %8.1f ms wall, %6.1f ms CPU (all threads)%s   (target <= %d ms)\n", what, wall, cpu, line, target
    }
    /key echo/ { v = $0; sub(/.*spin box */, "", v)
        printf "  %-30s %8.2f ms median   (target <= 50 ms)\n", "key echo in a spin box", v + 0 }
    # Per site also above a window of 6 generated sites opened after the sample, as the large ones
    # are: what a window costs whatever the portfolio (the first, the sample, also pays the fonts
    # and caches of the process; docs/performance.md "Memory per site").
    /RSS \+/ {
        loaded = $0; sub(/.*RSS \+/, "", loaded); loaded += 0
        a12 = $0; sub(/.*\), \+/, "", a12); a12 += 0
        a36 = $0; sub(/.*edits, \+/, "", a36); a36 += 0
        if (n <= 6) { base = a36; baseSites = n }
        perSite = n >= 1000 ? sprintf(" = %.1f KB/site; above the +%.1f of 6 sites: %.1f KB/site", \
            a36 * 1024 / n, base, (a36 - base) * 1024 / (n - baseSites)) : ""
        printf "  %-30s %8.1f MiB after loading, +%.1f after 12 edits, +%.1f after 36%s   (target: steady, <= 100 KB/site)\n", \
            "memory (RSS growth)", loaded, a12, a36, perSite
    }
    # The heap in use (allocated, not freed) over the same span: what is held, without the pages
    # malloc keeps mapped (both read at rest, after the freed ones were returned). The condition is in
    # parentheses: in the arguments of a printf awk reads a bare ">" as an output redirection.
    /heap in use \+/ {
        h36 = $0; sub(/.*after 12 edits, [+]/, "", h36); h36 += 0
        printf "  %-30s %8.1f MiB after 36 edits%s\n", "memory (heap in use growth)", h36, \
            (n >= 1000 ? sprintf(" = %.1f KB/site", h36 * 1024 / n) : "")
    }' "$work/gui.txt"
echo

# 3. compute --json of 10,000 sites (generated, at its own horizon), three runs.
"$gui" --write-json 10000 "$work/p10k.json" >/dev/null 2>&1
echo "compute --json, 10,000 sites ($(du -m "$work/p10k.json" | cut -f1) MiB of JSON):"
for run in 1 2 3; do
    /usr/bin/time -f '%U %S %M %e' -o "$work/time.txt" "$cli" compute --json "$work/p10k.json" >/dev/null
    read -r user sys peak wall <<EOF
$(tail -n 1 "$work/time.txt")
EOF
    awk -v u="$user" -v s="$sys" -v m="$peak" -v w="$wall" -v r="$run" 'BEGIN {
        printf "  run %d %27s %8.2f s CPU (user %.2f + sys %.2f), %.0f MB peak, %.2f s wall   (target <= 0.8 s, <= 250 MB)\n", \
            r, "", u + s, u, s, m * 1024 / 1e6, w }'
done
echo

# 4. JSON round trip of 100,000 sites (generate, export, import, compare, export again).
/usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$bench" "[roundtrip]" >"$work/roundtrip.txt" 2>&1 || true
read -r user sys peak <<EOF
$(tail -n 1 "$work/time.txt")
EOF
if grep -q "All tests passed" "$work/roundtrip.txt"; then verdict="equal after the round trip"; else verdict="FAILED"; fi
detail=$(tr '\n' ' ' <"$work/roundtrip.txt" | tr -s ' ' | sed -n 's/.*\(100,000 sites: .* export again [0-9.e+-]* s\).*/\1/p')
echo "JSON round trip, 100,000 sites: $verdict"
echo "  $detail"
awk -v u="$user" -v s="$sys" -v m="$peak" 'BEGIN { printf "  whole run %.1f s CPU, %.0f MB peak (two portfolios and two texts held)\n", u + s, m * 1024 / 1e6 }'
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
