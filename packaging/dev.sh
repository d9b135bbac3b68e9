#!/usr/bin/env bash
# The two README commands:
#   packaging/dev.sh run    install missing Debian packages, build Release, open the app on the sample
#   packaging/dev.sh test   install missing Debian packages, then the checks below, stopping at the
#                           first failure:
#     release  build Release, run every test (ctest)
#     asan     build the asan preset, run every test again, GUI tests included, under ASan + UBSan
#              (third-party leak suppressions: tests/sanitizers/lsan.supp)
#     format   clang-format --dry-run --Werror over every tracked .cpp/.h
#     tidy     clang-tidy (.clang-tidy: bugprone-*, performance-*) over core/, ui/, app/
#     fuzz     build tests/fuzz (clang, `fuzz` preset), replay every seed and regression input,
#              then fuzz each target for M2AI_FUZZ_SECONDS (default 30) seconds, two targets at
#              a time (one core each)
# Works as root or through sudo; the package list is packaging/debian-packages.txt (also read by CI).
# M2AI_TEST_STAGES="format tidy" runs only the named stages (for local use; CI runs them all).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case $mode in run|test) ;; *) echo "usage: packaging/dev.sh run|test" >&2; exit 2 ;; esac

install_missing_packages() {
  local wanted missing=()
  mapfile -t wanted < <(grep -Ev '^\s*(#|$)' packaging/debian-packages.txt)
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}); run as root or install sudo." >&2; exit 1; }
    sudo=sudo
  fi
  echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_release() {
  cmake --preset release >/dev/null
  cmake --build --preset release
}

install_missing_packages

if [[ $mode == run ]]; then
  build_release
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): start a desktop session, or try" >&2
    echo "  xvfb-run build/release/app/mine2ai --sample" >&2
    exit 1
  fi
  exec build/release/app/mine2ai --sample
fi

# GUI tests use Qt's offscreen platform (also set per test by CMake), so no X server is needed.
export QT_QPA_PLATFORM=offscreen

stage_release() {
  build_release
  ctest --preset release -j2
}

# The asan preset carries ASAN_OPTIONS/UBSAN_OPTIONS/LSAN_OPTIONS (CMakePresets.json) for the
# build (test discovery runs the binaries) and for ctest. It builds only what the tests run
# (core_tests, ui_tests, mine2ai-cli) and leaves the packaging test to the release stage: the
# package's layout does not depend on the build type, and cpack needs the whole tree built.
# tests/sanitizers/asan-known-open.txt lists tests skipped here until their fix is merged.
stage_asan() {
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  local skip=() exclude=()
  mapfile -t skip < <(grep -Ev '^\s*(#|$)' tests/sanitizers/asan-known-open.txt 2>/dev/null | sed -E 's/[[:space:]]+#.*$//')
  if [[ ${#skip[@]} -gt 0 ]]; then
    echo "asan: skipping ${#skip[@]} known-open tests (tests/sanitizers/asan-known-open.txt): ${skip[*]}"
    exclude=(-E "$(IFS='|'; echo "${skip[*]}")")
  fi
  ctest --preset asan -j2 "${exclude[@]}"
}

tracked_sources() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z -- '*.cpp' '*.h'
  else  # an unpacked source tarball: the same files, found by name
    find core ui app tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0
  fi
}

stage_format() {
  local n
  n=$(tracked_sources | tr -cd '\0' | wc -c)
  echo "clang-format --dry-run --Werror over $n files"
  tracked_sources | xargs -0 clang-format --dry-run --Werror
}

# Uses the Release compile database (the release stage configured it). Files of core/, ui/ and
# app/ only: tests and benchmarks follow Catch2's macros, which trip bugprone checks by design.
# Two clang-tidy processes at a time (CI has 2 cores); "N warnings generated" counts the
# suppressed warnings in system headers, the findings are the "error:" lines.
stage_tidy() {
  [[ -f build/release/compile_commands.json ]] || cmake --preset release >/dev/null
  local files=()
  mapfile -t files < <(git ls-files -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' 2>/dev/null ||
                       find core ui app -name '*.cpp' | sort)
  echo "clang-tidy over ${#files[@]} files"
  printf '%s\0' "${files[@]}" |
    xargs -0 -P2 -n4 clang-tidy -p build/release --quiet --extra-arg=-Wno-unknown-warning-option
}

fuzz_targets=(json project epw)
declare -A fuzz_max_len=([json]=65536 [project]=65536 [epw]=16384)

# tests/fuzz/known-open.txt: inputs (target/file) that still fail while their fix is elsewhere.
known_open() { grep -Eo '^[a-z]+/[^ ]+' tests/fuzz/known-open.txt 2>/dev/null || true; }

# One target's timed run (its replay has passed). Runs in the background, two targets at a time:
# each is single-threaded and CI has 2 cores, so the stage takes about 2 x seconds instead of 3 x,
# every target still fuzzing its full M2AI_FUZZ_SECONDS. Output goes to the target's own logs; the
# one-line result is printed when it ends.
fuzz_timed() {
  local t=$1 seconds=$2 work=$3 fuzzer=$4 nknown=$5
  shift 5
  local opts=("$@")
  if [[ $nknown -eq 0 ]]; then
    "$fuzzer" "${opts[@]}" -max_total_time="$seconds" -print_final_stats=1 "$work/corpus" \
      >"$work/fuzz.log" 2>&1 || { tail -n 80 "$work/fuzz.log"; return 1; }
    sed -nE "s/^stat::number_of_executed_units: *([0-9]+)/fuzz_$t: \1 executions, no crash/p" "$work/fuzz.log"
  else
    # A known finding would end the run within seconds: keep fuzzing past crashes (fork mode)
    # and report them, so the rest of the input space is still searched.
    "$fuzzer" "${opts[@]}" -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
      -ignore_ooms=1 "$work/corpus" >"$work/fuzz.log" 2>&1 || { tail -n 80 "$work/fuzz.log"; return 1; }
    grep -E '^#[0-9]+: cov' "$work/fuzz.log" | tail -n 1 | sed -E "s/^#([0-9]+):.*(oom\/timeout\/crash: [0-9\/]+).*/fuzz_$t: \1 executions, \2/"
    local found
    found=$(find "$work/artifacts" -type f | wc -l)
    [[ $found -eq 0 ]] || echo "fuzz_$t: $found crash inputs in $work/artifacts (target has known-open findings: not failing)"
  fi
}

stage_fuzz() {
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  local seconds=${M2AI_FUZZ_SECONDS:-30} t f work fuzzer
  # Inputs the project-file target writes go to a RAM-backed directory when there is one.
  if [[ -z ${M2AI_FUZZ_DIR:-} ]]; then
    if [[ -d /dev/shm && -w /dev/shm ]]; then M2AI_FUZZ_DIR=/dev/shm; else M2AI_FUZZ_DIR=${TMPDIR:-/tmp}; fi
  fi
  export M2AI_FUZZ_DIR
  local open=() pids=() names=() failed=0 i
  mapfile -t open < <(known_open)
  for t in "${fuzz_targets[@]}"; do
    work=build/fuzz/run/$t
    fuzzer=build/fuzz/tests/fuzz/fuzz_$t
    rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
    local opts=(-max_len="${fuzz_max_len[$t]}" -rss_limit_mb=2048 -timeout=10
                -artifact_prefix="$work/artifacts/")
    [[ -f tests/fuzz/$t.dict ]] && opts+=(-dict="tests/fuzz/$t.dict")
    # Seeds and past findings: each must pass (known-open ones are reported, not failed).
    local seeds=() known=()
    for f in tests/fuzz/corpus/$t/* tests/fuzz/regressions/$t/*; do
      [[ -f $f ]] || continue
      if printf '%s\n' "${open[@]}" | grep -qxF "$t/${f##*/}" && [[ $f == tests/fuzz/regressions/* ]]; then
        known+=("$f")
      else
        seeds+=("$f")
      fi
    done
    echo "fuzz_$t: replaying ${#seeds[@]} seeds and regressions"
    "$fuzzer" "${opts[@]}" "${seeds[@]}" >"$work/replay.log" 2>&1 || { tail -n 80 "$work/replay.log"; return 1; }
    for f in "${known[@]}"; do
      if "$fuzzer" "${opts[@]}" "$f" >"$work/known.log" 2>&1; then
        echo "fuzz_$t: known-open $f now passes: remove its line from tests/fuzz/known-open.txt"
      else
        echo "fuzz_$t: known-open $f still fails (tests/fuzz/known-open.txt)"
      fi
    done
    # The timed run starts from the seeds (copied: libFuzzer adds what it finds to its first dir).
    cp "${seeds[@]}" "$work/corpus/"
    # At most two timed runs at once: wait for the older one before starting a third.
    if [[ ${#pids[@]} -ge 2 ]]; then
      wait "${pids[0]}" || { echo "fuzz_${names[0]}: FAILED"; failed=1; }
      pids=("${pids[@]:1}") names=("${names[@]:1}")
    fi
    echo "fuzz_$t: fuzzing for $seconds s (log $work/fuzz.log, crashes in $work/artifacts)"
    fuzz_timed "$t" "$seconds" "$work" "$fuzzer" "${#known[@]}" "${opts[@]}" &
    pids+=("$!") names+=("$t")
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { echo "fuzz_${names[$i]}: FAILED"; failed=1; }
  done
  return "$failed"
}

stages=(release asan format tidy fuzz)
[[ -n ${M2AI_TEST_STAGES:-} ]] && read -ra stages <<<"$M2AI_TEST_STAGES"
summary=()
total_start=$SECONDS
for stage in "${stages[@]}"; do
  declare -F "stage_$stage" >/dev/null || { echo "unknown stage: $stage" >&2; exit 2; }
  echo "==== $stage: start"
  start=$SECONDS
  # A subshell with errexit of its own, so any failing command ends the stage (errexit is ignored
  # inside functions called from a condition).
  set +e
  ( set -e; "stage_$stage" )
  rc=$?
  set -e
  line=$(printf '%-8s %s in %d s' "$stage" "$([[ $rc -eq 0 ]] && echo passed || echo FAILED)" $((SECONDS - start)))
  summary+=("$line")
  echo "==== $line"
  if [[ $rc -ne 0 ]]; then
    printf '%s\n' "---- summary" "${summary[@]}" "stopped at the first failure ($stage, exit $rc)"
    exit "$rc"
  fi
done
printf '%s\n' "---- summary" "${summary[@]}" "all passed in $((SECONDS - total_start)) s"
