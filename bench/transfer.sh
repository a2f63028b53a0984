#!/usr/bin/env bash
# Load and scale benchmark of the transfer catalogue and the matchmaking.
#
# Builds the web app and the CLI in Release, creates a fresh database with the demo data, synthetic projects and
# a large synthetic transfer data set (solutions, transfer cases, reuses; every synthetic record is flagged
# IsSynthetic and named "(synthetisch)"), starts the app on a free loopback port and measures /loesungen, a
# filtered catalogue, a solution page and the matchmaking, and a static file of similar size with wrk.
# Writes bench/results-transfer.md. Same knobs as bench/run.sh (see bench/README.md), plus SOLUTIONS and CASES.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PROJECTS="${PROJECTS:-2000}"
REGIONS="${REGIONS:-20}"
SOLUTIONS="${SOLUTIONS:-5000}"
CASES="${CASES:-50000}"
SEED="${SEED:-42}"
PROVIDER="${PROVIDER:-sqlite}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
COOLDOWN="${COOLDOWN:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
AIM_MS="${AIM_MS:-100}"
FILTER_QUERY="${FILTER_QUERY:-art=software&reife=produktiv&sortierung=neueste}"
MATCH_QUERY="${MATCH_QUERY:-kommune=05774020&bedarf=Online-Anmeldung+f%C3%BCr+Schulen}"
STATIC_PATH="${STATIC_PATH:-}"
SKIP_BUILD="${SKIP_BUILD:-0}"
RESULTS="${RESULTS:-$HERE/results-transfer.md}"
OUT="${OUT:-$HERE/out/run-$(date +%Y%m%d-%H%M%S)}"

WEB_DIR="$ROOT/src/Modellregion.Web"
CLI_DIR="$ROOT/src/Modellregion.Cli"
WEB_DLL="$WEB_DIR/bin/Release/net10.0/Modellregion.Web.dll"
CLI_DLL="$CLI_DIR/bin/Release/net10.0/modellregion.dll"

APP_PID=""
POLL_PID=""
PG_DB=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

cleanup() {
  local status=$?
  if [[ -n "$POLL_PID" ]] && kill -0 "$POLL_PID" 2>/dev/null; then kill "$POLL_PID" 2>/dev/null || true; fi
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$PG_DB" ]]; then
    log "dropping PostgreSQL database $PG_DB"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------- tools

apt_install() {
  command -v apt-get >/dev/null || die "$* is missing and apt-get is not available"
  log "installing $* with apt-get"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  fi
}

command -v wrk >/dev/null || apt_install wrk
command -v curl >/dev/null || apt_install curl
command -v dotnet >/dev/null || die "dotnet is not on the PATH"
case "$PROVIDER" in
  sqlite) command -v sqlite3 >/dev/null || apt_install sqlite3 ;;
  postgres) command -v psql >/dev/null || apt_install postgresql-client ;;
  *) die "PROVIDER must be sqlite or postgres, not '$PROVIDER'" ;;
esac

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
log "working folder: $OUT"

# ---------------------------------------------------------------------------------------------- build

if [[ "$SKIP_BUILD" != "1" ]]; then
  log "building Modellregion.Web and Modellregion.Cli (Release)"
  dotnet build "$WEB_DIR" -c Release --nologo -v quiet >"$OUT/build-web.log" 2>&1 || { tail -30 "$OUT/build-web.log"; die "web build failed"; }
  dotnet build "$CLI_DIR" -c Release --nologo -v quiet >"$OUT/build-cli.log" 2>&1 || { tail -30 "$OUT/build-cli.log"; die "CLI build failed"; }
fi
[[ -f "$WEB_DLL" && -f "$CLI_DLL" ]] || die "Release build output not found"

# ---------------------------------------------------------------------------------------------- database

if [[ "$PROVIDER" == "sqlite" ]]; then
  DB_FILE="$OUT/modellregion-bench.db"
  rm -f "$DB_FILE" "$DB_FILE-wal" "$DB_FILE-shm"
  CONNECTION="Data Source=$DB_FILE"
  APP_PROVIDER="Sqlite"
  sql() { sqlite3 -batch -noheader "$DB_FILE" "$1"; }
  TRUE_LITERAL=1
else
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-modellregion}" PGPASSWORD="${PGPASSWORD:-modellregion}"
  PG_DB="modellregion_bench_$$"
  log "creating PostgreSQL database $PG_DB on $PGHOST:$PGPORT as $PGUSER"
  psql -X -q -d postgres -c "CREATE DATABASE \"$PG_DB\"" >/dev/null || { PG_DB=""; die "could not create the PostgreSQL database"; }
  CONNECTION="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$PG_DB"
  APP_PROVIDER="Postgres"
  sql() { psql -X -q -At -d "$PG_DB" -c "$1"; }
  TRUE_LITERAL=true
fi

cli() { (cd "$OUT" && dotnet "$CLI_DLL" --provider "$PROVIDER" --connection "$CONNECTION" "$@"); }

log "loading the demo data (seed)"
cli seed | tee -a "$OUT/seed.log" >&2
log "generating synthetic data: $PROJECTS projects in $REGIONS regions (seed $SEED)"
SEED_STARTED=$(date +%s)
cli seed-synthetic --projects "$PROJECTS" --regions "$REGIONS" --seed "$SEED" | tee -a "$OUT/seed.log" >&2
log "generating synthetic transfer data: $SOLUTIONS solutions, $CASES cases (seed $SEED)"
cli seed-synthetic-transfer --solutions "$SOLUTIONS" --cases "$CASES" --seed "$SEED" | tee -a "$OUT/seed.log" >&2
SEED_SECONDS=$(( $(date +%s) - SEED_STARTED ))

q() { sql "$1" | head -1 | tr -d '[:space:]'; }
COUNT_PROJECTS=$(q 'SELECT COUNT(*) FROM "Projects"')
COUNT_PROJECTS_SYN=$(q "SELECT COUNT(*) FROM \"Projects\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")
COUNT_PROJECTS_PUB=$(q "SELECT COUNT(*) FROM \"Projects\" WHERE \"IsPublished\" = $TRUE_LITERAL")
COUNT_REGIONS=$(q 'SELECT COUNT(*) FROM "Regions"')
COUNT_REGIONS_SYN=$(q "SELECT COUNT(*) FROM \"Regions\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")
COUNT_ORGS=$(q 'SELECT COUNT(*) FROM "Organisations"')
COUNT_ORGS_SYN=$(q "SELECT COUNT(*) FROM \"Organisations\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")
COUNT_MUNICIPALITIES=$(q 'SELECT COUNT(*) FROM "Municipalities"')
COUNT_SOLUTIONS=$(q 'SELECT COUNT(*) FROM "Solutions"')
COUNT_SOLUTIONS_SYN=$(q "SELECT COUNT(*) FROM \"Solutions\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")
COUNT_CASES=$(q 'SELECT COUNT(*) FROM "TransferCases"')
COUNT_CASES_SYN=$(q "SELECT COUNT(*) FROM \"TransferCases\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")
COUNT_REUSES=$(q 'SELECT COUNT(*) FROM "Reuses"')
COUNT_REUSES_SYN=$(q "SELECT COUNT(*) FROM \"Reuses\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")
COUNT_PLACES=$(q 'SELECT COUNT(DISTINCT "Ags") FROM "ProjectMunicipalities"')
COUNT_MILESTONES=$(q 'SELECT COUNT(*) FROM "Milestones"')
COUNT_GRANTS=$(q 'SELECT COUNT(*) FROM "GrantDecisions"')
if [[ "$PROVIDER" == "sqlite" ]]; then
  DB_SIZE="$(du -h "$DB_FILE" | cut -f1)B (SQLite file)"
else
  DB_SIZE="$(q "SELECT pg_size_pretty(pg_database_size('$PG_DB'))") (PostgreSQL database)"
fi
log "data: $COUNT_SOLUTIONS solutions ($COUNT_SOLUTIONS_SYN synthetic), $COUNT_CASES transfer cases, $COUNT_REUSES reuses, $COUNT_PROJECTS projects"

# ---------------------------------------------------------------------------------------------- app

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${PORT:-}"
if [[ -z "$PORT" ]]; then
  for candidate in $(shuf -i 20000-45000 -n 50); do
    if port_free "$candidate"; then PORT=$candidate; break; fi
  done
fi
[[ -n "$PORT" ]] || die "no free port found"
BASE="http://127.0.0.1:$PORT"

log "starting the app (Release) on $BASE"
(
  cd "$WEB_DIR"
  export ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false
  export Database__Provider="$APP_PROVIDER"
  export ConnectionStrings__Modellregion="$CONNECTION"
  export Database__CreateFirstAdministrator=false
  export Api__PermitsPerMinute=0  # the load generator is one client address; the per-client limit would measure itself
  exec dotnet "$WEB_DLL" --urls "$BASE"
) >"$OUT/app.log" 2>&1 &
APP_PID=$!

for i in $(seq 1 240); do
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app.log"; die "the app exited during start-up"; }
  if curl -fsS -o /dev/null --max-time 2 "$BASE/health" 2>/dev/null; then break; fi
  [[ $i -eq 240 ]] && die "the app did not report healthy within 120 s"
  sleep 0.5
done
log "app is healthy (pid $APP_PID)"

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat" 2>/dev/null || echo 0; }
CLK_TCK=$(getconf CLK_TCK)
IDLE_RSS_KB=$(rss_kb)

# ---------------------------------------------------------------------------------------------- targets

SOLUTION_SLUG=$(printf 'synthetische-loesung-00-%06d' $(( (SOLUTIONS + 1) / 2 )))
NAMES=("Katalog" "Katalog, gefiltert" "Lösungsseite" "Matchmaking")
PATHS=("/loesungen" "/loesungen?$FILTER_QUERY" "/loesungen/$SOLUTION_SLUG" "/loesungen/fuer-meine-kommune?$MATCH_QUERY")

declare -A SIZE STATUS SINGLE_MS FIRST_MS
probe() { # path -> sets SIZE, STATUS, SINGLE_MS (best of 5 single requests after warm-up)
  local path=$1 best="" line code bytes secs ms
  for _ in 1 2 3 4 5; do
    line=$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$BASE$path")
    read -r code bytes secs <<<"$line"
    ms=$(awk -v s="$secs" 'BEGIN { printf "%.1f", s * 1000 }')
    if [[ -z "${FIRST_MS[$path]:-}" ]]; then FIRST_MS[$path]=$ms; fi
    if [[ -z "$best" ]] || awk -v a="$ms" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$ms; fi
  done
  STATUS[$path]=$code; SIZE[$path]=$bytes; SINGLE_MS[$path]=$best
}

for path in "${PATHS[@]}"; do
  probe "$path"
  [[ "${STATUS[$path]}" == "200" ]] || die "GET $path answered ${STATUS[$path]}, expected 200"
done

# The static file: the served file under wwwroot whose size is closest (by ratio) to the median page size.
MEDIAN_PAGE=$(for path in "${PATHS[@]}"; do echo "${SIZE[$path]}"; done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
if [[ -z "$STATIC_PATH" ]]; then
  best_score=""
  while IFS= read -r file; do
    size=$(stat -c %s "$file")
    [[ "$size" -gt 0 ]] || continue
    candidate="/${file#"$WEB_DIR/wwwroot/"}"
    score=$(awk -v a="$size" -v b="$MEDIAN_PAGE" 'BEGIN { r = log(a / b); if (r < 0) r = -r; printf "%.6f", r }')
    if [[ -z "$best_score" ]] || awk -v a="$score" -v b="$best_score" 'BEGIN { exit !(a < b) }'; then
      if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$candidate")" == "200" ]]; then best_score=$score; STATIC_PATH=$candidate; fi
    fi
  done < <(find "$WEB_DIR/wwwroot" -type f ! -name '*.woff2' | sort)
fi
[[ -n "$STATIC_PATH" ]] || die "no static file found"
probe "$STATIC_PATH"
[[ "${STATUS[$STATIC_PATH]}" == "200" ]] || die "GET $STATIC_PATH answered ${STATUS[$STATIC_PATH]}"
NAMES+=("Statische Datei")
PATHS+=("$STATIC_PATH")
log "static reference: $STATIC_PATH (${SIZE[$STATIC_PATH]} bytes; median page ${MEDIAN_PAGE} bytes)"

# ---------------------------------------------------------------------------------------------- load

to_ms() { # wrk value such as 812.00us, 12.34ms, 1.20s, 1.00m -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
    if (f < 0 || n == "") { print "NaN"; exit }
    printf "%.1f", n * f }'
}

declare -A RPS P50 P99 MAXMS REQS ERRS NON2XX PEAK_KB CPU_MS LOAD
for i in "${!PATHS[@]}"; do
  path=${PATHS[$i]}
  url="$BASE$path"
  log "[$((i + 1))/${#PATHS[@]}] ${NAMES[$i]}: $path - warm-up $WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" "$url" >"$OUT/wrk-$i-warmup.txt" 2>&1 || true
  sleep "$COOLDOWN"

  rss_file="$OUT/rss-$i.txt"
  : >"$rss_file"
  (
    while kill -0 "$APP_PID" 2>/dev/null; do
      awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" >>"$rss_file" 2>/dev/null || true
      sleep 0.2
    done
  ) &
  POLL_PID=$!

  log "    measuring $DURATION at $CONNECTIONS connections"
  LOAD[$path]=$(cut -d' ' -f1 /proc/loadavg)
  ticks_before=$(cpu_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "$url" >"$OUT/wrk-$i.txt" 2>&1 || die "wrk failed: $(cat "$OUT/wrk-$i.txt")"
  ticks_after=$(cpu_ticks)
  kill "$POLL_PID" 2>/dev/null || true
  wait "$POLL_PID" 2>/dev/null || true
  POLL_PID=""

  report="$OUT/wrk-$i.txt"
  RPS[$path]=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$report")
  REQS[$path]=$(awk '/requests in/ { print $1 }' "$report")
  REQS[$path]=${REQS[$path]:-0}
  if [[ "${REQS[$path]}" -gt 0 ]]; then
    P50[$path]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$report")")
    P99[$path]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$report")")
    MAXMS[$path]=$(to_ms "$(awk '$1 == "Latency" && NF >= 4 { print $4; exit }' "$report")")
  else
    P50[$path]=NaN; P99[$path]=NaN; MAXMS[$path]=NaN
  fi
  ERRS[$path]=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$report")
  ERRS[$path]=${ERRS[$path]:-0}
  NON2XX[$path]=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$report")
  NON2XX[$path]=${NON2XX[$path]:-0}
  PEAK_KB[$path]=$(awk '$1 + 0 > max { max = $1 + 0 } END { print max + 0 }' "$rss_file")
  CPU_MS[$path]=$(awk -v t=$(( ticks_after - ticks_before )) -v hz="$CLK_TCK" -v n="${REQS[$path]}" 'BEGIN { if (n > 0) printf "%.2f", t / hz * 1000 / n; else print "n/a" }')
  log "    ${REQS[$path]} requests, ${RPS[$path]} req/s, p50 ${P50[$path]} ms, p99 ${P99[$path]} ms, errors ${ERRS[$path]}, non-2xx ${NON2XX[$path]}"
  sleep "$COOLDOWN"
done

PEAK_HWM_KB=$(hwm_kb)

# ---------------------------------------------------------------------------------------------- report

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
ms() { if [[ "$1" == "NaN" ]]; then echo "n/a"; else echo "$1 ms"; fi; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
STATIC_RPS=${RPS[$STATIC_PATH]}

all_met=1
missed=()
for i in "${!PATHS[@]}"; do
  path=${PATHS[$i]}
  [[ "$path" == "$STATIC_PATH" ]] && continue
  if ! awk -v p="${P99[$path]}" -v aim="$AIM_MS" 'BEGIN { exit !(p != "NaN" && p + 0 < aim + 0) }' \
     || [[ "${ERRS[$path]}" != "0" || "${NON2XX[$path]}" != "0" ]]; then
    all_met=0
    missed+=("${NAMES[$i]}")
  fi
done

CORES=$(nproc)
BUDGET_MS=$(awk -v n="$CORES" -v a="$AIM_MS" -v c="$CONNECTIONS" 'BEGIN { printf "%.1f", n * a / c }')
machine_cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
machine_mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os_name=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)
revision=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain -- src 2>/dev/null | head -1)
[[ -n "$dirty" ]] && revision="$revision (with local changes under src/)"
wrk_version=$({ wrk -v 2>&1 || true; } | awk 'NR == 1 { print $2 }')

{
  echo "# Benchmark results: transfer catalogue and matchmaking"
  echo
  echo "Produced by \`bench/transfer.sh\`. All data measured here is **synthetic** apart from the demo data set;"
  echo "see [README.md](README.md) for what is measured and how to read it."
  echo
  echo "## Run"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| App revision | $revision |"
  echo "| Machine | $CORES CPU cores ($machine_cpu), $machine_mem RAM, $os_name |"
  echo "| .NET SDK | $(dotnet --version) |"
  echo "| Load generator | wrk $wrk_version on the same machine: $THREADS threads, $CONNECTIONS connections, $DURATION per URL after a $WARMUP warm-up, timeout $WRK_TIMEOUT |"
  echo "| Database | $PROVIDER, $DB_SIZE |"
  echo
  echo "## Data"
  echo
  echo "| | total | of which synthetic |"
  echo "|---|---:|---:|"
  echo "| Solutions | $COUNT_SOLUTIONS | $COUNT_SOLUTIONS_SYN |"
  echo "| Transfer cases | $COUNT_CASES | $COUNT_CASES_SYN |"
  echo "| Reuses | $COUNT_REUSES | $COUNT_REUSES_SYN |"
  echo "| Projects | $COUNT_PROJECTS ($COUNT_PROJECTS_PUB published) | $COUNT_PROJECTS_SYN |"
  echo "| Regions | $COUNT_REGIONS | $COUNT_REGIONS_SYN |"
  echo "| Organisations | $COUNT_ORGS | $COUNT_ORGS_SYN |"
  echo "| Milestones | $COUNT_MILESTONES | |"
  echo "| Grant decisions | $COUNT_GRANTS | |"
  echo "| Municipalities in the directory | $COUNT_MUNICIPALITIES | |"
  echo "| Municipalities named as a project's place | $COUNT_PLACES | |"
  echo
  echo "Generated with \`seed\`, \`seed-synthetic --projects $PROJECTS --regions $REGIONS --seed $SEED\` and"
  echo "\`seed-synthetic-transfer --solutions $SOLUTIONS --cases $CASES --seed $SEED\` (${SEED_SECONDS} s together)."
  echo
  echo "Catalogue pages and matchmaking results are kept in the app's public cache until the next change (as in"
  echo "production); the measurement repeats one URL, so it mostly shows the cached cost. *First request* is the"
  echo "first GET of each URL after start-up, before its result was cached."
  echo
  echo "## Throughput and latency"
  echo
  echo "| Page | URL | Size | First request | Single request | Requests/s | p50 | p99 | Max | vs. static file | App CPU per request | Peak RSS | Errors | Load |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for i in "${!PATHS[@]}"; do
    path=${PATHS[$i]}
    ratio=$(awk -v a="${RPS[$path]}" -v b="$STATIC_RPS" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')
    errors=$(( ${ERRS[$path]} + ${NON2XX[$path]} ))
    echo "| ${NAMES[$i]} | \`$path\` | $(kb "${SIZE[$path]}") KB | ${FIRST_MS[$path]} ms | ${SINGLE_MS[$path]} ms | ${RPS[$path]} | $(ms "${P50[$path]}") | **$(ms "${P99[$path]}")** | $(ms "${MAXMS[$path]}") | $ratio | ${CPU_MS[$path]} ms | $(mb "${PEAK_KB[$path]}") MB | $errors | ${LOAD[$path]} |"
  done
  echo
  echo "- *Size*: response body of one GET without compression. *First request*: the first GET of that URL after start-up (its result not yet cached). *Single request*: fastest of five sequential requests (curl)."
  echo "- *vs. static file*: requests/s of the page divided by requests/s of \`$STATIC_PATH\` (${SIZE[$STATIC_PATH]} bytes, the served file closest in size to the median page, ${MEDIAN_PAGE} bytes) in this run."
  echo "- *App CPU per request*: user + system CPU time of the app process during the measurement divided by the requests completed."
  echo "- *Load*: the machine's 1-minute load average when the measurement started (the app, wrk and anything else running)."
  echo "- *Errors*: socket errors (including wrk timeouts, which are left out of wrk's latency figures) plus non-2xx responses."
  echo
  echo "## Memory"
  echo
  echo "- Resident memory after start-up (idle): $(mb "$IDLE_RSS_KB") MB"
  echo "- Peak resident memory of the app during the whole run (VmHWM): **$(mb "$PEAK_HWM_KB") MB**"
  echo
  echo "## Aim: p99 under $AIM_MS ms for every page"
  echo
  if [[ $all_met -eq 1 ]]; then
    echo "**Met.** Every page answered with p99 under $AIM_MS ms at $CONNECTIONS connections and without errors."
  else
    echo "**Not met.** Pages above $AIM_MS ms p99 (or with errors): $(printf '%s; ' "${missed[@]}" | sed 's/; $//')."
  fi
  echo
  echo "For reference, the static file had p99 $(ms "${P99[$STATIC_PATH]}") in the same run: that is the floor set by the machine,"
  echo "Kestrel and wrk, without any page logic. When it is itself close to or above the aim, the machine was too busy"
  echo "for latency alone to decide; the CPU budget below depends much less on how busy the machine was."
  echo
  echo "**CPU budget.** With $CONNECTIONS connections, an average latency under $AIM_MS ms needs at least $(( CONNECTIONS * 1000 / AIM_MS )) requests/s"
  echo "(Little's law), so on $CORES cores a page may cost at most $BUDGET_MS ms of app CPU per request, and less in"
  echo "practice because wrk runs on the same cores and p99 needs headroom above the average."
  echo
  echo "| Page | App CPU per request | Within the $BUDGET_MS ms budget |"
  echo "|---|---:|---|"
  for i in "${!PATHS[@]}"; do
    path=${PATHS[$i]}
    [[ "$path" == "$STATIC_PATH" ]] && continue
    within=$(awk -v c="${CPU_MS[$path]}" -v b="$BUDGET_MS" 'BEGIN { print (c != "n/a" && c + 0 <= b + 0) ? "yes" : "no" }')
    echo "| ${NAMES[$i]} | ${CPU_MS[$path]} ms | $within |"
  done
  echo
  echo "Numbers come from one run on a shared, noisy machine where wrk and the app compete for the same CPU cores;"
  echo "compare the ratios within a run rather than absolute numbers across runs."
} >"$RESULTS"

cp "$RESULTS" "$OUT/results.md"
log "wrote $RESULTS"
if [[ $all_met -eq 1 ]]; then log "aim met"; else log "aim NOT met: $(printf '%s; ' "${missed[@]}" | sed 's/; $//')"; fi
