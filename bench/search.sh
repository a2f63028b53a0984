#!/usr/bin/env bash
# Benchmark of the global search (/suche, /api/v1/search) over at least 100,000 indexed documents, and of the full
# open-data export.
#
# Builds the web app and the CLI in Release, creates a fresh database with the demo data, synthetic projects and
# synthetic solutions (flagged IsSynthetic, named "(synthetisch)"), rebuilds the search index with
# `modellregion suchindex` (timed), then measures with wrk, each request taking a random query from a list of words
# read from the index (as visitors type different words, not one query repeated):
#   - the search page /suche?q=…, the JSON API /api/v1/search?q=… and the type-ahead /api/v1/search/suggest?q=…
#   - a static file of the app in the same run (the ratio is reported)
# and, beside it, the raw engine query alone (FTS5 MATCH / tsvector @@ with the same analysed terms) in the database's
# own client, and the time of the whole open-data export (/opendata/alles.zip).
# Writes bench/results-search-<provider>.md.
#
#   PROVIDER=sqlite|postgres  PROJECTS=60000  SOLUTIONS=30000  DURATION=20s  CONNECTIONS=64  bench/search.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PROJECTS="${PROJECTS:-60000}"
REGIONS="${REGIONS:-20}"
SOLUTIONS="${SOLUTIONS:-30000}"
CASES="${CASES:-1000}"
SEED="${SEED:-42}"
PROVIDER="${PROVIDER:-sqlite}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WORDS="${WORDS:-300}"
SKIP_BUILD="${SKIP_BUILD:-0}"
RESULTS="${RESULTS:-$HERE/results-search-$PROVIDER.md}"
OUT="${OUT:-$HERE/out/search-$(date +%Y%m%d-%H%M%S)}"

WEB_DIR="$ROOT/src/Modellregion.Web"
CLI_DIR="$ROOT/src/Modellregion.Cli"
WEB_DLL="$WEB_DIR/bin/Release/net10.0/Modellregion.Web.dll"
CLI_DLL="$CLI_DIR/bin/Release/net10.0/modellregion.dll"
APP_PID=""
PG_DB=""

log() { printf '[search-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
cleanup() {
  local status=$?
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; sleep 1; kill -9 "$APP_PID" 2>/dev/null || true; fi
  if [[ -n "$PG_DB" ]]; then psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

apt_install() {
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 || {
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  }
}
command -v wrk >/dev/null || apt_install wrk
command -v curl >/dev/null || apt_install curl
case "$PROVIDER" in
  sqlite) command -v sqlite3 >/dev/null || apt_install sqlite3 ;;
  postgres) command -v psql >/dev/null || apt_install postgresql-client ;;
  *) die "PROVIDER must be sqlite or postgres" ;;
esac
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

if [[ "$SKIP_BUILD" != "1" ]]; then
  log "building (Release)"
  dotnet build "$WEB_DIR" -c Release --nologo -v quiet >"$OUT/build-web.log" 2>&1 || { tail -30 "$OUT/build-web.log"; die "web build failed"; }
  dotnet build "$CLI_DIR" -c Release --nologo -v quiet >"$OUT/build-cli.log" 2>&1 || { tail -30 "$OUT/build-cli.log"; die "CLI build failed"; }
fi

if [[ "$PROVIDER" == "sqlite" ]]; then
  DB_FILE="$OUT/search-bench.db"
  CONNECTION="Data Source=$DB_FILE"
  APP_PROVIDER="Sqlite"
  sql() { sqlite3 -batch -noheader "$DB_FILE" "$1"; }
else
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-modellregion}" PGPASSWORD="${PGPASSWORD:-modellregion}"
  PG_DB="modellregion_search_$$"
  psql -X -q -d postgres -c "CREATE DATABASE \"$PG_DB\"" >/dev/null || { PG_DB=""; die "could not create the PostgreSQL database"; }
  CONNECTION="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$PG_DB"
  APP_PROVIDER="Postgres"
  sql() { psql -X -q -At -d "$PG_DB" -c "$1"; }
fi
cli() { (cd "$OUT" && dotnet "$CLI_DLL" --provider "$PROVIDER" --connection "$CONNECTION" "$@"); }

log "demo data, $PROJECTS synthetic projects, $SOLUTIONS synthetic solutions"
cli seed >>"$OUT/seed.log" 2>&1
cli seed-synthetic --projects "$PROJECTS" --regions "$REGIONS" --seed "$SEED" >>"$OUT/seed.log" 2>&1
cli seed-synthetic-transfer --solutions "$SOLUTIONS" --cases "$CASES" --seed "$SEED" >>"$OUT/seed.log" 2>&1
log "rebuilding the search index"
INDEX_STARTED=$(date +%s.%N)
cli suchindex | tee "$OUT/index.log" >&2
INDEX_SECONDS=$(awk -v a="$INDEX_STARTED" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
INDEX_WORK=$(grep -o 'in [0-9.,]* s' "$OUT/index.log" | head -1 | tr -d 'ins ' )
DOCS=$(sql 'SELECT COUNT(*) FROM "SearchDocuments"' | tr -d '[:space:]')
KINDS=$(sql 'SELECT "Kind" || '"'"': '"'"' || COUNT(*) FROM "SearchDocuments" GROUP BY "Kind" ORDER BY COUNT(*) DESC' | paste -sd ',' | sed 's/,/, /g')
log "$DOCS documents indexed in $INDEX_SECONDS s ($KINDS)"

# Query words: title words of the index (random sample) and a few named queries.
sql "SELECT \"Word\" FROM \"SearchWords\" ORDER BY random() LIMIT $WORDS" >"$OUT/words.txt"
printf '%s\n' Schulen Buergerportal Kita LoRaWAN "Gesundheit Paderborn" Digitalisierung Serviceportal Plattform >>"$OUT/words.txt"
WORD_COUNT=$(wc -l <"$OUT/words.txt")

PORT=$(shuf -i 20000-45000 -n 1)
BASE="http://127.0.0.1:$PORT"
(
  cd "$WEB_DIR"
  export ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false Database__Provider="$APP_PROVIDER" ConnectionStrings__Modellregion="$CONNECTION"
  export Database__CreateFirstAdministrator=false Api__PermitsPerMinute=0
  exec dotnet "$WEB_DLL" --urls "$BASE"
) >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 240); do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/app.log"; die "the app exited"; }
  curl -fsS -o /dev/null --max-time 2 "$BASE/health" 2>/dev/null && break
  sleep 0.5
done

# Open-data export: the whole ZIP, first (uncached) and best of three.
EXPORT_FIRST=$(curl -s -o "$OUT/alles.zip" -w '%{time_total}' "$BASE/opendata/alles.zip")
EXPORT_BEST=$(for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total}\n' "$BASE/opendata/alles.zip"; done | sort -n | head -1)
EXPORT_BYTES=$(stat -c %s "$OUT/alles.zip")

# wrk picks a random word per request.
cat >"$OUT/random.lua" <<LUA
local words = {}
for line in io.lines("$OUT/words.txt") do
  local encoded = line:gsub("([^%w%-%._~])", function(c) return string.format("%%%02X", string.byte(c)) end)
  table.insert(words, encoded)
end
local prefix = os.getenv("SEARCH_PATH") or "/suche?q="
math.randomseed(os.time())
request = function()
  local word = words[math.random(#words)]
  if os.getenv("SEARCH_PREFIX") == "1" then word = word:sub(1, math.max(3, math.floor(#word / 2))) end
  return wrk.format("GET", prefix .. word)
end
LUA

to_ms() { awk -v v="$1" 'BEGIN { n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u); f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : 60000; printf "%.1f", n * f }'; }
declare -A RPS P99 P50 ERR
measure() { # name path prefix-flag
  local name=$1 path=$2 prefix=${3:-0} file="$OUT/wrk-${1// /-}.txt"
  SEARCH_PATH="$path" SEARCH_PREFIX="$prefix" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$OUT/random.lua" "$BASE" >/dev/null 2>&1 || true
  SEARCH_PATH="$path" SEARCH_PREFIX="$prefix" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$OUT/random.lua" "$BASE" >"$file" 2>&1 || true
  RPS[$name]=$(awk '/Requests\/sec/ {print $2}' "$file")
  P50[$name]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
  P99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
  ERR[$name]=$(awk '/Non-2xx/ {print $NF}' "$file"); ERR[$name]=${ERR[$name]:-0}
  log "$name: ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, non-2xx ${ERR[$name]}"
}
measure "Suchseite" "/suche?q="
measure "Such-API" "/api/v1/search?q="
measure "Eingabehilfe" "/api/v1/search/suggest?q=" 1
STATIC="/lib/kern/LICENSE.md"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$BASE$STATIC" >"$OUT/wrk-static.txt" 2>&1 || true
RPS[static]=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-static.txt")
P99[static]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$OUT/wrk-static.txt")")
RSS_MB=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")

# The engine query alone, in the database's own client, for every word (analysed as the app does: folded, stemmed
# prefix; approximated here by the lower-case word as prefix, which is what the engine sees for most words).
ENGINE_QUERIES=0
if [[ "$PROVIDER" == "sqlite" ]]; then
  {
    echo ".timer on"
    while IFS= read -r w; do
      t=$(printf '%s' "$w" | tr '[:upper:]' '[:lower:]' | tr -cd '[:alnum:]')
      [[ -n "$t" ]] || continue
      echo "SELECT count(*) FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH '(\"$t\" OR \"$t\"*)';"
    done <"$OUT/words.txt"
  } >"$OUT/engine.sql"
  sqlite3 "$DB_FILE" <"$OUT/engine.sql" >"$OUT/engine.txt" 2>&1 || true
  awk '/Run Time/ { print $4 * 1000 }' "$OUT/engine.txt" >"$OUT/engine-ms.txt"
else
  {
    echo "\\timing on"
    while IFS= read -r w; do
      t=$(printf '%s' "$w" | tr '[:upper:]' '[:lower:]' | tr -cd '[:alnum:]')
      [[ -n "$t" ]] || continue
      echo "SELECT count(*) FROM \"SearchDocuments\" WHERE \"Vector\" @@ CAST('(''$t'' | ''$t'':*)' AS tsquery);"
    done <"$OUT/words.txt"
  } >"$OUT/engine.sql"
  psql -X -q -At -d "$PG_DB" -f "$OUT/engine.sql" >"$OUT/engine.txt" 2>&1 || true
  awk '/^Time:/ { print $2 }' "$OUT/engine.txt" >"$OUT/engine-ms.txt"
fi
ENGINE=$(sort -n "$OUT/engine-ms.txt" | awk '{ n++; s += $1; v[n] = $1 } END { if (n == 0) { print "no queries"; exit } i = int(n * 0.99); if (i < 1) i = n; printf "%.2f ms mean, %.2f ms p99, %.2f ms max over %d queries", s / n, v[i], v[n], n }')
log "engine alone: $ENGINE"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "–" }'; }
{
  echo "# Search benchmark ($PROVIDER)"
  echo
  echo "Run $(date -u +'%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); \`bench/search.sh\` with PROVIDER=$PROVIDER PROJECTS=$PROJECTS SOLUTIONS=$SOLUTIONS, wrk $THREADS threads, $CONNECTIONS connections, $DURATION per workload after $WARMUP warm-up."
  echo
  echo "- **Index:** $DOCS documents ($KINDS), rebuilt by \`modellregion suchindex\` in $INDEX_WORK s (the command with start-up: $INDEX_SECONDS s)."
  echo "- **Queries:** each request takes one of $WORD_COUNT words at random (title words sampled from the index plus the named test queries); the type-ahead sends the first half of a word."
  echo "- **Engine alone** (the FTS5 / tsvector match with the same terms in the database's own client, count of all matches): $ENGINE."
  echo "- **Open-data export** /opendata/alles.zip ($EXPORT_BYTES bytes, all sets as CSV and JSON): first request ${EXPORT_FIRST} s, best of three ${EXPORT_BEST} s."
  echo "- Peak resident memory of the app: $RSS_MB MB."
  echo
  echo "| workload | req/s | p50 | p99 | non-2xx | vs. static file |"
  echo "|---|---:|---:|---:|---:|---:|"
  for name in "Suchseite" "Such-API" "Eingabehilfe"; do
    echo "| $name (random words) | ${RPS[$name]} | ${P50[$name]} ms | ${P99[$name]} ms | ${ERR[$name]} | $(ratio "${RPS[$name]}" "${RPS[static]}") |"
  done
  echo "| static file \`$STATIC\` | ${RPS[static]} | | ${P99[static]} ms | | 1 |"
} >"$RESULTS"
log "written $RESULTS"
