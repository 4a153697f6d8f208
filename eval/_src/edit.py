import re, glob, sys, json
def replace(prefix, new):
    hits=0
    for f in glob.glob('score_b*.py'):
        s=open(f).read()
        i=s.find('("'+prefix)
        if i<0: continue
        j=s.index('",\n', i)
        old=s[i:j+2]
        s=s[:i]+'('+json.dumps(new, ensure_ascii=False)+','+s[j+2:]
        open(f,'w').write(s); hits+=1
    assert hits==1,(prefix,hits)

def relabel(prefix, old, new, text_old=None, text_new=None):
    hits=0
    for f in glob.glob('score_b*.py'):
        s=open(f).read()
        i=s.find('("'+prefix)
        if i<0: continue
        j=s.index('",\n', i)
        k=s.index('"', j+3)  # start of label string
        e=s.index('"', k+1)
        assert s[k+1:e]==old,(prefix,s[k+1:e])
        seg=s[i:j]
        if text_old:
            assert text_old in seg,(prefix,text_old); seg=seg.replace(text_old,text_new)
        s=s[:i]+seg+s[j:k+1]+new+s[e:]
        open(f,'w').write(s); hits+=1
    assert hits==1,(prefix,hits)
