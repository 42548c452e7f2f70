#!/usr/bin/env bash
# Installs the Debian packages the tests need, if they are missing:
#   chromium                 the browser Playwright drives (/usr/bin/chromium)
#   fonts-dejavu-core        so screenshots render Czech and Cyrillic text
#   fonts-noto-core          (optional, only if the archive has it) same reason
#   default-jre-headless     a Java runtime (only if `java -version` fails)
#   nodejs npm               only if there is a package.json and no npm
#
# Idempotent and fast when everything is present: it asks dpkg, never the
# network, and runs `apt-get update` only when something has to be installed.
# Set SKIP_SYSTEM_DEPS=1 to skip it entirely.
set -euo pipefail

if [[ "${SKIP_SYSTEM_DEPS:-}" == 1 ]]; then
  echo "install-system-deps: SKIP_SYSTEM_DEPS=1, not checking system packages"
  exit 0
fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

deb_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

required=()   # missing and needed: failing to install them is an error
optional=()   # missing and nice to have: installed only if the archive has them

[[ -x /usr/bin/chromium ]] || required+=(chromium)
if command -v dpkg-query >/dev/null 2>&1; then
  deb_installed fonts-dejavu-core || required+=(fonts-dejavu-core)
  deb_installed fonts-noto-core || optional+=(fonts-noto-core)
fi
java -version >/dev/null 2>&1 || required+=(default-jre-headless)
if [[ -f "$repo_root/package.json" ]] && ! command -v npm >/dev/null 2>&1; then
  required+=(nodejs npm)
fi

if (( ${#required[@]} == 0 && ${#optional[@]} == 0 )); then
  exit 0
fi

all=("${required[@]}" "${optional[@]}")

sudo_cmd=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    # Without a terminal (CI, no stdin) sudo must not wait for a password.
    if [[ -t 0 ]]; then sudo_cmd=(sudo); else sudo_cmd=(sudo -n); fi
  else
    echo "install-system-deps: missing system packages: ${all[*]}" >&2
    echo "install-system-deps: not root and no sudo; as root run:" >&2
    echo "    apt-get update && apt-get install -y --no-install-recommends ${all[*]}" >&2
    if (( ${#required[@]} > 0 )); then exit 1; fi
    exit 0
  fi
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: missing system packages: ${all[*]}" >&2
  echo "install-system-deps: apt-get not found (not Debian?); install them (or equivalents) by hand." >&2
  echo "install-system-deps: the tests expect Chromium at /usr/bin/chromium and \`java\` on PATH." >&2
  if (( ${#required[@]} > 0 )); then exit 1; fi
  exit 0
fi

echo "install-system-deps: installing: ${all[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq

to_install=("${required[@]}")
for pkg in "${optional[@]}"; do
  # "if available": only when the archive has an installable candidate.
  candidate="$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')"
  if [[ -n "$candidate" && "$candidate" != "(none)" ]]; then
    to_install+=("$pkg")
  else
    echo "install-system-deps: $pkg is not available here, skipping it"
  fi
done

if (( ${#to_install[@]} > 0 )); then
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${to_install[@]}"
fi

# Check what the tests rely on really is there now.
status=0
[[ -x /usr/bin/chromium ]] || { echo "install-system-deps: /usr/bin/chromium is still missing" >&2; status=1; }
java -version >/dev/null 2>&1 || { echo "install-system-deps: \`java -version\` still fails" >&2; status=1; }
exit "$status"
