#!/usr/bin/env bash
# Installs Debian's browsers for the browser tests when they are missing (test tools cannot download browsers here):
# Chromium (web-test-runner, Playwright), Firefox ESR (driven over WebDriver BiDi) and WebKitGTK's WebDriver with its
# MiniBrowser (libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver), which has no headless mode and draws into an
# Xvfb display (npm run test:engines). Then checks every program the tests start is where they look for it, and fails
# with what is missing otherwise.
set -euo pipefail

# "program package": what the tests start, and the Debian package that brings it.
needed=(
  "/usr/bin/chromium chromium"
  "/usr/bin/firefox-esr firefox-esr"
  "/usr/bin/WebKitWebDriver webkit2gtk-driver"
  "/usr/bin/Xvfb xvfb"
)
mini_browser='/usr/lib/*/webkit2gtk-4.1/MiniBrowser'

missing=()
for entry in "${needed[@]}"; do
  [ -x "${entry% *}" ] || missing+=("${entry#* }")
done
# webkit2gtk-driver depends on the library that holds MiniBrowser; a machine with the driver but not the library
# gets the library back.
if [ -x /usr/bin/WebKitWebDriver ] && ! compgen -G "$mini_browser" >/dev/null; then missing+=(libwebkit2gtk-4.1-0); fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "install-browser.sh: ${missing[*]} missing, and this is not a Debian machine with apt-get: install them yourself" >&2
    exit 1
  fi
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "install-browser.sh: ${missing[*]} missing; run this script as root (there is no sudo)" >&2
      exit 1
    fi
    as_root=(sudo)
  fi
  "${as_root[@]}" apt-get update -qq
  # env, not an assignment before the command: sudo would drop it.
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "installed: ${missing[*]}"
fi

failed=0
for entry in "${needed[@]}"; do
  if [ ! -x "${entry% *}" ]; then
    echo "install-browser.sh: ${entry% *} is missing after installing ${entry#* }" >&2
    failed=1
  fi
done
if ! compgen -G "$mini_browser" >/dev/null; then
  echo "install-browser.sh: WebKitGTK's MiniBrowser ($mini_browser) is missing after installing webkit2gtk-driver" >&2
  failed=1
fi
exit $failed
