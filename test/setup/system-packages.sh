#!/usr/bin/env bash
# `npm test`'s pretest step: the Debian packages the test suite needs besides npm's.
# Installs what is missing when run as root with apt-get (a fresh CI machine or container);
# otherwise stops with the one command to run. Nothing is downloaded outside Debian's archive.
set -euo pipefail

# command that must exist → Debian package that provides it
declare -A NEED=(
  [chromium]=chromium         # browser tests (playwright-core drives Debian's Chromium)
  [clickhouse-server]=clickhouse-server   # engine tests: two loopback servers as a two-shard cluster
  [pdftotext]=poppler-utils   # report tests: the PDF's text (pdftotext) and metadata (pdfinfo)
)

missing=()
for cmd in "${!NEED[@]}"; do
  case $cmd in
    chromium) [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=("${NEED[$cmd]}") ;;
    # Debian installs the server in /usr/sbin, which is not on every user's PATH.
    clickhouse-server) [ -x /usr/bin/clickhouse-server ] || [ -x /usr/sbin/clickhouse-server ] || [ -x "${CLICKHOUSE_SERVER:-/nonexistent}" ] || missing+=("${NEED[$cmd]}") ;;
    *) command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}") ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the tests need: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

echo "The tests need Debian packages that are not installed: ${missing[*]}" >&2
echo "Install them once with:  sudo apt-get install ${missing[*]}" >&2
exit 1
