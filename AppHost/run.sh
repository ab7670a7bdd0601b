#!/usr/bin/env bash
# Runs the whole portal on this machine: installs what is missing, builds, and starts everything under AppHost.
# Flags go to AppHost: --reset wipes local state (databases, broker, cache) before starting.
set -euo pipefail
cd "$(dirname "$0")/.."
bash AppHost/prerequisites.sh
dotnet build B2BPortal.sln --nologo -clp:ErrorsOnly
exec dotnet AppHost/B2BPortal.AppHost/bin/Debug/net10.0/B2BPortal.AppHost.dll "$@"
