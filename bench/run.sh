#!/usr/bin/env bash
# Load and scale benchmark for Modellregion.
#
# Builds the web app and the CLI in Release (and publishes the web app once for the cold-start figure). For every
# database in PROVIDERS (SQLite and PostgreSQL), one after the other, it creates a fresh database with the demo data
# plus a large synthetic data set (every synthetic record is flagged IsSynthetic and named "(synthetisch)") and a
# synthetic Digitalboard data set, then
#   A. starts the app in its production configuration (output cache on) and measures with wrk: the static file, the
#      public pages repeated (popular pages), the back office (signed in as administrator), the OParl API crawled
#      sequentially and its largest list page under load, and the memory after 100,000 distinct query strings;
#   B. starts the app with OutputCache__Enabled=false and measures random-URL workloads drawn from the whole data
#      set (project pages, filtered project lists, regions, organisations, solutions, municipalities, OParl lists),
#      then the static file again;
#   C. starts the published app three times on the same database and times the first answered GET /.
# The app's resident memory is sampled every 200 ms throughout. bench/report.py writes bench/results.md with both
# databases side by side. See bench/README.md for the knobs.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PROJECTS="${PROJECTS:-10000}"
REGIONS="${REGIONS:-50}"
SEED="${SEED:-42}"
FUND_REQUESTS="${FUND_REQUESTS:-100000}"
BOARD_MEETINGS="${BOARD_MEETINGS:-2000}"
BOARD_AGENDA_ITEMS="${BOARD_AGENDA_ITEMS:-30000}"
PROVIDERS="${PROVIDERS:-${PROVIDER:-sqlite postgres}}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
WARMUP_STEADY="${WARMUP_STEADY:-30s}"
COOLDOWN="${COOLDOWN:-1}"
REPEATS="${REPEATS:-3}"
REPEATS_REPEATED="${REPEATS_REPEATED:-1}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
AIM_MS="${AIM_MS:-50}"
BUSY_LOAD="${BUSY_LOAD:-1.5}"
FILTER_QUERY="${FILTER_QUERY:-feld=e-government&status=laufend&sortierung=foerdersumme}"
SEARCH_QUERY="${SEARCH_QUERY:-q=mobilit&seite=2}"
STATIC_PATH="${STATIC_PATH:-}"
LIST_PATHS="${LIST_PATHS:-5000}"
SAMPLE="${SAMPLE:-40}"
DISTINCT_REQUESTS="${DISTINCT_REQUESTS:-100000}"
DISTINCT_MAX_SECONDS="${DISTINCT_MAX_SECONDS:-240}"
COLD_STARTS="${COLD_STARTS:-3}"
COLD_QUIET_LOAD="${COLD_QUIET_LOAD:-1.0}"
COLD_QUIET_MAX="${COLD_QUIET_MAX:-120}"
PG_TUNE="${PG_TUNE:-0}"
SKIP_BUILD="${SKIP_BUILD:-0}"
RESULTS="${RESULTS:-$HERE/results.md}"
OUT="${OUT:-$HERE/out/run-$(date +%Y%m%d-%H%M%S)}"

WEB_DIR="$ROOT/src/Modellregion.Web"
CLI_DIR="$ROOT/src/Modellregion.Cli"
WEB_DLL="$WEB_DIR/bin/Release/net10.0/Modellregion.Web.dll"
CLI_DLL="$CLI_DIR/bin/Release/net10.0/modellregion.dll"
LUA="$HERE/wrk.lua"
PY=/usr/bin/python3

APP_PID=""
SAMPLER_PID=""
PG_DB=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

stop_app() {
  if [[ -n "$SAMPLER_PID" ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; fi
  SAMPLER_PID=""
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

drop_pg() {
  if [[ -n "$PG_DB" ]]; then
    log "dropping PostgreSQL database $PG_DB"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    PG_DB=""
  fi
}

cleanup() {
  local status=$?
  stop_app
  drop_pg
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
[[ -x "$PY" ]] || apt_install python3
command -v dotnet >/dev/null || die "dotnet is not on the PATH"
for provider in $PROVIDERS; do
  case "$provider" in
    sqlite) command -v sqlite3 >/dev/null || apt_install sqlite3 ;;
    postgres) command -v psql >/dev/null || apt_install postgresql-client ;;
    *) die "PROVIDERS may name sqlite and postgres, not '$provider'" ;;
  esac
done

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
log "working folder: $OUT"
RUN_STARTED=$(date +%s)
MEASUREMENTS="$OUT/measurements.tsv"
printf 'provider\tsection\tname\tpath\trepeat\trequests\tseconds\trps\tp50\tp99\tmax\tsocket_errors\tnon2xx\tload\tsize\n' >"$MEASUREMENTS"

# ---------------------------------------------------------------------------------------------- build

if [[ "$SKIP_BUILD" != "1" ]]; then
  log "building Modellregion.Web and Modellregion.Cli (Release)"
  dotnet build "$WEB_DIR" -c Release --nologo -v quiet >"$OUT/build-web.log" 2>&1 || { tail -30 "$OUT/build-web.log"; die "web build failed"; }
  dotnet build "$CLI_DIR" -c Release --nologo -v quiet >"$OUT/build-cli.log" 2>&1 || { tail -30 "$OUT/build-cli.log"; die "CLI build failed"; }
fi
[[ -f "$WEB_DLL" && -f "$CLI_DLL" ]] || die "Release build output not found"
PUBLISH="$OUT/publish"
if [[ "$COLD_STARTS" -gt 0 ]]; then
  log "publishing Modellregion.Web (Release) into $PUBLISH for the cold start"
  # Published as for production: ReadyToRun (code precompiled for linux-x64, so start-up JIT-compiles less), framework-dependent.
  dotnet publish "$WEB_DIR" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v quiet -o "$PUBLISH" >"$OUT/publish.log" 2>&1 \
    || { tail -30 "$OUT/publish.log"; die "publish failed"; }
fi

# ---------------------------------------------------------------------------------------------- helpers

FIXED_PORT="${PORT:-}"  # PORT=n runs every app instance on that port, one after the other

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local candidate
  if [[ -n "${FIXED_PORT:-}" ]]; then echo "$FIXED_PORT"; return; fi
  # Below Linux's ephemeral range (32768-60999): a port there can be taken at any moment as the local end of an
  # outgoing connection (to PostgreSQL, say), which a listener test does not see; that failed a cold start once.
  for candidate in $(shuf -i 20000-32000 -n 50); do
    if port_free "$candidate"; then echo "$candidate"; return; fi
  done
  die "no free port found"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load1() { cut -d' ' -f1 /proc/loadavg; }
meta() { printf '%s\t%s\n' "$1" "$2" >>"$PDIR/meta.tsv"; }
phase() { printf '%s\t%s\n' "$(now_ms)" "$1" >>"$PDIR/phases-$INSTANCE.tsv"; }

# start_app INSTANCE DIR DLL [VAR=value ...]: starts the app, samples its VmRSS every 200 ms into rss-INSTANCE.tsv
start_app() {
  INSTANCE=$1
  local dir=$2 dll=$3
  shift 3
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  log "[$PROVIDER] starting the app ($INSTANCE) on $BASE${*:+ with $*}"
  (
    cd "$dir"
    export ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false
    export Database__Provider="$APP_PROVIDER"
    export ConnectionStrings__Modellregion="$CONNECTION"
    export Database__CreateFirstAdministrator=false
    export Api__PermitsPerMinute=0  # the load generator is one client address; the per-client limit would measure itself
    export Account__RequireTwoFactor=false  # the load generator signs in with a password only (its administrator has no authenticator)
    for assignment in "$@"; do export "${assignment?}"; done
    exec dotnet "$dll" --urls "$BASE"
  ) >"$PDIR/app-$INSTANCE.log" 2>&1 &
  APP_PID=$!
  local rss_file="$PDIR/rss-$INSTANCE.tsv" pss_file="$PDIR/pss-$INSTANCE.tsv" pid=$APP_PID
  : >"$rss_file"
  : >"$pss_file"
  (
    # PSS (each page shared by several mappings counted once, e.g. SQLite's file mapped by every connection) every
    # second: reading smaps_rollup walks the page tables, dearer than VmRSS.
    n=0
    while kill -0 "$pid" 2>/dev/null; do
      rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [[ -n "$rss" ]] && printf '%s\t%s\n' "$(( $(date +%s%N) / 1000000 ))" "$rss" >>"$rss_file"
      if (( n++ % 5 == 0 )); then
        pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
        [[ -n "$pss" ]] && printf '%s\t%s\n' "$(( $(date +%s%N) / 1000000 ))" "$pss" >>"$pss_file"
      fi
      sleep 0.2
    done
  ) &
  SAMPLER_PID=$!
}

wait_healthy() {
  local i
  for i in $(seq 1 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$PDIR/app-$INSTANCE.log"; die "the app exited during start-up"; }
    if curl -fsS -o /dev/null --max-time 2 "$BASE/health" 2>/dev/null; then return; fi
    [[ $i -eq 240 ]] && die "the app did not report healthy within 120 s"
    sleep 0.5
  done
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$@"; }
size_of() { curl -s -o /dev/null -w '%{size_download}' --max-time 60 "$@"; }

# run_wrk DURATION OUTFILE [wrk args...] -> prints the RESULT fields
run_wrk() {
  local duration=$1 outfile=$2
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout "$WRK_TIMEOUT" -s "$LUA" "$@" >"$outfile" 2>&1 || { cat "$outfile" >&2; die "wrk failed"; }
  awk '$1 == "RESULT" { $1 = ""; print substr($0, 2) }' "$outfile"
}

# measure SECTION NAME PATH REPEATS [PATHS_FILE]: warm-up, then REPEATS measurements; one TSV row each.
# A path starting with /verwaltung is requested with the administrator's cookies.
MEASURE_NO=0
measure() {
  local section=$1 name=$2 path=$3 repeats=$4 paths_file=${5:-} r size="" load result
  local -a extra=()
  [[ "$path" == /verwaltung* ]] && extra=(-H "Cookie: $COOKIE")
  local url="$BASE$path"
  if [[ -z "$paths_file" ]]; then size=$(size_of "${extra[@]}" "$url"); else url="$BASE/"; fi
  for r in $(seq 1 "$repeats"); do
    MEASURE_NO=$((MEASURE_NO + 1))
    local file="$PDIR/wrk-$(printf '%03d' "$MEASURE_NO")-$section"
    if [[ "$r" == 1 && "$WARMUP" != "0" && "$WARMUP" != "0s" ]]; then
      log "[$PROVIDER] $section: $name - warm-up $WARMUP"
      WRK_PATHS="$paths_file" run_wrk "$WARMUP" "$file-warmup.txt" "${extra[@]}" "$url" >/dev/null
      sleep "$COOLDOWN"
    fi
    load=$(load1)
    log "[$PROVIDER] $section: $name - $DURATION at $CONNECTIONS connections ($r/$repeats, load $load)"
    result=$(WRK_PATHS="$paths_file" run_wrk "$DURATION" "$file.txt" "${extra[@]}" "$url")
    [[ -n "$result" ]] || die "no result from wrk: $(cat "$file.txt")"
    read -r requests seconds rps p50 p99 max sock non2xx <<<"$result"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$PROVIDER" "$section" "$name" "$path" "$r" \
      "$requests" "$seconds" "$rps" "$p50" "$p99" "$max" "$sock" "$non2xx" "$load" "$size" >>"$MEASUREMENTS"
    sleep "$COOLDOWN"
  done
}

sign_in() {
  local jar="$PDIR/cookies.txt" token login_status
  token=$(curl -fsS -c "$jar" "$BASE/verwaltung/anmelden" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n "$token" ]] || token=$(curl -fsS -b "$jar" -c "$jar" "$BASE/verwaltung/anmelden" | grep -o '__RequestVerificationToken[^>]*' | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n "$token" ]] || die "no antiforgery token on the sign-in page"
  login_status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
    --data-urlencode "Input.Email=$BENCH_EMAIL" --data-urlencode "Input.Password=$BENCH_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/verwaltung/anmelden")
  [[ "$login_status" == "302" ]] || die "sign-in answered $login_status, expected a redirect"
  COOKIE=$(awk -F'\t' 'NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
  [[ -n "$COOKIE" ]] || die "no cookies after sign-in"
}

# ---------------------------------------------------------------------------------------------- one database

run_provider() {
  PROVIDER=$1
  PDIR="$OUT/$PROVIDER"
  mkdir -p "$PDIR"
  : >"$PDIR/meta.tsv"
  meta started "$(date -u '+%Y-%m-%d %H:%M UTC')"

  if [[ "$PROVIDER" == "sqlite" ]]; then
    DB_FILE="$PDIR/modellregion-bench.db"
    rm -f "$DB_FILE" "$DB_FILE-wal" "$DB_FILE-shm"
    CONNECTION="Data Source=$DB_FILE"
    APP_PROVIDER="Sqlite"
    sql() { sqlite3 -batch -noheader "$DB_FILE" "$1"; }
    TRUE_LITERAL=1
  else
    export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-modellregion}" PGPASSWORD="${PGPASSWORD:-modellregion}"
    if ! psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
      log "PostgreSQL does not answer on $PGHOST:$PGPORT; trying pg_ctlcluster 15 main start"
      pg_ctlcluster 15 main start 2>/dev/null || true
      sleep 2
    fi
    if [[ "$PG_TUNE" == "1" ]]; then
      log "PG_TUNE=1: applying the settings of docs/postgresql.md with ALTER SYSTEM and reloading"
      psql -X -q -d postgres -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
ALTER SYSTEM SET shared_buffers = '512MB';
ALTER SYSTEM SET effective_cache_size = '2GB';
ALTER SYSTEM SET work_mem = '16MB';
ALTER SYSTEM SET maintenance_work_mem = '256MB';
ALTER SYSTEM SET random_page_cost = 1.1;
ALTER SYSTEM SET effective_io_concurrency = 200;
ALTER SYSTEM SET jit = off;
ALTER SYSTEM SET max_wal_size = '2GB';
ALTER SYSTEM SET checkpoint_completion_target = 0.9;
SELECT pg_reload_conf();
SQL
      meta pg_tune "applied (ALTER SYSTEM + reload)"
    fi
    PG_DB="modellregion_bench_$$"
    log "creating PostgreSQL database $PG_DB on $PGHOST:$PGPORT as $PGUSER"
    psql -X -q -d postgres -c "CREATE DATABASE \"$PG_DB\"" >/dev/null || { PG_DB=""; die "could not create the PostgreSQL database"; }
    CONNECTION="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$PG_DB"
    APP_PROVIDER="Postgres"
    sql() { psql -X -q -At -F $'\t' -d "$PG_DB" -c "$1"; }
    TRUE_LITERAL=true
    meta pg_version "$(psql -X -At -d postgres -c 'SHOW server_version')"
    local setting
    for setting in shared_buffers work_mem maintenance_work_mem effective_cache_size random_page_cost effective_io_concurrency \
                   max_connections synchronous_commit jit max_wal_size checkpoint_completion_target; do
      meta "pg:$setting" "$(psql -X -At -d postgres -c "SHOW $setting" 2>/dev/null || echo '?')"
    done
    meta pg_pending_restart "$(psql -X -At -d postgres -c "SELECT string_agg(name, ', ') FROM pg_settings WHERE pending_restart")"
  fi
  cli() { (cd "$PDIR" && dotnet "$CLI_DLL" --provider "$PROVIDER" --connection "$CONNECTION" "$@"); }
  q() { sql "$1" | head -1 | tr -d '[:space:]'; }

  log "[$PROVIDER] loading the demo data (seed)"
  cli seed >>"$PDIR/seed.log" 2>&1 || { tail -20 "$PDIR/seed.log"; die "seed failed"; }
  log "[$PROVIDER] generating synthetic data: $PROJECTS projects in $REGIONS regions, $FUND_REQUESTS fund requests (seed $SEED)"
  local started
  started=$(date +%s)
  cli seed-synthetic --projects "$PROJECTS" --regions "$REGIONS" --fund-requests "$FUND_REQUESTS" --seed "$SEED" >>"$PDIR/seed.log" 2>&1 \
    || { tail -20 "$PDIR/seed.log"; die "seed-synthetic failed"; }
  if [[ "$BOARD_MEETINGS" -gt 0 ]]; then
    log "[$PROVIDER] generating synthetic board data: $BOARD_MEETINGS meetings, $BOARD_AGENDA_ITEMS agenda items"
    cli seed-synthetic-board --meetings "$BOARD_MEETINGS" --agenda-items "$BOARD_AGENDA_ITEMS" --seed "$SEED" >>"$PDIR/seed.log" 2>&1 \
      || { tail -20 "$PDIR/seed.log"; die "seed-synthetic-board failed"; }
  fi
  meta seed_seconds "$(( $(date +%s) - started ))"

  meta count_projects "$(q 'SELECT COUNT(*) FROM "Projects"')"
  meta count_projects_published "$(q "SELECT COUNT(*) FROM \"Projects\" WHERE \"IsPublished\" = $TRUE_LITERAL")"
  meta count_projects_synthetic "$(q "SELECT COUNT(*) FROM \"Projects\" WHERE \"IsSynthetic\" = $TRUE_LITERAL")"
  meta count_regions "$(q 'SELECT COUNT(*) FROM "Regions"')"
  meta count_organisations "$(q 'SELECT COUNT(*) FROM "Organisations"')"
  meta count_solutions "$(q "SELECT COUNT(*) FROM \"Solutions\" WHERE \"IsPublished\" = $TRUE_LITERAL")"
  meta count_municipalities "$(q 'SELECT COUNT(*) FROM "Municipalities"')"
  meta count_fund_requests "$(q 'SELECT COUNT(*) FROM "FundRequests"')"
  meta count_meetings "$(q 'SELECT COUNT(*) FROM "Meetings"')"
  meta count_agenda_items "$(q 'SELECT COUNT(*) FROM "AgendaItems"')"
  meta count_papers "$(q 'SELECT COUNT(*) FROM "Papers"')"

  BENCH_EMAIL="bench-verwaltung@example.org"
  BENCH_PASSWORD="Bench-$(date +%s)-Verwaltung"
  cli create-user --email "$BENCH_EMAIL" --name "Lastmessung Verwaltung" --role administrator --password "$BENCH_PASSWORD" >"$PDIR/create-user.log" 2>&1 \
    || { cat "$PDIR/create-user.log" >&2; die "could not create the back-office account"; }
  if [[ "$PROVIDER" == "sqlite" ]]; then
    meta db_size "$(du -h "$DB_FILE" | cut -f1)B"
  else
    meta db_size "$(q "SELECT pg_size_pretty(pg_database_size('$PG_DB'))" )"
  fi

  # Lists drawn from the whole data set (published / public records only) for the random workloads.
  sql "SELECT \"Slug\" FROM \"Projects\" WHERE \"IsPublished\" = $TRUE_LITERAL ORDER BY \"Id\"" >"$PDIR/projects.txt"
  sql "SELECT \"Title\" FROM \"Projects\" WHERE \"IsPublished\" = $TRUE_LITERAL ORDER BY \"Id\"" | awk 'NR % 5 == 1' >"$PDIR/titles.txt"
  sql 'SELECT "Slug" FROM "Regions" ORDER BY "Id"' >"$PDIR/regions.txt"
  sql 'SELECT "Slug" FROM "Organisations" ORDER BY "Id"' >"$PDIR/organisations.txt"
  sql "SELECT \"Slug\" FROM \"Solutions\" WHERE \"IsPublished\" = $TRUE_LITERAL ORDER BY \"Id\"" >"$PDIR/solutions.txt"
  sql 'SELECT "Ags" FROM "Municipalities" ORDER BY "Ags"' >"$PDIR/municipalities.txt"
  middle() { local n; n=$(wc -l <"$1"); sed -n "$(( (n + 1) / 2 ))p" "$1"; }
  local project_slug region_slug organisation_slug solution_slug ags
  project_slug=$(printf 'synthetisches-projekt-00-%06d' $(( (PROJECTS + 1) / 2 )))
  grep -qx "$project_slug" "$PDIR/projects.txt" || project_slug=$(middle "$PDIR/projects.txt")
  region_slug=$(middle "$PDIR/regions.txt")
  organisation_slug=$(middle "$PDIR/organisations.txt")
  solution_slug=$(middle "$PDIR/solutions.txt")
  ags=$(q 'SELECT "Ags" FROM "ProjectMunicipalities" GROUP BY "Ags" ORDER BY COUNT(*) DESC, "Ags" LIMIT 1')
  [[ -n "$ags" ]] || ags=$(middle "$PDIR/municipalities.txt")

  # ------------------------------------------------------------------------------------------ A: production
  start_app production "$WEB_DIR" "$WEB_DLL"
  wait_healthy
  phase started
  sign_in

  local -a names=("Startseite" "Startseite, englisch" "Projektliste" "Projektliste, gefiltert" "Projektliste, Textsuche"
                  "Projektseite" "Regionsseite" "Akteursseite" "Lösungsseite" "Kommunenseite")
  local -a paths=("/" "/?lang=en" "/projekte" "/projekte?$FILTER_QUERY" "/projekte?$SEARCH_QUERY"
                  "/projekte/$project_slug" "/regionen/$region_slug" "/akteure/$organisation_slug" "/loesungen/$solution_slug" "/kommunen/$ags")
  local -a office_names=("Übersicht (angemeldet)" "Fristen, alle Regionen (angemeldet)" "Finanzen, alle Regionen (angemeldet)")
  local -a office_paths=("/verwaltung" "/verwaltung/fristen" "/verwaltung/finanzen")
  local i code english
  # Read the whole page first: with pipefail, `curl | grep -q` fails whenever grep stops reading early.
  english=$(curl -s --max-time 60 "$BASE/?lang=en" || true)
  if ! grep -q '<html[^>]*lang="en' <<<"$english"; then
    log "[$PROVIDER] warning: /?lang=en does not answer with an English page (<html lang=\"en\">)"
    meta english_warning "/?lang=en did not answer with <html lang=\"en\">"
  fi
  for i in "${!paths[@]}"; do
    code=$(status_of "$BASE${paths[$i]}")
    [[ "$code" == "200" ]] || die "GET ${paths[$i]} answered $code, expected 200"
  done
  for i in "${!office_paths[@]}"; do
    code=$(status_of -H "Cookie: $COOKIE" "$BASE${office_paths[$i]}")
    [[ "$code" == "200" ]] || die "GET ${office_paths[$i]} (signed in) answered $code, expected 200"
  done

  # The static file: the served file under wwwroot whose size is closest (by ratio) to the median page size.
  if [[ -z "$STATIC_PATH" ]]; then
    local median_page best_score="" file size candidate score
    median_page=$(for i in "${!paths[@]}"; do size_of "$BASE${paths[$i]}"; echo; done | sort -n | awk 'NF { v[++n] = $1 } END { print v[int((n + 1) / 2)] }')
    while IFS= read -r file; do
      size=$(stat -c %s "$file")
      [[ "$size" -gt 0 ]] || continue
      candidate="/${file#"$WEB_DIR/wwwroot/"}"
      score=$(awk -v a="$size" -v b="$median_page" 'BEGIN { r = log(a / b); if (r < 0) r = -r; printf "%.6f", r }')
      if [[ -z "$best_score" ]] || awk -v a="$score" -v b="$best_score" 'BEGIN { exit !(a < b) }'; then
        if [[ "$(status_of "$BASE$candidate")" == "200" ]]; then best_score=$score; STATIC_PATH=$candidate; fi
      fi
    done < <(find "$WEB_DIR/wwwroot" -type f ! -name '*.woff2' | sort)
  fi
  [[ -n "$STATIC_PATH" && "$(status_of "$BASE$STATIC_PATH")" == "200" ]] || die "no static file that answers 200"
  meta static_path "$STATIC_PATH"

  phase load
  measure static "Statische Datei (Anfang)" "$STATIC_PATH" "$REPEATS"
  for i in "${!paths[@]}"; do measure repeated "${names[$i]}" "${paths[$i]}" "$REPEATS_REPEATED"; done
  for i in "${!office_paths[@]}"; do measure office "${office_names[$i]}" "${office_paths[$i]}" "$REPEATS_REPEATED"; done

  # OParl: two sequential crawls (the first warms up), then the largest list page under load.
  log "[$PROVIDER] OParl crawl (warm-up)"
  "$PY" "$HERE/oparl_crawl.py" "$BASE" "$PDIR/oparl-lists.txt" >"$PDIR/crawl-warmup.json" || die "OParl crawl failed"
  meta crawl_load "$(load1)"
  log "[$PROVIDER] OParl crawl (measured)"
  "$PY" "$HERE/oparl_crawl.py" "$BASE" "$PDIR/oparl-lists.txt" >"$PDIR/crawl.json" || die "OParl crawl failed"
  meta crawl "$(cat "$PDIR/crawl.json")"
  local big_body since
  big_body=$(q 'SELECT b."RegionId" FROM "Meetings" m JOIN "Boards" b ON b."Id" = m."BoardId" GROUP BY b."RegionId" ORDER BY COUNT(*) DESC LIMIT 1')
  if [[ -n "$big_body" ]]; then
    since="modified_since=2000-01-01T00%3A00%3A00%2B01%3A00"
    if [[ "$(status_of "$BASE/oparl/v1.1/body/$big_body/meeting?$since")" == "200" ]]; then
      measure oparl-big "Sitzungsliste mit modified_since (größte Körperschaft)" "/oparl/v1.1/body/$big_body/meeting?$since" "$REPEATS_REPEATED"
    fi
  fi

  log "[$PROVIDER] path lists for the random workloads (sample of $SAMPLE per kind checked)"
  "$PY" "$HERE/paths.py" "$BASE" "$PDIR" "$LIST_PATHS" "$SAMPLE" "$SEED" >"$PDIR/paths.json" || die "paths.py failed"
  meta paths "$(cat "$PDIR/paths.json")"

  # Memory: DISTINCT_REQUESTS requests with query strings never sent before, in rounds sized by the rate.
  if [[ "$DISTINCT_REQUESTS" -gt 0 ]]; then
    sleep 2
    local rss_before done_requests=0 distinct_errors=0 round=0 rate=0 seconds result requests
    rss_before=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
    meta distinct_rss_before_kb "$rss_before"
    meta distinct_load "$(load1)"
    phase distinct
    local distinct_started
    distinct_started=$(date +%s%N)
    local elapsed=0
    while [[ $done_requests -lt $DISTINCT_REQUESTS && $round -lt 8 && $elapsed -lt $DISTINCT_MAX_SECONDS ]]; do
      round=$((round + 1))
      if [[ $round -eq 1 ]]; then seconds=5; else
        seconds=$(awk -v left=$((DISTINCT_REQUESTS - done_requests)) -v r="$rate" -v cap=$((DISTINCT_MAX_SECONDS - elapsed)) \
          'BEGIN { s = (r > 0) ? left / r * 1.1 + 1 : 30; if (s > cap) s = cap; if (s < 1) s = 1; printf "%d", s + 0.999 }')
      fi
      log "[$PROVIDER] distinct query strings: round $round, ${seconds}s ($done_requests of $DISTINCT_REQUESTS done)"
      result=$(WRK_RUN="${RUN_STARTED}r${round}" WRK_UNIQUE=$((DISTINCT_REQUESTS - done_requests)) WRK_THREADS="$THREADS" run_wrk "${seconds}s" "$PDIR/wrk-distinct-$round.txt" "$BASE/")
      read -r requests _ _ _ _ _ sock non2xx <<<"$result"
      done_requests=$((done_requests + requests))
      rate=$(awk -v d="$done_requests" -v t="$(( ($(date +%s%N) - distinct_started) / 1000000 ))" 'BEGIN { printf "%.1f", d / (t / 1000) }')
      elapsed=$(( ($(date +%s%N) - distinct_started) / 1000000000 ))
      meta "distinct_round_$round" "$result"
      distinct_errors=$((distinct_errors + sock + non2xx))
    done
    meta distinct_requests "$done_requests"
    meta distinct_errors "$distinct_errors"
    meta distinct_seconds "$(( ($(date +%s%N) - distinct_started) / 1000000000 ))"
    phase distinct-end
    sleep 5
    meta distinct_rss_after_kb "$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")"
    meta distinct_pss_after_kb "$(awk '/^Pss:/ {print $2}' "/proc/$APP_PID/smaps_rollup")"
    phase end
  fi
  stop_app

  # ------------------------------------------------------------------------------------------ B: no output cache
  start_app uncached "$WEB_DIR" "$WEB_DLL" OutputCache__Enabled=false
  wait_healthy
  phase started
  meta uncached_output_cache_header "$(curl -s -D - -o /dev/null "$BASE/projekte" | tr -d '\r' | grep -i -E '^(age|cache-control):' | tr '\n' ' ')"
  cat "$PDIR"/paths-{projects,project-lists,regions,organisations,solutions,municipalities,oparl-lists}.txt 2>/dev/null | shuf --random-source=<(yes) >"$PDIR/paths-all.txt" || true
  # A freshly started app runs its first minute on quickly compiled code (tiered JIT) and fills its pools; the
  # random mixes are measured in the steady state, after one warm-up over all of them (not reported).
  if [[ "$WARMUP_STEADY" != "0" && "$WARMUP_STEADY" != "0s" && -s "$PDIR/paths-all.txt" ]]; then
    log "[$PROVIDER] warm-up of the uncached app over all random paths: $WARMUP_STEADY"
    WRK_PATHS="$PDIR/paths-all.txt" run_wrk "$WARMUP_STEADY" "$PDIR/wrk-steady-warmup.txt" "$BASE/" >/dev/null
  fi
  phase load
  local kind label
  for kind in projects project-lists regions organisations solutions municipalities oparl-lists; do
    [[ -s "$PDIR/paths-$kind.txt" ]] || { log "[$PROVIDER] no paths for $kind"; continue; }
    case "$kind" in
      projects) label="Projektseiten" ;; project-lists) label="Projektlisten mit Filtern" ;; regions) label="Regionsseiten" ;;
      organisations) label="Akteursseiten" ;; solutions) label="Lösungsseiten" ;; municipalities) label="Kommunenseiten" ;;
      oparl-lists) label="OParl-Listenseiten" ;;
    esac
    measure random "$label" "$kind" "$REPEATS" "$PDIR/paths-$kind.txt"
  done
  measure random "Alle zusammen" "all" "$REPEATS" "$PDIR/paths-all.txt"
  measure static "Statische Datei (Ende)" "$STATIC_PATH" "$REPEATS"
  phase end
  stop_app

  # ------------------------------------------------------------------------------------------ C: cold start
  local n t0 t1 waited=0
  # The 1-minute load average still carries the measurements just before. Wait (at most COLD_QUIET_MAX seconds)
  # until it has fallen below COLD_QUIET_LOAD, so that the figure is the start of the app, not the tail of that load.
  while awk -v l="$(load1)" -v m="$COLD_QUIET_LOAD" 'BEGIN { exit !(l >= m) }' && (( waited < COLD_QUIET_MAX )); do
    sleep 5
    waited=$((waited + 5))
  done
  meta cold_start_quiet_wait_s "$waited"
  for n in $(seq 1 "$COLD_STARTS"); do
    sync
    sleep 2
    meta "cold_start_load_$n" "$(load1)"
    t0=$(date +%s%N)
    start_app "cold-$n" "$PUBLISH" "$PUBLISH/Modellregion.Web.dll"
    while true; do
      kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$PDIR/app-$INSTANCE.log"; die "the published app exited during start-up"; }
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE/" 2>/dev/null || true)
      [[ "$code" == "200" ]] && break
      [[ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 120 ]] && die "the published app did not answer GET / within 120 s"
      sleep 0.05
    done
    t1=$(date +%s%N)
    meta "cold_start_ms_$n" "$(( (t1 - t0) / 1000000 ))"
    log "[$PROVIDER] cold start $n: $(( (t1 - t0) / 1000000 )) ms to the first GET / with 200"
    stop_app
  done

  meta finished "$(date -u '+%Y-%m-%d %H:%M UTC')"
  drop_pg
}

for provider in $PROVIDERS; do run_provider "$provider"; done

# ---------------------------------------------------------------------------------------------- report

{
  printf 'revision\t%s\n' "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" status --porcelain -- src 2>/dev/null | head -1 | sed 's/.\+/ (with local changes under src\/)/')"
  printf 'cores\t%s\n' "$(nproc)"
  printf 'cpu\t%s\n' "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  printf 'memory\t%s\n' "$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  printf 'os\t%s\n' "$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)"
  printf 'dotnet\t%s\n' "$(dotnet --version)"
  printf 'wrk\t%s\n' "$({ wrk -v 2>&1 || true; } | awk 'NR == 1 { print $2 }')"
  printf 'providers\t%s\n' "$PROVIDERS"
  printf 'output_cache_in_source\t%s\n' "$(grep -rqs --include='*.cs' 'OutputCache' "$WEB_DIR" && echo yes || echo no)"
  printf 'knobs\tPROJECTS=%s REGIONS=%s FUND_REQUESTS=%s BOARD_MEETINGS=%s BOARD_AGENDA_ITEMS=%s SEED=%s DURATION=%s WARMUP=%s WARMUP_STEADY=%s REPEATS=%s REPEATS_REPEATED=%s CONNECTIONS=%s THREADS=%s LIST_PATHS=%s SAMPLE=%s DISTINCT_REQUESTS=%s DISTINCT_MAX_SECONDS=%s PG_TUNE=%s\n' \
    "$PROJECTS" "$REGIONS" "$FUND_REQUESTS" "$BOARD_MEETINGS" "$BOARD_AGENDA_ITEMS" "$SEED" "$DURATION" "$WARMUP" "$WARMUP_STEADY" "$REPEATS" "$REPEATS_REPEATED" "$CONNECTIONS" "$THREADS" "$LIST_PATHS" "$SAMPLE" "$DISTINCT_REQUESTS" "$DISTINCT_MAX_SECONDS" "$PG_TUNE"
  printf 'projects\t%s\nregions\t%s\nfund_requests\t%s\nseed\t%s\nboard_meetings\t%s\nboard_agenda_items\t%s\n' "$PROJECTS" "$REGIONS" "$FUND_REQUESTS" "$SEED" "$BOARD_MEETINGS" "$BOARD_AGENDA_ITEMS"
  printf 'threads\t%s\nconnections\t%s\nduration\t%s\nwarmup\t%s\nrepeats\t%s\nrepeats_repeated\t%s\ntimeout\t%s\n' "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$REPEATS" "$REPEATS_REPEATED" "$WRK_TIMEOUT"
  printf 'distinct_target\t%s\n' "$DISTINCT_REQUESTS"
  printf 'aim_ms\t%s\nbusy_load\t%s\nrun_minutes\t%s\ndate\t%s\n' "$AIM_MS" "$BUSY_LOAD" "$(( ($(date +%s) - RUN_STARTED + 59) / 60 ))" "$(date -u '+%Y-%m-%d %H:%M UTC')"
} >"$OUT/run.tsv"
"$PY" "$HERE/report.py" "$OUT" >"$OUT/results.md" || die "report.py failed"
cp "$OUT/results.md" "$RESULTS"
log "wrote $RESULTS (run took $(( ($(date +%s) - RUN_STARTED) / 60 )) min)"
