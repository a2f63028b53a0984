#!/usr/bin/env bash
# Runs every check and test on a fresh machine: installs what is missing (PostgreSQL, Chromium, libical
# for the calendar checks, and aiosmtpd, the SMTP server the e-mail tests deliver to),
# starts PostgreSQL, checks formatting and migrations, and runs the tests on SQLite, on PostgreSQL
# and in Chromium (journeys and the accessibility crawl).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

step() { printf '\n==> %s\n' "$*"; }

# --- what the tests need ---------------------------------------------------------------------
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
# The calendar tests check the iCalendar output with Debian's libical through Debian's Python.
/usr/bin/python3 -c "import gi; gi.require_version('ICalGLib', '3.0')" >/dev/null 2>&1 || missing+=(python3 python3-gi gir1.2-ical-3.0)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "Starting PostgreSQL"
PG_VERSION="$(ls /etc/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx main; then
  $SUDO pg_createcluster "$PG_VERSION" main >/dev/null
fi
$SUDO pg_ctlcluster "$PG_VERSION" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432
$SUDO su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='modellregion'\"" | grep -q 1 \
  || $SUDO su postgres -c "psql -qc \"CREATE ROLE modellregion LOGIN PASSWORD 'modellregion' SUPERUSER\""
export MODELLREGION_TEST_PG="Host=127.0.0.1;Port=5432;Username=modellregion;Password=modellregion;Database=postgres"

step "Starting the SMTP test server (aiosmtpd, Maildir)"
SMTP_DIR="$(mktemp -d)"
SMTP_PORT="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$SMTP_DIR/maildir" >/dev/null 2>&1 &
SMTP_PID=$!
trap 'kill "$SMTP_PID" 2>/dev/null || true; rm -rf "$SMTP_DIR"' EXIT
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && break; sleep 0.1; done
export MODELLREGION_TEST_SMTP_PORT="$SMTP_PORT" MODELLREGION_TEST_MAILDIR="$SMTP_DIR/maildir"

# --- build and static checks -----------------------------------------------------------------
step "Building (warnings are errors)"
dotnet build Modellregion.slnx -c Debug -nologo -v q

step "Checking formatting and code style"
dotnet format Modellregion.slnx --verify-no-changes --no-restore -v q

# --- tests -----------------------------------------------------------------------------------
step "Tests on SQLite"
MODELLREGION_TEST_DB=sqlite dotnet test tests/Modellregion.Tests --no-build -nologo

step "Tests on PostgreSQL"
MODELLREGION_TEST_DB=postgres dotnet test tests/Modellregion.Tests --no-build -nologo

step "Journeys and accessibility in Chromium"
dotnet test tests/Modellregion.EndToEnd --no-build -nologo

step "All checks and tests passed."
