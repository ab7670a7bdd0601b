#!/usr/bin/env bash
# Benchmarks against the real system (same fixture as the tests): prints latency figures, asserts nothing about time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash AppHost/prerequisites.sh
(cd web && npm run build --silent)
dotnet build B2BPortal.sln -c Release --nologo -clp:ErrorsOnly
# The catalog benchmark wants the 200,000-product catalog; B2B_CATALOG_SIZE=5000 runs it on the default one.
export B2B_CATALOG_SIZE="${B2B_CATALOG_SIZE:-200000}"
# The portal's own latency, without telemetry export and without the dashboard; B2B_TELEMETRY=on exports to it.
export B2B_TELEMETRY="${B2B_TELEMETRY:-off}"
# The test fixture renews sessions' access tokens every 10 s so tests can watch it; benchmarks use the BFF's default.
export B2B_BFF_REFRESH_BEFORE_EXPIRY="00:01:00"
# Partner orders at hundreds a second: the allowance the tests keep small (200/min) would answer 429 instead.
export B2B_PARTNER_REQUESTS_PER_MINUTE="${B2B_PARTNER_REQUESTS_PER_MINUTE:-1000000}"
# A minute of checkouts at 50/s from carts filled beforehand: a cart is one caller's for one account, so 750 partners × 4 accounts.
export B2B_BENCHMARK_PARTNERS="${B2B_BENCHMARK_PARTNERS:-750}"
# The audit benchmark compares the Order service with a twin of it whose audit trail is off, order by order (PortalFixture).
export B2B_AUDIT_TWIN="${B2B_AUDIT_TWIN:-on}"
# A --filter of your own picks among the benchmarks: bash tests/benchmarks.sh --filter "FullyQualifiedName~CatalogBenchmark"
filter="Category=Benchmark"
for arg in "$@"; do [[ "$arg" == "--filter" ]] && filter=""; done
dotnet test tests/B2BPortal.Tests -c Release --no-build --nologo --logger "console;verbosity=detailed" ${filter:+--filter "$filter"} "$@"
