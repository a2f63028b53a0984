#!/usr/bin/env bash
# Regenerates the compiled EF Core models of both providers (ADR 0030) after a change to the entity configurations.
# CompiledModelTests fails while they are stale. Run from anywhere: scripts/compiled-models.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
dotnet tool restore >/dev/null
# Without the old models first: a stale model may no longer compile against the entities.
rm -rf src/Modellregion.Web/Data/CompiledModels
dotnet build src/Modellregion.Web -v q -nologo
for provider in Sqlite Postgres; do
  dotnet ef dbcontext optimize --no-build --project src/Modellregion.Web --context "${provider}AppDbContext" \
    --output-dir "Data/CompiledModels/$provider" --namespace "Modellregion.Web.Data.CompiledModels.$provider"
done
