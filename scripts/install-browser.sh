#!/usr/bin/env bash
# Installs Debian's browsers for the browser tests when they are missing (test tools cannot download browsers here):
# Chromium (web-test-runner, Playwright), Firefox ESR (driven over WebDriver BiDi) and WebKitGTK's WebDriver with its
# MiniBrowser, which has no headless mode and draws into an Xvfb display (npm run test:engines).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
