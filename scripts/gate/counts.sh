#!/usr/bin/env bash
# counts.sh REPO [BIN]: labelled gate counts (2*match-emit at root level per held-out/dev set; events.jsonl matches; judged right/wrong)
set -e
REPO=$1; BIN=${2:-}
cd "$REPO"
if [ -z "$BIN" ]; then BIN=$(mktemp /tmp/dyadc.XXXX); trap 'rm -f "$BIN"' EXIT; go build -o "$BIN" ./cmd/dyad || { echo "counts.sh: build failed in $REPO" >&2; exit 2; }; fi
"$BIN" eval -q $REPO/testdata/gold/events-dev34-wire.jsonl >/dev/null 2>&1 || { echo "counts.sh: $BIN eval fails: $("$BIN" eval -q $REPO/testdata/gold/events-dev34-wire.jsonl 2>&1 | head -3)" >&2; exit 2; }
G=testdata/gold
sc() { "$BIN" eval -q "$1" 2>/dev/null | awk '$1=="root"{print 2*$7-$6; exit}'; }
mt() { "$BIN" eval -q "$1" 2>/dev/null | awk '$1=="root"{print $7; exit}'; }
older=0
for f in $G/events-unseen.jsonl $G/events-unseen{2,3,4,5,6,7}.jsonl $G/realnews-unseen.jsonl $G/realnews-unseen2.jsonl; do older=$((older+$(sc $f))); done
out="OLDER=$older"
for n in $(ls $G/events-unseen*.jsonl | sed -n 's/.*unseen\([0-9]*\)\.jsonl/\1/p' | sort -n); do [ "$n" -ge 8 ] && out="$out u$n=$(sc $G/events-unseen$n.jsonl)"; done
ev=$("$BIN" eval -q $G/events.jsonl 2>/dev/null | awk '$1=="root"{print $7; exit}')
out="$out events=$ev"
for n in $(ls $G/events-dev*-wire.jsonl | sed -n 's/.*dev\([0-9]*\)-wire\.jsonl/\1/p' | sort -n); do [ "$n" -ge 12 ] && out="$out d$n=$(mt $G/events-dev$n-wire.jsonl)"; done
j=$("$BIN" eval -q $G/judged/realnews.jsonl 2>/dev/null | sed -n 's/.*still judged [0-9]* (right \([0-9]*\), wrong \([0-9]*\);.*/\1\/\2/p')
r=$("$BIN" eval -q $G/judged/realnews-unseen.jsonl 2>/dev/null | sed -n 's/.*still judged [0-9]* (right \([0-9]*\), wrong \([0-9]*\);.*/\1\/\2/p')
echo "$out judged=$j ru=$r"
