import glob, importlib, sys, re, collections, difflib
sys.path.insert(0,'.')
groups=[]
for f in sorted(glob.glob('score_b*.py')):
    m=importlib.import_module(f[:-3]); groups+=[(f,g) for g in m.GROUPS]
def sents(t):
    return [x for x in re.split(r'(?<=[.?!])\s+(?=[A-Z\'"])', t.strip()) if x]
resp=[]
for f,g in groups:
    for n in g['needs']:
        assert re.fullmatch(r'[a-z0-9-]+',n['id']); assert 2<=len(n['cues'])<=5,n
        for c in n['cues']: re.compile(c, re.I)
    for r,l in g['responses']:
        k=len(sents(r))
        if k>5: print(f"{f} {k} sents: {r}\n")
        resp.append(r)
op=collections.Counter(' '.join(r.split()[:2]).lower().strip(',.') for r in resp)
print('common openings:',[x for x in op.most_common(15) if x[1]>2])
for i in range(len(resp)):
    for j in range(i+1,len(resp)):
        if difflib.SequenceMatcher(None,resp[i],resp[j]).ratio()>0.6: print('SIMILAR:',resp[i][:60],'|',resp[j][:60])
