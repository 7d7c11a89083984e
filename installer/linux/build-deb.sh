#!/usr/bin/env bash
# Builds dist/reception-console_<version>_<arch>.deb from the PyInstaller folder dist/reception-console (`make dist`).
#   /usr/lib/reception-console/   the program folder
#   /usr/bin/reception-console    a link to it
#   the desktop entry, the icon in every size, the copyright and changelog
# Depends: the system libraries the bundled Qt and Python modules link against, as dpkg-shlibdeps finds them,
# plus libpq5 (loaded by the PostgreSQL driver at run time) and what Qt opens without linking (GL, fonts).
set -euo pipefail
root_dir=$(cd "$(dirname "$0")/../.." && pwd)
bundle=${1:-$root_dir/dist/reception-console}
out_dir=${2:-$root_dir/dist}
[ -x "$bundle/reception-console" ] || { echo "No program folder at $bundle: run make dist first." >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root_dir/reception_console/__init__.py")
arch=$(dpkg --print-architecture)
package=reception-console
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/root

install -d "$stage/usr/lib" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/doc/$package" \
  "$stage/usr/share/man/man1" "$stage/DEBIAN"
cp -a "$bundle" "$stage/usr/lib/$package"
# libraries are not programs; and no library may look for others in the build machine's folders (a Python
# built elsewhere leaves its own lib folder in its extension modules' RUNPATH)
find "$stage/usr/lib/$package" -type f -name '*.so*' -exec chmod 644 {} +
find "$stage/usr/lib/$package" -type f -name '*.so*' -print0 | while IFS= read -r -d '' lib; do
  runpath=$(patchelf --print-rpath "$lib" 2>/dev/null || true)
  [ -z "$runpath" ] && continue
  kept=$(tr ':' '\n' <<<"$runpath" | grep '^\$ORIGIN' | paste -sd: || true)
  [ "$kept" = "$runpath" ] && continue
  if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$lib"; else patchelf --remove-rpath "$lib"; fi
done
ln -s "../lib/$package/reception-console" "$stage/usr/bin/reception-console"
install -m 644 "$root_dir/resources/desktop/reception-console.desktop" "$stage/usr/share/applications/"
# Python's extension modules get their C library through the interpreter, and pyexpat carries Python's own expat
install -D -m 644 /dev/stdin "$stage/usr/share/lintian/overrides/$package" <<OVERRIDES
$package: library-not-linked-against-libc [usr/lib/$package/_internal/python3.11/lib-dynload/*]
$package: embedded-library expat [usr/lib/$package/_internal/python3.11/lib-dynload/pyexpat.*]
OVERRIDES
for png in "$root_dir"/resources/icons/reception-console-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/reception-console.png"
done
install -D -m 644 "$root_dir/resources/icons/reception-console.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/reception-console.svg"

cat > "$stage/usr/share/doc/$package/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Reception Console

Files: *
Copyright: Reception Console authors
License: proprietary
 All rights reserved. The bundled third-party components (Python, Qt for Python,
 SQLAlchemy, Alembic, psycopg, keyring and their dependencies) keep their own
 licences; their licence files are inside /usr/lib/$package/_internal.
COPYRIGHT
printf '%s (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Reception Console <it@reception-console.invalid>  %s\n' \
  "$package" "$version" "$version" "$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
  | gzip -9n > "$stage/usr/share/doc/$package/changelog.gz"
cat <<'MAN' | gzip -9n > "$stage/usr/share/man/man1/reception-console.1.gz"
.TH RECEPTION-CONSOLE 1
.SH NAME
reception-console \- the clinic's card, greeting and objection prompts when the phone rings
.SH SYNOPSIS
.B reception-console
[\fB\-\-db\fR \fIURL\fR] [\fB\-\-user\fR \fILOGIN\fR] [\fICOMMAND\fR ...]
.SH DESCRIPTION
Without a command, starts the console. \fBreception-console self-test\fR checks the installation;
\fBreception-console --help\fR lists every command. See the administrator's guide for settings.
MAN

# Which Debian packages the bundled binaries need (their own bundled libraries are resolved privately).
mkdir -p "$work/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" > "$work/debian/control"
mapfile -t elves < <(find "$stage/usr/lib/$package" -type f \( -name '*.so*' -o -name reception-console \))
private_dirs=$(find "$stage/usr/lib/$package" -name '*.so*' -printf '%h\n' | sort -u | sed 's/^/-l/' | tr '\n' ' ')
# the warnings (Python symbols resolved at run time, unused links of the Qt build) are expected; errors are not
# shellcheck disable=SC2086
(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info $private_dirs "${elves[@]/#/-e}" 2> "$work/shlibdeps.log") \
  > "$work/substvars" || { grep -v 'warning:' "$work/shlibdeps.log" >&2; exit 1; }
shlibs=$(sed -n 's/^shlibs:Depends=//p' "$work/substvars")
extra="libpq5, libgl1, libegl1, libfontconfig1, fonts-dejavu-core, libxkbcommon-x11-0, libxcb-cursor0"
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)

cat > "$stage/DEBIAN/control" <<CONTROL
Package: $package
Version: $version
Architecture: $arch
Maintainer: Reception Console <it@reception-console.invalid>
Installed-Size: $installed_kb
Depends: $shlibs, $extra
Recommends: espeak-ng
Section: misc
Priority: optional
Description: console for clinic receptionists beside the phone
 A ring on a clinic's line shows that clinic's card (specialists, services and
 prices, directions, opening hours), the greeting and objection prompts; the
 receptionist records the outcome in a few keystrokes. Supervisors edit cards
 and see the figures. Embedded SQLite database or a shared PostgreSQL server.
CONTROL
find "$stage" -type d -exec chmod 755 {} +
deb="$out_dir/${package}_${version}_${arch}.deb"
mkdir -p "$out_dir"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "$deb"
