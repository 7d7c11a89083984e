#!/usr/bin/env bash
# Installs the Debian packages a target needs, when they are missing and we are root.
# Not root: prints what is missing and carries on (the target may still work).
set -euo pipefail
what=${1:-gui}

qt_offscreen=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
qt_xcb=(xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
        libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0)
# the real softphone (baresip) and SIP caller (sipp) of the end-to-end tests; `ip` for their private namespace
softphone=(baresip-core sip-tester iproute2)
# the virtual patient's voice in practice (the console shows the lines only where it is missing)
speech=(espeak-ng)
# the shared database: the storage and service tests start a private PostgreSQL server (tests/postgres.py)
database=(postgresql)
# the frozen build and its packages: strip/objdump for PyInstaller, dpkg-shlibdeps, lintian, makensis;
# libpq5 is what the bundled PostgreSQL driver loads on Linux; icupkg (icu-devtools) cuts Qt's ICU data
packaging=(binutils dpkg-dev patchelf lintian nsis libpq5 icu-devtools)
# the Windows installer's silent mode is run under wine64 by a slow test (tests/packaging)
windows_installer=(wine)

case "$what" in
  python)      pkgs=(python3 python3-venv) ;;
  gui)         pkgs=("${qt_offscreen[@]}" "${qt_xcb[@]}" "${speech[@]}") ;;
  test)        pkgs=("${qt_offscreen[@]}" "${qt_xcb[@]}" "${speech[@]}" "${softphone[@]}" "${database[@]}" "${packaging[@]}"
                     "${windows_installer[@]}") ;;
  dist)        pkgs=("${qt_offscreen[@]}" "${qt_xcb[@]}" "${packaging[@]}") ;;
  screenshots) pkgs=("${qt_offscreen[@]}" "${qt_xcb[@]}" xvfb) ;;
  *) echo "usage: $0 python|gui|test|dist|screenshots" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
