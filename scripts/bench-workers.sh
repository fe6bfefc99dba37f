#!/bin/bash
# Measures queue workers (docs/scaling.md, PERFORMANCE.md): one run is a fresh
# PostgreSQL database, a standalone NATS JetStream server, the text corpora of
# ../shared/corpora published to the queue, then WORKERS processes of
#   GOMAXPROCS=1 dyad worker --drain --concurrency ${C:-2}
# (one core each, as if on their own machines); it prints articles/s from the
# first worker's start to the last one's exit, each worker's CPU seconds, and
# PostgreSQL's (the postmaster and all its backends, from /proc) and the NATS
# server's over the same span. "stored" is the steady rate without the
# workers' start-up (loading the dictionaries, ~0.3 s) and the drain's end:
# articles stored between the first commit seen and the last, from one
# connection counting the articles every 0.1 s. BATCH=N passes --batch N to
# the workers, WORKER_ARGS more flags (e.g. "--cpuprofile /tmp/w.prof" with
# one worker). Run as root on a Debian machine with PostgreSQL installed
# (apt-get install postgresql); the cluster is kept in /tmp/scale between runs
# (stop it with: runuser -u postgres -- $PGBIN/pg_ctl -D /tmp/scale/data stop).
#
#   go build -o /tmp/dyad ./cmd/dyad && scripts/bench-workers.sh /tmp/dyad 1 && scripts/bench-workers.sh /tmp/dyad 2
set -e
BIN=$(realpath "$1"); N=$2
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
D=/tmp/scale; mkdir -p $D
[ -x $D/nats-server ] || (cd "$(dirname "$0")/.." && go build -o $D/nats-server github.com/nats-io/nats-server/v2)
if ! runuser -u postgres -- $PGBIN/pg_ctl -D $D/data status >/dev/null 2>&1; then
  if ! [ -f $D/data/PG_VERSION ]; then
    rm -rf $D/data; mkdir -p $D/data; chown postgres $D $D/data
    runuser -u postgres -- $PGBIN/initdb -D $D/data -A trust -U dyad >/dev/null
  fi
  runuser -u postgres -- $PGBIN/pg_ctl -D $D/data -l $D/pg.log -w start -o "-p 55499 -k $D -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
fi
PG="postgres://dyad@127.0.0.1:55499/postgres?sslmode=disable"
psql "$PG" -q -c "DROP DATABASE IF EXISTS scale" -c "CREATE DATABASE scale" >/dev/null
DB="postgres://dyad@127.0.0.1:55499/scale?sslmode=disable"

# pgcpu prints the CPU seconds (user+system) used so far by the postmaster,
# its live backends and the backends that have exited (reaped: cutime+cstime).
pgcpu() {
  local pm ticks=0 p
  pm=$(head -1 $D/data/postmaster.pid)
  ticks=$(awk '{print $14+$15+$16+$17}' /proc/$pm/stat)
  for p in $(pgrep -P "$pm"); do
    ticks=$((ticks + $(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0)))
  done
  echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}

rm -rf $D/js; $D/nats-server -p 54222 -js -sd $D/js >$D/nats.log 2>&1 &
natspid=$!
trap 'kill $natspid 2>/dev/null || true' EXIT
sleep 1
Q=nats://127.0.0.1:54222
cd "$(dirname "$0")/../../shared/corpora"
$BIN ingest --queue $Q bbc_politics giveme5w1h guardian_ngec lee_abc_news reuters21578 >/dev/null 2>&1 || true
# the store's schema first, so workers do not race to migrate
$BIN events --db "$DB" --limit 1 >/dev/null 2>&1 || true
rm -f $D/w*.log
(while sleep 0.1; do echo "SELECT extract(epoch FROM clock_timestamp()), count(*) FROM articles;"; done) |
  psql -qtA -F' ' "$DB" >$D/progress.log 2>/dev/null &
progress=$!
pg0=$(pgcpu); nats0=$(awk '{print $14+$15}' /proc/$natspid/stat)
start=$(date +%s.%N)
pids=()
for i in $(seq 1 $N); do
  GOMAXPROCS=1 /usr/bin/time -f "worker$i cpu %U+%S" $BIN worker --queue $Q --db "$DB" --drain --concurrency ${C:-2} ${BATCH:+--batch $BATCH} $WORKER_ARGS >$D/w$i.log 2>&1 &
  pids+=($!)
done
wait "${pids[@]}"
end=$(date +%s.%N)
pg1=$(pgcpu); nats1=$(awk '{print $14+$15}' /proc/$natspid/stat)
sleep 0.2; kill $progress
n=$(psql "$DB" -tA -c "SELECT count(*) FROM articles")
stored=$(awk -v n=$n '$2 > 0 && t0 == "" {t0 = $1; c0 = $2} $2 == n && t1 == "" {t1 = $1} END {if (t1 > t0) printf "%d", (n - c0) / (t1 - t0); else print "?"}' $D/progress.log)
echo "workers=$N concurrency=${C:-2} articles=$n seconds=$(echo "$end - $start" | bc) rate=$(echo "$n / ($end - $start)" | bc) stored=$stored load=$(cut -d' ' -f1 /proc/loadavg) pg_cpu=$(echo "$pg1 - $pg0" | bc) nats_cpu=$(echo "scale=2; ($nats1 - $nats0) / $(getconf CLK_TCK)" | bc) $(grep -h cpu $D/w*.log | tr '\n' ' ')"
