#!/usr/bin/env bash
# Installs what running or testing the portal needs and is not there yet: the OS packages for PostgreSQL,
# RabbitMQ, Redis, Chromium and curl (the README's partner commands, run by a test), and the SPA's npm packages.
# Safe to run again; it skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
for package in postgresql rabbitmq-server redis-server chromium curl; do
  dpkg -s "$package" >/dev/null 2>&1 || need_packages+=("$package")
done
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "Installing OS packages: ${need_packages[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20+ with npm is required." >&2; exit 1; }

if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "Installing the SPA's npm packages"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
