#!/usr/bin/env bash
# Runs every test against real servers: installs what is missing, builds the SPA and the solution, then runs the
# SPA's unit tests and all xunit tests (PostgreSQL, RabbitMQ, Redis, the services and Chromium run for real).
set -euo pipefail
cd "$(dirname "$0")/.."
bash AppHost/prerequisites.sh

echo "== SPA: build and unit tests"
(cd web && npm run build --silent && npm test --silent)

echo "== .NET: build"
dotnet build B2BPortal.sln -c Release --nologo -clp:ErrorsOnly

echo "== .NET: tests"
# Benchmarks print figures and are run on their own: bash tests/benchmarks.sh
filter="Category!=Benchmark"
for arg in "$@"; do [[ "$arg" == "--filter" ]] && filter=""; done
status=0
dotnet test B2BPortal.sln -c Release --no-build --nologo --logger "console;verbosity=normal" ${filter:+--filter "$filter"} "$@" || status=$?
if [[ $status -ne 0 ]]; then
  # What each resource warned about or failed with, so a failed CI run says more than the test's own message.
  for log in tests/B2BPortal.Tests/bin/Release/net10.0/resource-logs/*/*.log; do
    [[ -f "$log" ]] || continue
    echo "== $(basename "$(dirname "$log")")/$(basename "$log" .log): its last warnings and failures (all of it in $log)"
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -A2 -E '(warn|fail|crit): ' | grep -v '^\s*at ' | tail -n 24 || true
  done
fi
exit $status
