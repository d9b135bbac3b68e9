#!/usr/bin/env bash
# The two README commands:
#   packaging/dev.sh run    install missing Debian packages, build Release, open the app on the sample
#   packaging/dev.sh test   install missing Debian packages, build Release, run every test (ctest)
# Works as root or through sudo; the package list is packaging/debian-packages.txt (also read by CI).
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
build_release

if [[ $mode == run ]]; then
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): start a desktop session, or try" >&2
    echo "  xvfb-run build/release/app/mine2ai --sample" >&2
    exit 1
  fi
  exec build/release/app/mine2ai --sample
fi

# GUI tests use Qt's offscreen platform (set per test by CMake), so no X server is needed.
export QT_QPA_PLATFORM=offscreen
ctest --preset release -j2
