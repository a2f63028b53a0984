#!/usr/bin/env bash
# Scale-out measurement: the random-page mix of bench/run.sh (paths from bench/paths.py, requests from bench/wrk.lua)
# against ONE node directly, ONE node behind nginx and TWO nodes behind nginx (the site from
# deploy/nginx/modellregion.conf, made runnable the same way as the cluster test: loopback ports, self-signed
# certificate, files in the run folder; the one-node site is the same file with only node A in its upstream), all on
# one PostgreSQL database. The three are measured in turn, REPEATS times, and the median is reported. Reports req/s,
# p99, the ratio 2 nodes / 1 node (both behind nginx with TLS, so that the proxy's cost is on both sides), CPU seconds
# per node, nginx and PostgreSQL (from /proc/<pid>/stat before and after), the static file through nginx as reference
# and the load average; writes bench/results-cluster.md (RESULTS).
#
#   PROJECTS=2000 DURATION=20s REPEATS=3 bench/cluster.sh
#
# Needs: dotnet, wrk, nginx, python3, psql, openssl and a local PostgreSQL (MODELLREGION_BENCH_PG, as bench/run.sh).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PROJECTS="${PROJECTS:-2000}"
REGIONS="${REGIONS:-20}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
# Before the first round each node gets this long over all paths, so that its code is compiled (tiered JIT) before
# anything is measured; a node pinned to one core needs far longer for that than the short WARMUP of each measurement.
WARMUP_STEADY="${WARMUP_STEADY:-45s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
SEED="${SEED:-42}"
REPEATS="${REPEATS:-3}"
# PIN=1: node A runs on CPU 0 only and node B on CPU 1 only (taskset), as if each had a machine of one core; wrk, nginx
# and PostgreSQL are not pinned. PIN=0: both nodes may use every core (on one machine they then compete for the same cores).
PIN="${PIN:-1}"
RESULTS="${RESULTS:-$HERE/results-cluster.md}"
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
pg_snapshot() { for p in $(pgrep -u postgres postgres || true); do echo "$p $(cpu_ticks "$p")"; done; }
# pg_delta BEFORE: CPU ticks of the PostgreSQL processes since the snapshot BEFORE (a process that started meanwhile
# counts whole; one that ended meanwhile is missing, so the figure is a lower bound, never negative)
pg_delta() { pg_snapshot | awk -v before="$1" 'BEGIN { n = split(before, l, "\n"); for (i = 1; i <= n; i++) { split(l[i], f, " "); if (f[1] != "") t[f[1]] = f[2] } }
  { d += ($1 in t) ? $2 - t[$1] : $2 } END { print d + 0 }'; }
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

start_node() { # NAME PORT CPU
  local pin=(); [[ "$PIN" == 1 ]] && pin=(taskset -c "$3")
  ( cd "$RUN/app" && ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false Https__Hsts=false Database__Provider=Postgres \
    ConnectionStrings__Modellregion="$PG;Database=$DB" Database__MigrateOnStart=false Database__CreateFirstAdministrator=false \
    OutputCache__Enabled=false Api__PermitsPerMinute=0 ReverseProxy__KnownProxies__0=127.0.0.1 Transfer__RemindersEnabled=false \
    exec "${pin[@]}" dotnet Modellregion.Web.dll --urls "http://127.0.0.1:$2" >"$RUN/$1.log" 2>&1 ) &
  PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$2/health" && return 0; sleep 0.5; done
  log "$1 did not start"; cat "$RUN/$1.log" >&2; exit 1
}
PORT_A=$(free_port); PORT_B=$(free_port); PORT_TLS=$(free_port); PORT_HTTP=$(free_port); PORT_TLS1=$(free_port); PORT_HTTP1=$(free_port)
start_node node-a "$PORT_A" 0; PID_A=${PIDS[-1]}
PID_A=$(pgrep -P "$PID_A" -f Modellregion.Web.dll || echo "$PID_A")
start_node node-b "$PORT_B" 1; PID_B=${PIDS[-1]}
PID_B=$(pgrep -P "$PID_B" -f Modellregion.Web.dll || echo "$PID_B")

log "path list (bench/paths.py)"
python3 "$HERE/paths.py" "http://127.0.0.1:$PORT_A" "$RUN" 200 50 "$SEED" >"$RUN/paths.json"
cat "$RUN"/paths-*.txt | grep -v '^$' >"$RUN/paths-all.txt" || true

log "nginx with deploy/nginx/modellregion.conf"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
  -keyout "$RUN/privkey.pem" -out "$RUN/fullchain.pem" >/dev/null 2>&1
# site NODES TLS HTTP NAME: the deploy site with the given upstream servers, ports and names
site() {
  sed -e '/server 10\.0\.0\.12/d' -e "s|server 10\.0\.0\.11:5000 max_fails=1 fail_timeout=10s;|$1|" \
    -e '/listen \[::\]/d' -e "s|listen 443 ssl http2;|listen 127.0.0.1:$2 ssl http2;|" -e "s|listen 80;|listen 127.0.0.1:$3;|" \
    -e "s|upstream modellregion |upstream $4 |" -e "s|proxy_pass http://modellregion;|proxy_pass http://$4;|" \
    -e "s|shared:modellregion_tls:|shared:$4_tls:|" -e "s|modellregion\.\(access\|error\)\.log|$4.\1.log|" \
    -e "s|/etc/ssl/modellregion/|$RUN/|" -e "s|/opt/modellregion/app/wwwroot|$RUN/app/wwwroot|" -e "s|/var/log/nginx/|$RUN/|" \
    "$ROOT/deploy/nginx/modellregion.conf"
}
{
  site "server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s; server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;" "$PORT_TLS" "$PORT_HTTP" modellregion
  site "server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;" "$PORT_TLS1" "$PORT_HTTP1" modellregion_one
} >"$RUN/site.conf"
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
  a=$(cpu_ticks "$PID_A"); b=$(cpu_ticks "$PID_B"); n=$(nginx_ticks); p=$(pg_snapshot)
  result=$(WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$HERE/wrk.lua" "$url" 2>&1 | awk '$1 == "RESULT" { print $4, $6 }')
  local secs=${DURATION%s}
  printf '%s %s %.1f %.1f %.1f %.1f %s\n' "$name" "$result" \
    "$(echo "($(cpu_ticks "$PID_A") - $a) / $HZ / $secs" | bc -l)" "$(echo "($(cpu_ticks "$PID_B") - $b) / $HZ / $secs" | bc -l)" \
    "$(echo "($(nginx_ticks) - $n) / $HZ / $secs" | bc -l)" "$(echo "$(pg_delta "$p") / $HZ / $secs" | bc -l)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

log "measuring ($DURATION each, $CONNECTIONS connections, $REPEATS rounds)"
: >"$RUN/measurements.txt"
log "steady warm-up: $WARMUP_STEADY on each node"
for port in "$PORT_A" "$PORT_B"; do
  WRK_PATHS="$RUN/paths-all.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP_STEADY" -s "$HERE/wrk.lua" "http://127.0.0.1:$port/" >/dev/null 2>&1 || true
done
measure static "https://127.0.0.1:$PORT_TLS/css/site.css" | tee -a "$RUN/measurements.txt" >&2
for round in $(seq 1 "$REPEATS"); do
  log "round $round of $REPEATS"
  measure direct "http://127.0.0.1:$PORT_A/" "$RUN/paths-all.txt" | tee -a "$RUN/measurements.txt" >&2
  measure one "https://127.0.0.1:$PORT_TLS1/" "$RUN/paths-all.txt" | tee -a "$RUN/measurements.txt" >&2
  measure two "https://127.0.0.1:$PORT_TLS/" "$RUN/paths-all.txt" | tee -a "$RUN/measurements.txt" >&2
done
measure static "https://127.0.0.1:$PORT_TLS/css/site.css" | tee -a "$RUN/measurements.txt" >&2
# median NAME: the repeat with the median req/s, as "rps p99 cpuA cpuB cpuNginx cpuPg load"; range LOW–HIGH of req/s
median() { awk -v n="$1" '$1 == n' "$RUN/measurements.txt" | sort -k2,2g | awk '{ row[NR] = $0 } END { split(row[int((NR + 1) / 2)], f, " "); print f[2], f[3], f[4], f[5], f[6], f[7], f[8] }'; }
range() { awk -v n="$1" '$1 == n { print $2 }' "$RUN/measurements.txt" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.0f–%.0f", lo, hi }'; }
read -r s_rps s_p99 _ <<<"$(median static)"
read -r d_rps d_p99 d_a d_b d_n d_pg d_load <<<"$(median direct)"
read -r o_rps o_p99 o_a o_b o_n o_pg o_load <<<"$(median one)"
read -r t_rps t_p99 t_a t_b t_n t_pg t_load <<<"$(median two)"
ratio=$(echo "$t_rps / $o_rps" | bc -l)
nginx_share=$(echo "$o_rps / $d_rps" | bc -l)
split=$(awk '$1 == "two" { a += $4; b += $5 } END { if (a + b > 0) printf "%.0f %% / %.0f %%", 100 * a / (a + b), 100 * b / (a + b) }' "$RUN/measurements.txt")

cat >"$RESULTS" <<MD
# Scale-out: one node vs. two nodes behind nginx

Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, PostgreSQL on the same machine; $PROJECTS synthetic projects in
$REGIONS regions plus the demo data; the random-page mix of \`bench/run.sh\` (all kinds of \`bench/paths.py\`, output
cache off), $CONNECTIONS connections, $DURATION per measurement after $WARMUP warm-up (and $WARMUP_STEADY on each node before the first). The three set-ups are
measured in turn, $REPEATS rounds; each row is the round with the median req/s (all rounds' range in brackets). CPU
in cores (CPU seconds per second), wrk's own CPU not included. $( [[ "$PIN" == 1 ]] && echo "Nodes pinned (\`PIN=1\`): node A on CPU 0, node B on CPU 1, each as on a machine of one core; wrk, nginx and PostgreSQL on either." || echo "Nodes not pinned (\`PIN=0\`): both nodes, wrk, nginx and PostgreSQL share both cores.")

| Measurement | req/s | p99 | node A CPU | node B CPU | nginx CPU | PostgreSQL CPU | load (1 min) |
|---|---:|---:|---:|---:|---:|---:|---:|
| Static file through nginx (reference, start and end) | $s_rps ($(range static)) | $s_p99 ms | – | – | – | – | – |
| Random pages, one node, directly | $d_rps ($(range direct)) | $d_p99 ms | $d_a | $d_b | $d_n | $d_pg | $d_load |
| Random pages, one node behind nginx (TLS) | $o_rps ($(range one)) | $o_p99 ms | $o_a | $o_b | $o_n | $o_pg | $o_load |
| Random pages, two nodes behind nginx (TLS) | $t_rps ($(range two)) | $t_p99 ms | $t_a | $t_b | $t_n | $t_pg | $t_load |

**Two nodes / one node, both behind nginx: $(printf '%.2f' "$ratio")** (aim where the database is not the bottleneck:
≥ 1.6). One node behind nginx / directly: $(printf '%.2f' "$nginx_share"). Share of the two nodes' CPU in the
two-node rounds (A / B): $split.

How to read these figures, and the reading of the run of 2026-12-06: \`bench/README.md\`, section "Scale-out".
MD
log "written $RESULTS"
