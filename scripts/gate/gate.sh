#!/usr/bin/env bash
# gate.sh REPO [FLOORFILE]: runs counts.sh on REPO; fails if any held-out/dev count or events falls below the floor,
# judged right falls or judged wrong rises. FLOORFILE default floor.txt beside this script (one line of KEY=VALUE).
REPO=$1; FLOOR=${2:-"$(dirname "$0")/floor.txt"}
now=$("$(dirname "$0")/counts.sh" "$REPO") || { echo "GATE ERROR: counts failed (see above)"; exit 2; }
echo "now:   $now"
echo "floor: $(cat $FLOOR)"
python3 - "$now" "$(cat $FLOOR)" <<'PY'
import sys
def parse(s): return dict(kv.split('=',1) for kv in s.split())
now, fl = parse(sys.argv[1]), parse(sys.argv[2])
bad, diff = [], []
for k, v in fl.items():
    if k not in now or now[k] == '':
        bad.append(f"{k} missing from the counts"); continue
    if '/' in v:
        r0, w0 = map(int, v.split('/')); r1, w1 = map(int, now[k].split('/'))
        if r1 < r0: bad.append(f"{k} right {r0}->{r1}")
        if w1 > w0: bad.append(f"{k} wrong {w0}->{w1}")
        if (r1, w1) != (r0, w0): diff.append(f"{k} {v}->{now[k]}")
    else:
        a, b = int(v), int(now[k])
        if b < a: bad.append(f"{k} {a}->{b}")
        if a != b: diff.append(f"{k} {a}->{b}")
print("changes:", ", ".join(diff) or "none")
if bad:
    print("GATE FAIL:", ", ".join(bad)); sys.exit(1)
print("GATE PASS")
PY
