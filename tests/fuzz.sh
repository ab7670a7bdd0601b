#!/usr/bin/env bash
# The long fuzz run: 20,000 requests generated from the public API document, against a portal of its own. Prints how many
# it sent, how they were answered and the slowest answer per route; fails on the first input that breaks the input policy,
# shrunk to its smallest form, with the seed that reproduces it (B2B_FUZZ_INPUTS sets the count).
set -euo pipefail
cd "$(dirname "$0")/.."
bash AppHost/prerequisites.sh
(cd web && npm run build --silent)
dotnet build B2BPortal.sln -c Release --nologo -clp:ErrorsOnly
export B2B_FUZZ_INPUTS="${B2B_FUZZ_INPUTS:-20000}"
dotnet test tests/B2BPortal.Tests -c Release --no-build --nologo --logger "console;verbosity=detailed" --filter "Category=Fuzz" "$@"
