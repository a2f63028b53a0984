#!/usr/bin/env bash
# Registration load test for Modellregion: 500 registrations arriving at once for an event with 200 places.
#
# For each database (SQLite and PostgreSQL) the script builds the web app and the CLI in Release, creates a fresh
# database with the demo data plus one synthetic event ("Lasttest-Kongress (synthetisch)", marked as example data,
# CAPACITY places on site), starts the app on a free loopback port with the mail written to a folder, and then
#   1. lets REGISTRATIONS clients, each with its own session, open the event page and post the registration form
#      at the same moment (a barrier releases all posts together) - as people do when registration opens;
#   2. reads the confirmation mails and lets every client confirm its address at the same moment - the step that
#      takes a place or puts the person on the waitlist (the double opt-in);
#   3. counts confirmed and waiting registrations and the places taken in the database, and checks that never
#      more are confirmed than there are places;
#   4. as a reference from the same run, REGISTRATIONS clients fetch a static file at the same moment.
# Writes bench/results-events.md. Knobs: the variables below (PROVIDERS="sqlite postgres", REGISTRATIONS, CAPACITY).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PROVIDERS="${PROVIDERS:-sqlite postgres}"
REGISTRATIONS="${REGISTRATIONS:-500}"
CAPACITY="${CAPACITY:-200}"
SLUG="${SLUG:-lasttest-kongress}"
SKIP_BUILD="${SKIP_BUILD:-0}"
RESULTS="${RESULTS:-$HERE/results-events.md}"
OUT="${OUT:-$HERE/out/events-$(date +%Y%m%d-%H%M%S)}"

WEB_DIR="$ROOT/src/Modellregion.Web"
CLI_DIR="$ROOT/src/Modellregion.Cli"
WEB_DLL="$WEB_DIR/bin/Release/net10.0/Modellregion.Web.dll"
CLI_DLL="$CLI_DIR/bin/Release/net10.0/modellregion.dll"
APP_PID=""
PG_DB=""

log() { printf '[events %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

drop_pg() {
  if [[ -n "$PG_DB" ]]; then
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

apt_install() {
  command -v apt-get >/dev/null || die "$* is missing and apt-get is not available"
  log "installing $* with apt-get"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  fi
}

command -v curl >/dev/null || apt_install curl
command -v sqlite3 >/dev/null || apt_install sqlite3
[[ -x /usr/bin/python3 ]] || apt_install python3
command -v dotnet >/dev/null || die "dotnet is not on the PATH"
if [[ " $PROVIDERS " == *" postgres "* ]]; then
  command -v psql >/dev/null || apt_install postgresql-client
fi

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
log "working folder: $OUT"

if [[ "$SKIP_BUILD" != "1" ]]; then
  log "building Modellregion.Web and Modellregion.Cli (Release)"
  dotnet build "$WEB_DIR" -c Release --nologo -v quiet >"$OUT/build-web.log" 2>&1 || { tail -30 "$OUT/build-web.log"; die "web build failed"; }
  dotnet build "$CLI_DIR" -c Release --nologo -v quiet >"$OUT/build-cli.log" 2>&1 || { tail -30 "$OUT/build-cli.log"; die "CLI build failed"; }
fi
[[ -f "$WEB_DLL" && -f "$CLI_DLL" ]] || die "Release build output not found"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

run_provider() { # $1 = sqlite | postgres -> writes $OUT/result-$1.json
  local provider=$1 connection app_provider
  if [[ "$provider" == "sqlite" ]]; then
    local db_file="$OUT/modellregion-events.db"
    rm -f "$db_file" "$db_file-wal" "$db_file-shm"
    connection="Data Source=$db_file"
    app_provider="Sqlite"
    sql() { sqlite3 -batch -noheader "$db_file" "$1"; }
  else
    export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-modellregion}" PGPASSWORD="${PGPASSWORD:-modellregion}"
    PG_DB="modellregion_events_$$"
    log "creating PostgreSQL database $PG_DB on $PGHOST:$PGPORT as $PGUSER"
    psql -X -q -d postgres -c "CREATE DATABASE \"$PG_DB\"" >/dev/null || { PG_DB=""; die "could not create the PostgreSQL database"; }
    connection="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$PG_DB"
    app_provider="Postgres"
    sql() { psql -X -q -At -d "$PG_DB" -c "$1"; }
  fi
  cli() { (cd "$OUT" && dotnet "$CLI_DLL" --provider "$provider" --connection "$connection" "$@"); }

  log "[$provider] loading the demo data and the synthetic event ($CAPACITY places on site)"
  cli seed >>"$OUT/seed-$provider.log"
  cli seed-synthetic-event --slug "$SLUG" --on-site "$CAPACITY" | tee -a "$OUT/seed-$provider.log" >&2

  local port=""
  for candidate in $(shuf -i 20000-45000 -n 50); do
    if port_free "$candidate"; then port=$candidate; break; fi
  done
  [[ -n "$port" ]] || die "no free port found"
  local base="http://127.0.0.1:$port" mail="$OUT/mail-$provider"
  rm -rf "$mail"; mkdir -p "$mail"

  log "[$provider] starting the app (Release) on $base"
  (
    cd "$WEB_DIR"
    export ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false
    export Database__Provider="$app_provider"
    export ConnectionStrings__Modellregion="$connection"
    export Database__CreateFirstAdministrator=false
    export Api__PermitsPerMinute=0  # the load generator is one client address; the per-client limit would measure itself
    export Site__PublicBaseUrl="$base"
    export Email__Mode=Pickup
    export Email__PickupDirectory="$mail"
    # The flood limits per client address would stop a test that comes from one address; the race is what is measured.
    export Events__SubmissionLimit=1000000
    export Events__AttemptLimit=1000000
    exec dotnet "$WEB_DLL" --urls "$base"
  ) >"$OUT/app-$provider.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app-$provider.log"; die "the app exited during start-up"; }
    if curl -fsS -o /dev/null --max-time 2 "$base/health" 2>/dev/null; then break; fi
    [[ $i -eq 240 ]] && die "the app did not report healthy within 120 s"
    sleep 0.5
  done
  log "[$provider] app is healthy (pid $APP_PID); $REGISTRATIONS clients register at once"

  /usr/bin/python3 "$HERE/events_load.py" "$base" "$SLUG" "$REGISTRATIONS" "$mail" >"$OUT/load-$provider.json"

  local confirmed waiting offered unconfirmed taken capacity
  confirmed=$(sql "SELECT COUNT(*) FROM \"EventRegistrations\" r JOIN \"Events\" e ON e.\"Id\" = r.\"EventId\" WHERE e.\"Slug\" = '$SLUG' AND r.\"Status\" = 1" | tr -d '[:space:]')
  waiting=$(sql "SELECT COUNT(*) FROM \"EventRegistrations\" r JOIN \"Events\" e ON e.\"Id\" = r.\"EventId\" WHERE e.\"Slug\" = '$SLUG' AND r.\"Status\" = 2" | tr -d '[:space:]')
  offered=$(sql "SELECT COUNT(*) FROM \"EventRegistrations\" r JOIN \"Events\" e ON e.\"Id\" = r.\"EventId\" WHERE e.\"Slug\" = '$SLUG' AND r.\"Status\" = 3" | tr -d '[:space:]')
  unconfirmed=$(sql "SELECT COUNT(*) FROM \"EventRegistrations\" r JOIN \"Events\" e ON e.\"Id\" = r.\"EventId\" WHERE e.\"Slug\" = '$SLUG' AND r.\"Status\" = 0" | tr -d '[:space:]')
  taken=$(sql "SELECT t.\"Taken\" FROM \"EventTicketTypes\" t JOIN \"Events\" e ON e.\"Id\" = t.\"EventId\" WHERE e.\"Slug\" = '$SLUG'" | tr -d '[:space:]')
  capacity=$(sql "SELECT t.\"Capacity\" FROM \"EventTicketTypes\" t JOIN \"Events\" e ON e.\"Id\" = t.\"EventId\" WHERE e.\"Slug\" = '$SLUG'" | tr -d '[:space:]')
  local server_errors
  server_errors=$(grep -c '"Level":"Error"\|fail:' "$OUT/app-$provider.log" || true)
  /usr/bin/python3 - "$OUT/load-$provider.json" "$OUT/result-$provider.json" "$provider" "$confirmed" "$waiting" "$offered" "$unconfirmed" "$taken" "$capacity" "$server_errors" <<'PY'
import json, sys
load = json.load(open(sys.argv[1]))
keys = ["provider", "confirmed", "waiting", "offered", "unconfirmed", "taken", "capacity", "server_log_errors"]
values = [sys.argv[3]] + [int(v or 0) for v in sys.argv[4:]]
load["database"] = dict(zip(keys, values))
json.dump(load, open(sys.argv[2], "w"), indent=2)
PY
  log "[$provider] confirmed $confirmed, waiting $waiting, taken $taken of $capacity"
  stop_app
  drop_pg
}

for provider in $PROVIDERS; do
  run_provider "$provider"
done

/usr/bin/python3 - "$RESULTS" "$REGISTRATIONS" "$CAPACITY" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)" $(for p in $PROVIDERS; do echo "$OUT/result-$p.json"; done) <<'PY'
import json, sys
results_path, registrations, capacity, cores, when = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
runs = [json.load(open(p)) for p in sys.argv[6:]]
lines = [
    "# Registration load test: many registrations at once",
    "",
    f"Produced by `bench/events.sh` on {when} ({cores} cores, Release build, one app process on loopback). A synthetic event",
    f"(\"Lasttest-Kongress (synthetisch)\", marked as example data) with **{capacity} places on site**; **{registrations} clients**, each with",
    "its own session, open the event page and post the registration form at the same moment (a barrier releases all",
    "posts together); then every client confirms its address from the mailed link at the same moment (the double",
    "opt-in, where a place is taken or the person joins the waitlist). The flood limit per client address is raised",
    "for the run because every client comes from 127.0.0.1. As a reference from the same run, the same number of",
    "clients fetch a static file (`/lib/kern/LICENSE.md`) at once.",
    "",
    "| database | step | requests | answered 2xx/3xx | 4xx | 5xx or failed | p50 ms | p99 ms | max ms |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
]
for run in runs:
    db = run["database"]["provider"]
    for step, label in (("register", "register (POST form)"), ("confirm", "confirm (POST)"), ("static", "static file (GET)")):
        s = run[step]
        lines.append(f"| {db} | {label} | {s['requests']} | {s['ok']} | {s['client_errors']} | {s['server_errors']} | {s['p50']:.0f} | {s['p99']:.0f} | {s['max']:.0f} |")
lines += ["", "| database | places | confirmed | waiting | offered | unconfirmed | places taken (counter) | never more than the places | errors in the app log |", "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
for run in runs:
    d = run["database"]
    ok = "yes" if d["confirmed"] <= d["capacity"] and d["taken"] == d["confirmed"] + d["offered"] else "**NO**"
    lines.append(f"| {d['provider']} | {d['capacity']} | {d['confirmed']} | {d['waiting']} | {d['offered']} | {d['unconfirmed']} | {d['taken']} | {ok} | {d['server_log_errors']} |")
lines += ["", "Mails read: " + ", ".join(f"{r['database']['provider']} {r['mails']}" for r in runs) + ".", ""]
open(results_path, "w").write("\n".join(lines))
print("\n".join(lines))
PY
cp "$RESULTS" "$OUT/"
log "results written to $RESULTS"
