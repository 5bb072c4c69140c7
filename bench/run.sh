#!/usr/bin/env bash
# Atrium platform benchmark: prints numbers, asserts nothing.
#   bench/run.sh [SESSIONS]   (default 30)
# Measures on a fresh copy of the distribution with demo data, on loopback only:
#   - cold start to login page, first start (creates schema, admin, demo data) and second start
#   - RSS of the Karaf JVM after start
#   - heap per idle signed-in dashboard session: heap after full GC with W warm-up sessions plus N
#     sessions open and idle, minus heap with the W warm-up sessions only, / N. The warm-up sessions
#     (BENCH_WARMUP, default 10) take the one-time costs out of the per-session figure: classes loaded
#     and caches filled by the first sign-in and the first dashboard.
# BENCH_STARTS (default 3): how many later starts to time; BENCH_HISTO=1 keeps class histograms of the heap
# before and after the measured sessions in bench/target (what a session holds).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SESSIONS=${1:-30}
PORT=${BENCH_PORT:-8281}
WORK=$ROOT/bench/target
DIST=$(ls features/atrium-distribution/target/atrium-distribution-*.tar.gz 2>/dev/null | head -n1 || true)
if [ -z "$DIST" ]; then
  mvn -q -B -DskipTests install
  DIST=$(ls features/atrium-distribution/target/atrium-distribution-*.tar.gz | head -n1)
fi
command -v chromium >/dev/null || { echo "needs Debian chromium (./atrium test installs it)"; exit 2; }
if [ ! -d bench/node_modules/playwright-core ]; then (cd bench && npm install --silent --no-audit --no-fund); fi

rm -rf "$WORK" && mkdir -p "$WORK"
tar -xzf "$DIST" -C "$WORK"
KARAF=$(ls -d "$WORK"/*/ | head -n1)
KARAF=${KARAF%/}
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$KARAF/etc/org.ops4j.pax.web.cfg"
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)a1
printf 'password = %s\n' "$PASSWORD" > "$KARAF/etc/org.atrium.demo.cfg"

karaf_pid() { pgrep -f "karaf.base=$KARAF" | head -n1; }
stop_karaf() {
  "$KARAF/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do [ -z "$(karaf_pid)" ] && return; sleep 1; done
  kill -9 "$(karaf_pid)" 2>/dev/null || true
}
trap stop_karaf EXIT

# seconds from the start command until the login form is on screen in headless Chromium (the browser is
# launched before the clock starts: its own start-up is not the portal's)
start_and_time() {
  node bench/loginpage.mjs "http://127.0.0.1:$PORT/" "$KARAF/bin/start"
}
heap_used_kb() {
  local pid=$1
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n1
}

FIRST=$(start_and_time)
# the demo group is written in the background after the login page is up; let it finish, or the
# second start would write it again (the interrupted load rolls back)
for _ in $(seq 1 180); do
  grep -q "CRM demo data loaded" "$KARAF/data/log/karaf.log" 2>/dev/null && break
  sleep 1
done
DEMO=$(sed -n 's/.*CRM demo data loaded: .* in \([0-9]*\) ms;.*/\1/p' "$KARAF/data/log/karaf.log" | head -n1)
stop_karaf
# later starts of the installed distribution: BENCH_STARTS of them (default 3), the median reported
STARTS=()
for i in $(seq 1 "${BENCH_STARTS:-3}"); do
  [ "$i" -gt 1 ] && { sleep 2; stop_karaf; sleep 3; }
  STARTS+=("$(start_and_time)")
done
SECOND=$(printf '%s\n' "${STARTS[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
sleep 5
PID=$(karaf_pid)
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
LOGIN=$(awk -F'\t' 'NR>1 && $1 != "" {print $1; exit}' "$KARAF/data/atrium/demo-users.txt")

WARMUP=${BENCH_WARMUP:-10}
# open_sessions NAME COUNT FD: signs COUNT sessions in and keeps them open (until "close" on FD)
open_sessions() {
  local name=$1 count=$2 fd=$3 fifo=$WORK/$1.in
  mkfifo "$fifo"
  node bench/sessions.mjs "http://127.0.0.1:$PORT/" "$LOGIN" "$PASSWORD" "$count" <"$fifo" >"$WORK/$name.out" 2>&1 &
  local pid=$!
  eval "exec $fd>\"$fifo\""
  for _ in $(seq 1 600); do
    grep -q '^READY' "$WORK/$name.out" && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/$name.out"; echo "the session driver failed" >&2; exit 1; }
    sleep 1
  done
  grep -q '^READY' "$WORK/$name.out" || { echo "sessions not ready after 600 s" >&2; exit 1; }
}
# idle sessions: let the browsers' keep-alive connections time out (Jetty closes idle connections
# after 30 s) so that what remains on the heap is the sessions, not connection buffers
idle() { sleep "${BENCH_IDLE_SECONDS:-45}"; }

open_sessions warmup "$WARMUP" 6
idle
BEFORE=$(heap_used_kb "$PID")
[ -n "${BENCH_HISTO:-}" ] && jcmd "$PID" GC.class_histogram > "$WORK/histo-before.txt"
open_sessions sessions "$SESSIONS" 7
idle
AFTER=$(heap_used_kb "$PID")
[ -n "${BENCH_HISTO:-}" ] && jcmd "$PID" GC.class_histogram > "$WORK/histo-after.txt"
READY=$(grep '^READY' "$WORK/sessions.out")
echo close >&7
echo close >&6
exec 7>&- 6>&-
wait 2>/dev/null || true

echo "== Atrium benchmark ($(nproc) cores, $(date -u +%F)) =="
echo "cold start to login page, first start (schema, admin, demo data): ${FIRST} s"
echo "cold start to login page, later starts (median of ${STARTS[*]}):    ${SECOND} s"
echo "CRM demo data written in the background of the first start in:    ${DEMO:-?} ms"
echo "RSS after start:                                                  $((RSS_KB / 1024)) MB"
echo "heap after full GC: with ${WARMUP} warm-up sessions ${BEFORE} KB, with ${SESSIONS} more ${AFTER} KB"
echo "heap per signed-in dashboard session:                             $(( (AFTER - BEFORE) / SESSIONS )) KB"
echo "$READY"
