import os as _os  # paths: shared/ beside the repository; reference tables in $SECRETOME_REF
_ROOT = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "..", "..", ".."))
SHARED = _os.path.join(_os.path.dirname(_ROOT), "shared", "data")
REF = _os.environ.get("SECRETOME_REF", "/work/ref")
import os, collections, csv
D=SHARED + '/nerel-bio-train'
cnt=collections.Counter(); docs=set()
for f in sorted(os.listdir(D)):
    if not f.endswith('.ann'): continue
    docs.add(f)
    txt=open(os.path.join(D,f[:-4]+'.txt'),encoding='utf-8').read()
    for line in open(os.path.join(D,f),encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.startswith('T'): continue
        parts=line.split('\t')
        typ,rest=parts[1].split(' ',1)
        if typ not in ('CHEM','GENE','ANATOMY'): continue
        text=parts[2]
        # verify offsets
        frags=[tuple(map(int,x.split())) for x in rest.split(';')]
        joined=' '.join(txt[s:e] for s,e in frags)
        assert joined==text or len(frags)>1, (f,line,joined)
        cnt[(typ,text)]+=1
print(len(docs),'docs', len(cnt),'distinct', sum(cnt.values()))
with open('distinct_spans.tsv','w',encoding='utf-8') as o:
    o.write('nerel_type\ttext\tcount\n')
    for (t,x),c in sorted(cnt.items()):
        o.write(f'{t}\t{x}\t{c}\n')
print(collections.Counter(t for t,x in cnt))
