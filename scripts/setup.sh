#!/usr/bin/env bash
# Set up govdoc_nlp on a fresh Debian/Ubuntu machine: system packages (CJK fonts for the PDF
# fixtures, python3-venv), a virtual environment in .venv, and the package with all its extras
# (OCR, research, spaCy, Dask) and the development tools.
# Safe to run again; it skips what is already there. Nothing is downloaded at run time later.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(fonts-arphic-uming fonts-noto-cjk python3-venv)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: warning: cannot install ${missing[*]} (no apt-get); PDF rendering tests will skip" >&2
  fi
fi

# Headless Chromium for the review-page browser tests: optional, the tests skip without it.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "${GOVDOC_SKIP_CHROMIUM:-0}" != 1 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing chromium (for the browser tests; GOVDOC_SKIP_CHROMIUM=1 skips it)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 \
    || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; } \
    || echo "setup: warning: chromium could not be installed; browser tests will skip" >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[all,dev]"
echo "setup: done. Commands are in .venv/bin (govdoc, pytest); or run: . .venv/bin/activate"
