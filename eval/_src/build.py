import glob, importlib, sys, json, random, collections
sys.path.insert(0,'.')
CRIT=["empathy.acknowledge","empathy.understand","empathy.explore","empathy.respect","anticipation.needs","anticipation.next-steps","kind-fit.fit"]
def write(path, rows):
    with open(path,'w',encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False)+'\n')

# ---- classify
cs=importlib.import_module('classify_src').CASES
rng=random.Random(20240611)
dev,test=[],[]
for k in ('first','second','third'):
    items=[c for c in cs if c[1]==k]; rng.shuffle(items)
    dev+=items[:28]; test+=items[28:]
rng.shuffle(dev); rng.shuffle(test)
n=0; out={}
for name,part in (('dev',dev),('test',test)):
    rows=[]
    for setting,kind,lines in part:
        n+=1; rows.append({"id":f"c{n:03d}","setting":setting,"kind":kind,"lines":lines})
    out[name]=rows
write('../classify/dev.jsonl',out['dev']); write('../classify/test.jsonl',out['test'])

# ---- score: split by context group so no context appears in both files
groups=[]
for f in sorted(glob.glob('score_b*.py')):
    groups+=importlib.import_module(f[:-3]).GROUPS
# seed situations kept in dev so tuning sees them (variants of them remain in test)
PIN_DEV=["I'm not actually his mum", "Is it cancer?", "gallbladder op", "FORTY minutes", "found this article in a journal", "Nothing's wrong, my bloods"]
PIN_TEST=["rung the surgery all day"]
def pick(seed):
    r=random.Random(seed); test=[]
    for k,ng in (('first',10),('second',9),('third',9)):
        forced=[g for g in groups if g['kind']==k and any(p in g['context'] for p in PIN_TEST)]
        gs=[g for g in groups if g['kind']==k and not any(p in g['context'] for p in PIN_DEV+PIN_TEST)]
        r.shuffle(gs); test+=forced+gs[:ng-len(forced)]
    return test
def dist(gs):
    c={x:collections.Counter() for x in CRIT}
    for g in gs:
        for _,l in g['responses']:
            for x,v in zip(CRIT,l.split()): c[x][int(v)]+=1
    return c
seed=int(sys.argv[1]) if len(sys.argv)>1 else None
for s in ([seed] if seed is not None else range(1,5000)):
    t=pick(s); size=sum(len(g['responses']) for g in t)
    if size!=85: continue
    d=dist(t)
    if all(d[x][v]>=4 for x in CRIT for v in range(3)): break
print('split seed',s)
tids={id(g) for g in t}
devg=[g for g in groups if id(g) not in tids]; testg=t
def pairs(gs, r):
    rows=[]
    for g in gs:
        for resp,l in g['responses']:
            rows.append((g,resp,l))
    r.shuffle(rows); return rows
r=random.Random(7)
n=0; out={}
for name,gs in (('dev',devg),('test',testg)):
    rows=[]
    for g,resp,l in pairs(gs,r):
        n+=1
        rows.append({"id":f"s{n:03d}","setting":g['setting'],"kind":g['kind'],"context":g['context'],
                     "anticipate":g['needs'],"response":resp,
                     "labels":dict(zip(CRIT,map(int,l.split())))})
    out[name]=rows
write('../score/dev.jsonl',out['dev']); write('../score/test.jsonl',out['test'])
print({k:len(v) for k,v in out.items()})
