import glob, importlib, sys, collections
sys.path.insert(0,'.')
CRIT=["empathy.acknowledge","empathy.understand","empathy.explore","empathy.respect","anticipation.needs","anticipation.next-steps","kind-fit.fit"]
groups=[]
for f in sorted(glob.glob('score_b*.py')):
    m=importlib.import_module(f[:-3]); groups+=m.GROUPS
cnt={c:collections.Counter() for c in CRIT}; kinds=collections.Counter(); withneeds=0; n=0
for g in groups:
    for r,l in g['responses']:
        n+=1; kinds[g['kind']]+=1
        ls=list(map(int,l.split())); assert len(ls)==7,(r,l)
        if not g['needs']: assert ls[4]==0,r
        if len(g['needs'])==1: assert ls[4]!=1,r
        if g['needs']: withneeds+=1
        for c,v in zip(CRIT,ls): cnt[c][v]+=1
print(n,'pairs',len(groups),'groups',dict(kinds),'withneeds',withneeds)
for c in CRIT: print(f"{c:28s}",[cnt[c][i] for i in range(3)])
