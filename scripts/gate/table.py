#!/usr/bin/env python3
"""table.py BIN REPO SESSION: rewrite README.md's big accuracy table, the held-out table's "now"
column and the real-news table's "now" column from `BIN eval -q` on REPO's gold files."""
import sys, subprocess, re, glob, os
BIN, REPO, SESSION = sys.argv[1], sys.argv[2], sys.argv[3]
G = os.path.join(REPO, 'testdata/gold')
cache = {}
def ev(name):
    if name in cache: return cache[name]
    out = subprocess.run([BIN, 'eval', '-q', os.path.join(G, name)], capture_output=True, text=True, cwd=REPO).stdout
    m = {}
    for l in out.split('\n'):
        f = l.split()
        if not f: continue
        if f[0] in ('root', 'PLOVER', 'actors'):
            m[f[0]] = tuple(float(x) for x in f[1:4]) + tuple(int(x) for x in f[4:7])
        elif f[0] == 'full' and f[1] == 'code':
            m['full'] = tuple(float(x) for x in f[2:5])
        elif l.startswith('status agreement'):
            m['status'] = float(re.search(r'\(([\d.]+)\)', l).group(1))
        elif l.startswith('date agreement'):
            m['date'] = float(re.search(r'\(([\d.]+)\)', l).group(1))
        elif l.startswith('sentences'):
            mm = re.match(r'sentences (\d+), gold events (\d+)', l); m['n'] = (int(mm.group(1)), int(mm.group(2)))
    cache[name] = m
    return m
f3 = lambda x: '%.3f' % x
def prf(m): return '%s / %s / **%s**' % (f3(m['root'][0]), f3(m['root'][1]), f3(m['root'][2]))
def num(n): return '{:,}'.format(n)
unseen = sorted([int(re.search(r'unseen(\d+)', p).group(1)) for p in glob.glob(G + '/events-unseen*.jsonl') if re.search(r'unseen\d+\.', p)])
late = [n for n in unseen if n >= 8]
devs = sorted([p for p in glob.glob(G + '/events-dev*.jsonl') if not re.search(r'events-dev2?\.jsonl$', p)], key=lambda p: [int(x) for x in re.findall(r'\d+', os.path.basename(p))] + [p])
devs = [os.path.basename(p) for p in devs]
wires = sorted([d for d in devs if d.endswith('-wire.jsonl')], key=lambda d: int(re.search(r'dev(\d+)', d).group(1)))
early = ['events-unseen.jsonl'] + ['events-unseen%d.jsonl' % i for i in range(2, 6)]
def rng(vals, fmt=f3): return '%s – %s' % (fmt(min(vals)), fmt(max(vals)))
hdr = ['what', 'tuned (%s sentences, %s events)' % tuple(map(num, ev('events.jsonl')['n'])),
       'dev + dev 2 (%s, %s)' % (ev('events-dev.jsonl')['n'][0] + ev('events-dev2.jsonl')['n'][0], ev('events-dev.jsonl')['n'][1] + ev('events-dev2.jsonl')['n'][1]),
       'dev 3 – dev %d (%d files)' % (int(re.search(r'dev(\d+)', wires[-1]).group(1)), len(devs)),
       'held out 1 – 5 (%s, %s)' % (num(sum(ev(e)['n'][0] for e in early)), num(sum(ev(e)['n'][1] for e in early)))]
for n in [6, 7] + late:
    s, e = ev('events-unseen%d.jsonl' % n)['n']; hdr.append('held out %d (%s, %s)' % (n, num(s), num(e)))
def col(name, row):
    m = ev(name)
    if row == 'root': return prf(m)
    if row == 'full': return f3(m['full'][2])
    if row == 'plover': return f3(m['PLOVER'][2])
    if row == 'who': return '%s / %s' % (f3(m['actors'][0]), f3(m['actors'][1]))
    if row == 'status': return f3(m['status'])
    if row == 'date':
        n = re.search(r'unseen(\d+)', name)
        if n and int(n.group(1)) in (6, 7, 8, 9): return '(no dates in the gold)'
        return f3(m['date'])
rows = [('events, root level: P / R / **F1**', 'root'), ('events, full CAMEO code F1', 'full'), ('PLOVER event type F1', 'plover'),
        ('who did it to whom (source and target right, any code): P / R', 'who'), ('status on matched events', 'status'),
        ('date (and its precision) on matched events', 'date')]
lines = ['| ' + ' | '.join(hdr) + ' |', '|' + '---|' * len(hdr)]
for label, r in rows:
    c = [label, col('events.jsonl', r).replace('**', '') if r == 'root' and False else col('events.jsonl', r)]
    if r == 'root':
        c[1] = prf(ev('events.jsonl'))
        c.append('**%s**; **%s**' % (f3(ev('events-dev.jsonl')['root'][2]), f3(ev('events-dev2.jsonl')['root'][2])))
        c.append('**%s** (%s)' % (rng([ev(d)['root'][2] for d in devs]), ', '.join('%s %s' % (d[len('events-'):-len('.jsonl')], prf(ev(d))) for d in wires if int(re.search(r'dev(\d+)', d).group(1)) >= 8)))
        c.append('**%s**' % ', '.join(f3(ev(e)['root'][2]) for e in early))
    elif r == 'who':
        c.append('; '.join(col(d, r) for d in ['events-dev.jsonl', 'events-dev2.jsonl']))
        c.append('%s – %s / %s – %s' % ('%.2f' % min(ev(d)['actors'][0] for d in devs), '%.2f' % max(ev(d)['actors'][0] for d in devs), '%.2f' % min(ev(d)['actors'][1] for d in devs), '%.2f' % max(ev(d)['actors'][1] for d in devs)))
        c.append('%s … %s' % (col(early[0], r), col(early[-1], r)))
    else:
        c.append('; '.join(col(d, r) for d in ['events-dev.jsonl', 'events-dev2.jsonl']))
        key = {'full': lambda m: m['full'][2], 'plover': lambda m: m['PLOVER'][2], 'status': lambda m: m['status'], 'date': lambda m: m['date']}[r]
        c.append(rng([key(ev(d)) for d in devs if r != 'date' or 'date' in ev(d)]))
        c.append(', '.join(col(e, r) for e in early) if r in ('full', 'plover') else rng([key(ev(e)) for e in early if r != 'date' or 'date' in ev(e)]))
    for n in [6, 7] + late: c.append(col('events-unseen%d.jsonl' % n, r))
    lines.append('| ' + ' | '.join(c) + ' |')
readme = open(os.path.join(REPO, 'README.md')).read().split('\n')
i = next(k for k, l in enumerate(readme) if l.startswith('| what | tuned'))
readme[i:i + 8] = lines
# held-out table: now column
j = next(k for k, l in enumerate(readme) if l.startswith('| held out (twin) |'))
readme[j] = re.sub(r'now \(session \d+\)', 'now (session %s)' % SESSION, readme[j])
k = j + 2
while readme[k].startswith('|'):
    cells = readme[k].split(' | ')
    n = int(re.match(r'\| (\d+) ', readme[k]).group(1))
    if os.path.exists(os.path.join(G, 'events-unseen%d.jsonl' % n)):
        cells[-1] = f3(ev('events-unseen%d.jsonl' % n)['root'][2]) + ' |'
        readme[k] = ' | '.join(cells)
    k += 1
# real news table
j = next(k for k, l in enumerate(readme) if l.startswith('| real news, root level'))
readme[j] = re.sub(r'now \(session \d+\)', 'now (session %s)' % SESSION, readme[j])
for k in range(j + 2, j + 6):
    name = re.search(r'`([^`]+)`', readme[k]).group(1)
    cells = readme[k].split(' | ')
    cells[-2] = prf(ev(name))
    readme[k] = ' | '.join(cells)
open(os.path.join(REPO, 'README.md'), 'w').write('\n'.join(readme))
print('ok; older-score parts:', {e: 2 * ev(e)['root'][5] - ev(e)['root'][4] for e in early + ['events-unseen6.jsonl', 'events-unseen7.jsonl', 'realnews-unseen.jsonl', 'realnews-unseen2.jsonl']})
