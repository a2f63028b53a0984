#!/usr/bin/env bash
# Scale-out measurement: the random-page mix of bench/run.sh (paths from bench/paths.py, requests from bench/wrk.lua)
# against ONE node and against TWO nodes behind nginx (the site from deploy/nginx/modellregion.conf, made runnable
# the same way as the cluster test: loopback ports, self-signed certificate, files in the run folder), all on one
# PostgreSQL database. Reports req/s, p99, the ratio 2 nodes / 1 node, CPU seconds per node, nginx and PostgreSQL
# (from /proc/<pid>/stat before and after), the static file through nginx as reference and the load average; writes
# bench/results-cluster.md.
#
#   PROJECTS=2000 DURATION=20s bench/cluster.sh
#
# Needs: dotnet, wrk, nginx, python3, psql, openssl and a local PostgreSQL (MODELLREGION_BENCH_PG, as bench/run.sh).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PROJECTS="${PROJECTS:-2000}"
REGIONS="${REGIONS:-20}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
SEED="${SEED:-42}"
PG="${MODELLREGION_BENCH_PG:-Host=127.0.0.1;Port=5432;Username=modellregion;Password=modellregion}"
DB="modellregion_cluster_$$"
RUN="$HERE/out/cluster-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$RUN/nginx.pid" ]] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
  psql "postgresql://modellregion:modellregion@127.0.0.1:5432/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
log() { printf '[cluster] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }   # utime + stime of one process
pg_ticks() { local t=0; for p in $(pgrep -u postgres postgres || true); do t=$((t + $(cpu_ticks "$p"))); done; echo "$t"; }
nginx_ticks() { # the master (its pid file) and its workers, whose command line does not name the run folder
  local t=0 master; master=$(cat "$RUN/nginx.pid" 2>/dev/null || true); [[ -n "$master" ]] || { echo 0; return; }
  for p in "$master" $(pgrep -P "$master" || true); do t=$((t + $(cpu_ticks "$p"))); done; echo "$t"; }
HZ=$(getconf CLK_TCK)

log "building and publishing (Release)"
dotnet publish "$ROOT/src/Modellregion.Web" -c Release -o "$RUN/app" -nologo -v q >/dev/null
dotnet build "$ROOT/src/Modellregion.Cli" -c Release -nologo -v q >/dev/null
CLI=(dotnet "$ROOT/src/Modellregion.Cli/bin/Release/net10.0/modellregion.dll" --provider postgres --connection "$PG;Database=$DB")

log "database $DB: migrate, demo data, $PROJECTS synthetic projects"
psql "postgresql://modellregion:modellregion@127.0.0.1:5432/postgres" -qc "CREATE DATABASE $DB" >/dev/null
"${CLI[@]}" migrate >/dev/null
"${CLI[@]}" seed >/dev/null
"${CLI[@]}" seed-synthetic --projects "$PROJECTS" --regions "$REGIONS" --seed "$SEED" >/dev/null

start_node() { # NAME PORT
  ( cd "$RUN/app" && ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false Https__Hsts=false Database__Provider=Postgres \
    ConnectionStrings__Modellregion="$PG;Database=$DB" Database__MigrateOnStart=false Database__CreateFirstAdministrator=false \
    OutputCache__Enabled=false Api__PermitsPerMinute=0 ReverseProxy__KnownProxies__0=127.0.0.1 Transfer__RemindersEnabled=false \
    exec dotnet Modellregion.Web.dll --urls "http://127.0.0.1:$2" >"$RUN/$1.log" 2>&1 ) &
  PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$2/health" && return 0; sleep 0.5; done
  log "$1 did not start"; cat "$RUN/$1.log" >&2; exit 1
}
PORT_A=$(free_port); PORT_B=$(free_port); PORT_TLS=$(free_port); PORT_HTTP=$(free_port)
start_node node-a "$PORT_A"; PID_A=${PIDS[-1]}
PID_A=$(pgrep -P "$PID_A" -f Modellregion.Web.dll || echo "$PID_A")
start_node node-b "$PORT_B"; PID_B=${PIDS[-1]}
PID_B=$(pgrep -P "$PID_B" -f Modellregion.Web.dll || echo "$PID_B")

log "path list (bench/paths.py)"
python3 "$HERE/paths.py" "http://127.0.0.1:$PORT_A" "$RUN" 200 50 "$SEED" >"$RUN/paths.json"
cat "$RUN"/paths-*.txt | grep -v '^$' >"$RUN/paths-all.txt" || true

log "nginx with deploy/nginx/modellregion.conf"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
  -keyout "$RUN/privkey.pem" -out "$RUN/fullchain.pem" >/dev/null 2>&1
sed -e '/server 10\.0\.0\.12/d' -e "s|server 10\.0\.0\.11:5000|server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s; server 127.0.0.1:$PORT_B|" \
    -e '/listen \[::\]/d' -e "s|listen 443 ssl http2;|listen 127.0.0.1:$PORT_TLS ssl http2;|" -e "s|listen 80;|listen 127.0.0.1:$PORT_HTTP;|" \
    -e "s|/etc/ssl/modellregion/|$RUN/|" -e "s|/opt/modellregion/app/wwwroot|$RUN/app/wwwroot|" -e "s|/var/log/nginx/|$RUN/|" \
    "$ROOT/deploy/nginx/modellregion.conf" >"$RUN/site.conf"
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  client_body_temp_path $RUN/client_body; proxy_temp_path $RUN/proxy; fastcgi_temp_path $RUN/fastcgi;
  uwsgi_temp_path $RUN/uwsgi; scgi_temp_path $RUN/scgi; access_log off;
  include $RUN/site.conf;
}
CONF
nginx -p "$RUN/" -c "$RUN/nginx.conf"

# measure NAME URL [WRK_PATHS] -> "rps p99 cpuA cpuB cpuNginx cpuPg load"
measure() {
  local name=$1 url=$2 paths=${3:-} a b n p result
  WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/wrk.lua" "$url" >/dev/null 2>&1 || true
  a=$(cpu_ticks "$PID_A"); b=$(cpu_ticks "$PID_B"); n=$(nginx_ticks); p=$(pg_ticks)
  result=$(WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$HERE/wrk.lua" "$url" 2>&1 | awk '$1 == "RESULT" { print $4, $6 }')
  local secs=${DURATION%s}
  printf '%s %s %.1f %.1f %.1f %.1f %s\n' "$name" "$result" \
    "$(echo "($(cpu_ticks "$PID_A") - $a) / $HZ / $secs" | bc -l)" "$(echo "($(cpu_ticks "$PID_B") - $b) / $HZ / $secs" | bc -l)" \
    "$(echo "($(nginx_ticks) - $n) / $HZ / $secs" | bc -l)" "$(echo "($(pg_ticks) - $p) / $HZ / $secs" | bc -l)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

log "measuring ($DURATION each, $CONNECTIONS connections)"
STATIC=$(measure static "https://127.0.0.1:$PORT_TLS/css/site.css")
ONE=$(measure one-node "http://127.0.0.1:$PORT_A/" "$RUN/paths-all.txt")
TWO=$(measure two-nodes "https://127.0.0.1:$PORT_TLS/" "$RUN/paths-all.txt")
echo "$STATIC"; echo "$ONE"; echo "$TWO"
read -r _ s_rps s_p99 _ <<<"$STATIC"
read -r _ o_rps o_p99 o_a o_b o_n o_pg o_load <<<"$ONE"
read -r _ t_rps t_p99 t_a t_b t_n t_pg t_load <<<"$TWO"
ratio=$(echo "$t_rps / $o_rps" | bc -l)

cat >"$HERE/results-cluster.md" <<MD
# Scale-out: one node vs. two nodes behind nginx

Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, PostgreSQL on the same machine; $PROJECTS synthetic projects in
$REGIONS regions plus the demo data; the random-page mix of \`bench/run.sh\` (all kinds of \`bench/paths.py\`, output
cache off), $CONNECTIONS connections, $DURATION per measurement after $WARMUP warm-up. CPU in cores (CPU seconds per second).

| Measurement | req/s | p99 | node A CPU | node B CPU | nginx CPU | PostgreSQL CPU | load (1 min) |
|---|---:|---:|---:|---:|---:|---:|---:|
| Static file through nginx (reference) | $s_rps | $s_p99 ms | – | – | – | – | – |
| Random pages, one node (direct) | $o_rps | $o_p99 ms | $o_a | $o_b | $o_n | $o_pg | $o_load |
| Random pages, two nodes behind nginx (TLS) | $t_rps | $t_p99 ms | $t_a | $t_b | $t_n | $t_pg | $t_load |

Two nodes / one node: **$(printf '%.2f' "$ratio")**.

How to read these figures, and the reading of the run of 2026-12-06: \`bench/README.md\`, section "Scale-out".
MD
log "written bench/results-cluster.md"
