#!/usr/bin/env bash
# Runs every check and test on a fresh machine: installs what is missing (PostgreSQL, Chromium, libical
# for the calendar checks, aiosmtpd, the SMTP server the e-mail tests deliver to, and nginx for the deployment
# and cluster tests),
# starts PostgreSQL, builds, checks formatting and migrations, and runs the tests on SQLite, on PostgreSQL
# and in Chromium (journeys and the accessibility crawl).
#
# Every stage runs even when an earlier one failed (stages that need the build are reported as not run when it
# failed); the script ends with one line per stage (result, test counts, duration) and exits non-zero when any
# stage failed or could not run. Only files inside this repository are read.
# MODELLREGION_TEST_FILTER (a dotnet test --filter expression) narrows every test stage, e.g. to one class.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

RESULTS_DIR="$(mktemp -d)"
SMTP_DIR="$(mktemp -d)"
SMTP_PID=""
cleanup() {
  if [ -n "$SMTP_PID" ]; then kill "$SMTP_PID" 2>/dev/null || true; fi
  rm -rf "$SMTP_DIR" "$RESULTS_DIR"
}
trap cleanup EXIT

STAGE_NAMES=()
STAGE_STATES=()
STAGE_DETAILS=()
STAGE_SECONDS=()
STAGE_DETAIL=""

step() { printf '\n==> %s\n' "$*"; }

record() { # name state detail seconds
  STAGE_NAMES+=("$1"); STAGE_STATES+=("$2"); STAGE_DETAILS+=("$3"); STAGE_SECONDS+=("$4")
}

# run_stage NAME FUNCTION: runs the function, records passed/failed, its detail line and its duration.
run_stage() {
  local name="$1" started=$SECONDS status
  shift
  step "$name"
  STAGE_DETAIL=""
  "$@"
  status=$?
  if [ "$status" -eq 0 ]; then
    record "$name" passed "$STAGE_DETAIL" $((SECONDS - started))
  else
    record "$name" failed "${STAGE_DETAIL:-exit code $status}" $((SECONDS - started))
  fi
  return "$status"
}

not_run() { # NAME REASON
  step "$1 (not run: $2)"
  record "$1" "not run" "$2" 0
}

# --- stages ----------------------------------------------------------------------------------
install_requirements() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
  # nginx checks the deployment's site (nginx -t) and runs in front of two app nodes in the cluster test.
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  # The calendar tests check the iCalendar output with Debian's libical through Debian's Python.
  /usr/bin/python3 -c "import gi; gi.require_version('ICalGLib', '3.0')" >/dev/null 2>&1 || missing+=(python3 python3-gi gir1.2-ical-3.0)
  if [ ${#missing[@]} -eq 0 ]; then
    STAGE_DETAIL="everything present"
    return 0
  fi
  STAGE_DETAIL="installed ${missing[*]}"
  echo "Installing ${missing[*]}"
  $SUDO apt-get update -qq || return 1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

start_services() {
  local pg_version
  pg_version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$pg_version" ]; then
    STAGE_DETAIL="PostgreSQL is not installed"
    return 1
  fi
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx main; then
    $SUDO pg_createcluster "$pg_version" main >/dev/null || return 1
  fi
  $SUDO pg_ctlcluster "$pg_version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  if ! pg_isready -h 127.0.0.1 -p 5432; then
    STAGE_DETAIL="PostgreSQL does not answer on 127.0.0.1:5432"
    return 1
  fi
  $SUDO su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='modellregion'\"" | grep -q 1 \
    || $SUDO su postgres -c "psql -qc \"CREATE ROLE modellregion LOGIN PASSWORD 'modellregion' SUPERUSER\"" || return 1

  echo "Starting the SMTP test server (aiosmtpd, Maildir)"
  local port
  port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')" || return 1
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$SMTP_DIR/maildir" >/dev/null 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  export MODELLREGION_TEST_SMTP_PORT="$port" MODELLREGION_TEST_MAILDIR="$SMTP_DIR/maildir"
  STAGE_DETAIL="PostgreSQL $pg_version and SMTP on port $port"
}

build() { dotnet build Modellregion.slnx -c Debug -nologo -v q; }

check_format() { dotnet format Modellregion.slnx --verify-no-changes --no-restore -v q; }

# run_tests LABEL PROJECT [FILTER]: dotnet test with a TRX report; the detail line gets the counts from it.
run_tests() {
  local label="$1" project="$2" filter="${3:-}" status trx counters total executed passed failed skipped
  trx="$RESULTS_DIR/$label.trx"
  local args=(test "$project" --no-build -nologo --logger "trx;LogFileName=$trx")
  if [ -n "${MODELLREGION_TEST_FILTER:-}" ]; then filter="${filter:+$filter&}($MODELLREGION_TEST_FILTER)"; fi
  if [ -n "$filter" ]; then args+=(--filter "$filter"); fi
  dotnet "${args[@]}"
  status=$?
  if [ -f "$trx" ]; then
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    attr() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    total="$(attr total)"; executed="$(attr executed)"; passed="$(attr passed)"; failed="$(attr failed)"
    skipped=$(( ${total:-0} - ${executed:-0} ))
    STAGE_DETAIL="${passed:-0} passed, ${failed:-0} failed, $skipped skipped"
    TOTAL_PASSED=$(( TOTAL_PASSED + ${passed:-0} ))
    TOTAL_FAILED=$(( TOTAL_FAILED + ${failed:-0} ))
    TOTAL_SKIPPED=$(( TOTAL_SKIPPED + skipped ))
  else
    STAGE_DETAIL="no test report (exit code $status)"
  fi
  if [ "$status" -ne 0 ] && [ "${failed:-0}" = "0" ]; then
    STAGE_DETAIL="$STAGE_DETAIL; the test run itself failed (exit code $status)"
  elif [ "$status" -eq 0 ] && [ "${passed:-0}" = "0" ] && [ -z "${MODELLREGION_TEST_FILTER:-}" ]; then
    STAGE_DETAIL="$STAGE_DETAIL; no test ran"
    status=1
  fi
  return "$status"
}
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0

MIGRATION_TESTS="FullyQualifiedName~Modellregion.Tests.Features.Platform.MigrationTests"
migrations() { run_tests migrations tests/Modellregion.Tests "$MIGRATION_TESTS"; }
# The migration tests need no database; they run once, in their own stage.
tests_sqlite() { MODELLREGION_TEST_DB=sqlite run_tests sqlite tests/Modellregion.Tests "${MIGRATION_TESTS/\~/!~}"; }
tests_postgres() { MODELLREGION_TEST_DB=postgres run_tests postgres tests/Modellregion.Tests "${MIGRATION_TESTS/\~/!~}"; }
journeys() { run_tests chromium tests/Modellregion.EndToEnd; }

# --- run them --------------------------------------------------------------------------------
export MODELLREGION_TEST_PG="Host=127.0.0.1;Port=5432;Username=modellregion;Password=modellregion;Database=postgres"

run_stage "Install requirements" install_requirements
services_ok=true
run_stage "Start PostgreSQL and the SMTP test server" start_services || services_ok=false
build_ok=true
run_stage "Build (warnings are errors)" build || build_ok=false
run_stage "Formatting and code style" check_format

if $build_ok; then
  run_stage "Migrations match the model" migrations
  run_stage "Tests on SQLite" tests_sqlite
  if $services_ok; then
    run_stage "Tests on PostgreSQL" tests_postgres
  else
    not_run "Tests on PostgreSQL" "PostgreSQL did not start"
  fi
  run_stage "Journeys and accessibility in Chromium" journeys
else
  for name in "Migrations match the model" "Tests on SQLite" "Tests on PostgreSQL" "Journeys and accessibility in Chromium"; do
    not_run "$name" "the build failed"
  done
fi

# --- summary ---------------------------------------------------------------------------------
printf '\n==> Summary\n'
failures=0
for i in "${!STAGE_NAMES[@]}"; do
  seconds="${STAGE_SECONDS[$i]}"
  printf '%-8s %-42s %6s  %s\n' "${STAGE_STATES[$i]}" "${STAGE_NAMES[$i]}" "$((seconds / 60))m$(printf '%02d' $((seconds % 60)))s" "${STAGE_DETAILS[$i]}"
  [ "${STAGE_STATES[$i]}" = passed ] || failures=$((failures + 1))
done
echo
echo "Tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
if [ "$failures" -gt 0 ]; then
  echo "$failures of ${#STAGE_NAMES[@]} stages failed or did not run."
  exit 1
fi
echo "All ${#STAGE_NAMES[@]} stages passed."
