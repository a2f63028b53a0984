#!/usr/bin/env bash
# OParl benchmark for Modellregion.
#
# Builds the web app and the CLI in Release, creates a fresh database with the demo data plus a synthetic
# Digitalboard data set (every synthetic record is flagged IsSynthetic and named "(synthetisch)"; meetings are
# titled "Beispielsitzung"), starts the app on a free loopback port and
#   1. crawls the whole OParl API from /oparl/v1.1 - every body, every list, every page via links.next - with one
#      keep-alive connection, and reports objects per second and the latency percentiles of a list page;
#   2. loads two list pages (the first and a deep page of the largest agenda item list) with wrk at 64
#      connections and reports requests per second and p99.
# Writes bench/results-oparl.md. Knobs: see the variables below and bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

MEETINGS="${MEETINGS:-2000}"
AGENDA_ITEMS="${AGENDA_ITEMS:-30000}"
SEED="${SEED:-42}"
LIMIT="${LIMIT:-100}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
AIM_MS="${AIM_MS:-100}"
SKIP_BUILD="${SKIP_BUILD:-0}"
RESULTS="${RESULTS:-$HERE/results-oparl.md}"
OUT="${OUT:-$HERE/out/oparl-$(date +%Y%m%d-%H%M%S)}"

WEB_DIR="$ROOT/src/Modellregion.Web"
CLI_DIR="$ROOT/src/Modellregion.Cli"
WEB_DLL="$WEB_DIR/bin/Release/net10.0/Modellregion.Web.dll"
CLI_DLL="$CLI_DIR/bin/Release/net10.0/modellregion.dll"
APP_PID=""

log() { printf '[oparl %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

cleanup() {
  local status=$?
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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
command -v sqlite3 >/dev/null || apt_install sqlite3
[[ -x /usr/bin/python3 ]] || apt_install python3
command -v dotnet >/dev/null || die "dotnet is not on the PATH"

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
log "working folder: $OUT"

if [[ "$SKIP_BUILD" != "1" ]]; then
  log "building Modellregion.Web and Modellregion.Cli (Release)"
  dotnet build "$WEB_DIR" -c Release --nologo -v quiet >"$OUT/build-web.log" 2>&1 || { tail -30 "$OUT/build-web.log"; die "web build failed"; }
  dotnet build "$CLI_DIR" -c Release --nologo -v quiet >"$OUT/build-cli.log" 2>&1 || { tail -30 "$OUT/build-cli.log"; die "CLI build failed"; }
fi
[[ -f "$WEB_DLL" && -f "$CLI_DLL" ]] || die "Release build output not found"

DB_FILE="$OUT/modellregion-oparl.db"
rm -f "$DB_FILE" "$DB_FILE-wal" "$DB_FILE-shm"
CONNECTION="Data Source=$DB_FILE"
cli() { (cd "$OUT" && dotnet "$CLI_DLL" --provider sqlite --connection "$CONNECTION" "$@"); }

log "loading the demo data (seed)"
cli seed | tee -a "$OUT/seed.log" >&2
log "generating synthetic board data: $MEETINGS meetings, $AGENDA_ITEMS agenda items and papers (seed $SEED)"
SEED_STARTED=$(date +%s)
cli seed-synthetic-board --meetings "$MEETINGS" --agenda-items "$AGENDA_ITEMS" --seed "$SEED" | tee -a "$OUT/seed.log" >&2
SEED_SECONDS=$(( $(date +%s) - SEED_STARTED ))

q() { sqlite3 -batch -noheader "$DB_FILE" "$1" | head -1 | tr -d '[:space:]'; }
COUNT_MEETINGS=$(q 'SELECT COUNT(*) FROM "Meetings"')
COUNT_ITEMS=$(q 'SELECT COUNT(*) FROM "AgendaItems"')
COUNT_ITEMS_PUBLIC=$(q 'SELECT COUNT(*) FROM "AgendaItems" WHERE "IsPublic" = 1')
COUNT_PAPERS=$(q 'SELECT COUNT(*) FROM "Papers"')
COUNT_PAPERS_PUBLIC=$(q 'SELECT COUNT(*) FROM "Papers" WHERE "IsPublic" = 1')
COUNT_FILES=$(q 'SELECT COUNT(*) FROM "PaperFiles"')
COUNT_BOARDS=$(q 'SELECT COUNT(*) FROM "Boards"')
COUNT_REGIONS=$(q 'SELECT COUNT(*) FROM "Regions"')
DB_SIZE="$(du -h "$DB_FILE" | cut -f1)B"
BIG_BODY=$(q 'SELECT b."RegionId" FROM "AgendaItems" i JOIN "Meetings" m ON m."Id" = i."MeetingId" JOIN "Boards" b ON b."Id" = m."BoardId" GROUP BY b."RegionId" ORDER BY COUNT(*) DESC LIMIT 1')
MID_ITEM=$(q "SELECT i.\"Id\" FROM \"AgendaItems\" i JOIN \"Meetings\" m ON m.\"Id\" = i.\"MeetingId\" JOIN \"Boards\" b ON b.\"Id\" = m.\"BoardId\" WHERE b.\"RegionId\" = $BIG_BODY ORDER BY i.\"Id\" LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM \"AgendaItems\" i2 JOIN \"Meetings\" m2 ON m2.\"Id\" = i2.\"MeetingId\" JOIN \"Boards\" b2 ON b2.\"Id\" = m2.\"BoardId\" WHERE b2.\"RegionId\" = $BIG_BODY)")

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
  export Database__Provider=Sqlite
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

# ---------------------------------------------------------------------------------------------- crawl

crawl() { # $1 = label -> writes $OUT/crawl-$1.json
  /usr/bin/python3 - "$BASE" "$LIMIT" >"$OUT/crawl-$1.json" <<'PY'
import http.client, json, sys, time, urllib.parse
base, limit = sys.argv[1], int(sys.argv[2])
host = urllib.parse.urlsplit(base)
connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
latencies, list_latencies, objects, pages = [], [], 0, 0
def get(url):
    parts = urllib.parse.urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    started = time.perf_counter()
    connection.request("GET", path, headers={"Accept": "application/json"})
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"GET {url}: HTTP {response.status}")
    latencies.append(elapsed)
    return json.loads(body), elapsed
def walk(url):
    global objects, pages
    url = url + ("&" if "?" in url else "?") + f"limit={limit}"
    while url:
        page, elapsed = get(url)
        list_latencies.append(elapsed)
        pages += 1
        objects += len(page["data"])
        yield from page["data"]
        url = page["links"].get("next")
started = time.perf_counter()
system, _ = get(base + "/oparl/v1.1")
objects += 1
lists = ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList", "legislativeTermList", "membership"]
for body in walk(system["body"]):
    for name in lists:
        for _ in walk(body[name]):
            pass
seconds = time.perf_counter() - started
list_latencies.sort()
def pct(p):
    return list_latencies[min(len(list_latencies) - 1, int(round(p / 100 * len(list_latencies) + 0.5)) - 1)]
print(json.dumps({"objects": objects, "pages": pages, "requests": len(latencies), "seconds": seconds,
                  "objects_per_second": objects / seconds, "p50": pct(50), "p95": pct(95), "p99": pct(99), "max": list_latencies[-1]}))
PY
}

log "crawl 1 (warm-up of the app and the database cache)"
crawl warmup || die "crawl failed"
log "crawl 2 (measured)"
CRAWL_LOAD=$(cut -d' ' -f1 /proc/loadavg)
crawl measured || die "crawl failed"
read -r CRAWL_OBJECTS CRAWL_PAGES CRAWL_SECONDS CRAWL_OPS CRAWL_P50 CRAWL_P95 CRAWL_P99 CRAWL_MAX < <(/usr/bin/python3 -c "
import json; d = json.load(open('$OUT/crawl-measured.json'))
print(d['objects'], d['pages'], f\"{d['seconds']:.1f}\", f\"{d['objects_per_second']:.0f}\", f\"{d['p50']:.1f}\", f\"{d['p95']:.1f}\", f\"{d['p99']:.1f}\", f\"{d['max']:.1f}\")")
log "crawl: $CRAWL_OBJECTS objects on $CRAWL_PAGES list pages in $CRAWL_SECONDS s = $CRAWL_OPS objects/s; list page p99 $CRAWL_P99 ms"

# ---------------------------------------------------------------------------------------------- load

to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
    if (f < 0 || n == "") { print "NaN"; exit }
    printf "%.1f", n * f }'
}

NAMES=("Erste Seite der größten Tagesordnungspunkt-Liste" "Tiefe Seite derselben Liste (after = Mitte)" "Sitzungsliste mit modified_since")
PATHS=("/oparl/v1.1/body/$BIG_BODY/agendaItem?limit=$LIMIT" "/oparl/v1.1/body/$BIG_BODY/agendaItem?after=$MID_ITEM&limit=$LIMIT" "/oparl/v1.1/body/$BIG_BODY/meeting?limit=$LIMIT&modified_since=2000-01-01T00%3A00%3A00%2B01%3A00")
declare -A RPS P50 P99 ERRS SIZE
for i in "${!PATHS[@]}"; do
  path=${PATHS[$i]}
  SIZE[$path]=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
  log "[$((i + 1))/${#PATHS[@]}] ${NAMES[$i]}: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" "$BASE$path" >/dev/null 2>&1 || true
  sleep 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "$BASE$path" >"$OUT/wrk-$i.txt" 2>&1 || die "wrk failed"
  RPS[$path]=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$OUT/wrk-$i.txt")
  P50[$path]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$i.txt")")
  P99[$path]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$i.txt")")
  errors=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$OUT/wrk-$i.txt"); non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$OUT/wrk-$i.txt")
  ERRS[$path]=$(( ${errors:-0} + ${non2xx:-0} ))
  log "    ${RPS[$path]} req/s, p50 ${P50[$path]} ms, p99 ${P99[$path]} ms, errors ${ERRS[$path]}"
  sleep 2
done

# ---------------------------------------------------------------------------------------------- report

CORES=$(nproc)
machine_cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
machine_mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os_name=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)
revision=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain -- src 2>/dev/null | head -1)
[[ -n "$dirty" ]] && revision="$revision (with local changes under src/)"
{
  echo "# OParl benchmark results"
  echo
  echo "Produced by \`bench/oparl.sh\`. The board data measured here is **synthetic** apart from the demo data set;"
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
  echo "| Database | SQLite, $DB_SIZE |"
  echo "| Page size | limit=$LIMIT (the server's default is 100, the maximum 500) |"
  echo
  echo "## Data"
  echo
  echo "| | total | public |"
  echo "|---|---:|---:|"
  echo "| Regions (OParl bodies) | $COUNT_REGIONS | |"
  echo "| Boards | $COUNT_BOARDS | |"
  echo "| Meetings | $COUNT_MEETINGS | |"
  echo "| Agenda items | $COUNT_ITEMS | $COUNT_ITEMS_PUBLIC |"
  echo "| Papers | $COUNT_PAPERS | $COUNT_PAPERS_PUBLIC |"
  echo "| Files | $COUNT_FILES | |"
  echo
  echo "Generated with \`seed\` followed by \`seed-synthetic-board --meetings $MEETINGS --agenda-items $AGENDA_ITEMS --seed $SEED\` (${SEED_SECONDS} s)."
  echo
  echo "## Full crawl"
  echo
  echo "One client, one keep-alive connection, starting at \`/oparl/v1.1\`: every body, all ten lists of every body, every"
  echo "page by \`links.next\` (the second of two identical crawls; the first warms the app up)."
  echo
  echo "| Objects | List pages | Duration | **Objects per second** | List page p50 | p95 | **p99** | Max |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $CRAWL_OBJECTS | $CRAWL_PAGES | $CRAWL_SECONDS s | **$CRAWL_OPS** | $CRAWL_P50 ms | $CRAWL_P95 ms | **$CRAWL_P99 ms** | $CRAWL_MAX ms |"
  echo
  echo "Objects are the entries of the list pages (embedded agenda items, files and consultations not counted again)."
  echo "The machine's 1-minute load average when the measured crawl started: $CRAWL_LOAD (on $CORES cores)."
  echo
  echo "## List pages under load"
  echo
  echo "wrk, $THREADS threads, $CONNECTIONS connections, $DURATION after a $WARMUP warm-up, on the same machine as the app."
  echo
  echo "| Page | URL | Size | Requests/s | p50 | **p99** | Errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for i in "${!PATHS[@]}"; do
    path=${PATHS[$i]}
    echo "| ${NAMES[$i]} | \`$path\` | $(awk -v b="${SIZE[$path]}" 'BEGIN { printf "%.0f", b / 1024 }') KB | ${RPS[$path]} | ${P50[$path]} ms | **${P99[$path]} ms** | ${ERRS[$path]} |"
  done
  echo
  echo "The deep page reads \`id > after\` like the first page (keyset, not offset), so its cost does not grow with depth;"
  echo "differences between the two rows of one run come from the load on the machine."
  echo "Numbers come from one run on a shared two-core machine where the load generator and the app share the cores."
} >"$RESULTS"
cp "$RESULTS" "$OUT/results-oparl.md"
log "wrote $RESULTS"
