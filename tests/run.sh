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
dotnet test B2BPortal.sln -c Release --no-build --nologo --logger "console;verbosity=normal" ${filter:+--filter "$filter"} "$@"
