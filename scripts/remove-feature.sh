#!/usr/bin/env bash
# Removal experiment for the module contract (docs/architecture.md, "Module"): copies the repository into a
# temporary folder, deletes one feature's folder, its registration line in Program.cs and its tests, then builds
# the web app and the command line, starts the app on a fresh SQLite database with the demo data and checks that
# the public pages and, signed in as the first administrator, the back office answer (404 where the feature's own
# pages were). The feature's migrations stay: its tables remain, unused.
#
#   scripts/remove-feature.sh News|Board|Transfer|…   [--keep]   (--keep leaves the copy for inspection)
set -uo pipefail
feature="${1:?Name of the feature folder, e.g. Board}"
keep="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap '[ "$keep" = "--keep" ] || rm -rf "$work"' EXIT

echo "== Copy of the repository in $work"
git -C "$root" ls-files -z --cached --others --exclude-standard | (cd "$root" && xargs -0 cp --parents -t "$work" 2>/dev/null)
cd "$work"

web=src/Modellregion.Web
[ -d "$web/Features/$feature" ] || { echo "There is no feature folder $web/Features/$feature."; exit 2; }
rm -rf "$web/Features/$feature" "tests/Modellregion.Tests/Features/$feature"
# The compiled models describe every feature's tables; without them the app builds its model at start (ADR 0030).
rm -rf "$web/Data/CompiledModels"
grep -v "AddFeature<${feature}Feature>" "$web/Program.cs" | grep -v "^using Modellregion.Web.Features.${feature};" > "$web/Program.cs.new"
mv "$web/Program.cs.new" "$web/Program.cs"
echo "== Removed $web/Features/$feature, its tests and its line in Program.cs"

echo "== Build (web app and command line)"
if ! dotnet build "$web" -c Debug -nologo -v q -p:TreatWarningsAsErrors=false 2>&1 | grep -E "error|Error\(s\)" | sort -u; then :; fi
dotnet build "$web" -c Debug -nologo -v q -p:TreatWarningsAsErrors=false >/dev/null 2>&1 || { echo "FAILED: the app does not build without $feature."; exit 1; }
dotnet build src/Modellregion.Cli -c Debug -nologo -v q -p:TreatWarningsAsErrors=false >/dev/null 2>&1 || { echo "FAILED: the command line does not build without $feature."; exit 1; }

echo "== Start on a fresh SQLite database with the demo data"
port=$((20000 + RANDOM % 20000))
db="$work/app.db"
ASPNETCORE_URLS="http://127.0.0.1:$port" ConnectionStrings__Modellregion="Data Source=$db" ASPNETCORE_ENVIRONMENT=Development \
  dotnet run --project "$web" --no-build -c Debug > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 1; done
failed=0
for path in / /projekte /projekte?q=schule /regionen /regionen/owl /akteure /akteure/stadt-delbrueck /kommunen/05774032 /digitalboard /loesungen /aktuelles /api/v1/projects /api/v1/regions/owl /api/v1/organisations/stadt-delbrueck /oparl/v1.1 /impressum /datenschutz /verwaltung/anmelden /health; do
  code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port$path")
  printf '%-28s %s\n' "$path" "$code"
  case "$code" in 5*|000) failed=1 ;; esac
done
# The first project page of the demo data and the back office as the administrator of the demo data.
project=$(curl -s "http://127.0.0.1:$port/api/v1/projects" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/projekte/$project"); printf '%-28s %s\n' "/projekte/$project" "$code"
case "$code" in 200) ;; *) failed=1 ;; esac
# The back office as the first administrator, whose password the app prints once at its first start.
email=$(grep -m1 'E-Mail:' "$work/app.log" | awk '{print $2}')
password=$(grep -m1 'Passwort:' "$work/app.log" | awk '{print $2}')
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/verwaltung/anmelden" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
code=$(curl -s -o /dev/null -w "%{http_code}" -c "$jar" -b "$jar" --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/verwaltung/anmelden")
printf '%-28s %s\n' "login as $email" "$code"
case "$code" in 302) ;; *) failed=1 ;; esac
for path in /verwaltung /verwaltung/regionen /verwaltung/projekte /verwaltung/akteure /verwaltung/programme /verwaltung/finanzen /verwaltung/fristen \
  /verwaltung/protokoll /verwaltung/benutzer /verwaltung/digitalboard /verwaltung/transfer /verwaltung/meldungen; do
  code=$(curl -s -o /dev/null -w "%{http_code}" -c "$jar" -b "$jar" "http://127.0.0.1:$port$path")
  printf '%-28s %s\n' "$path" "$code"
  case "$code" in 5*|000|302) failed=1 ;; esac
done
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
if grep -q "Unhandled exception\|fail: " "$work/app.log"; then echo "The app logged errors:"; grep -A3 "Unhandled exception\|fail: " "$work/app.log" | head -30; failed=1; fi
[ "$failed" = 0 ] && echo "PASSED: without $feature the app builds, starts, loads its demo data and serves its pages (404 where the feature's pages were)." || echo "FAILED: see above."
exit "$failed"
