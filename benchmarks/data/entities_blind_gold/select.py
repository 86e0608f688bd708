import os as _os  # paths: shared/ beside the repository; reference tables in $SECRETOME_REF
_ROOT = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "..", "..", ".."))
SHARED = _os.path.join(_os.path.dirname(_ROOT), "shared", "data")
REF = _os.environ.get("SECRETOME_REF", "/work/ref")
import os,re
B=SHARED + '/bilingual-abstracts'
ru={f.split('_')[0] for f in os.listdir(B+'/ru') if f.endswith('_ru.txt')}
en={f.split('_')[0] for f in os.listdir(B+'/en') if f.endswith('_en.txt')}
cand=sorted(ru&en)
dev=os.listdir(SHARED + '/nerel-bio-dev')
excl=set("25591652 25726786 25842923 25823269 25823274 25823275 25909608 26036067 26087637".split())
keep=[p for p in cand if p not in excl and not any(f.startswith(p) for f in dev)]
pat=r"клетк|cell|интерлейкин|interleukin|цитокин|cytokine|фактор\w* роста|growth factor|рецептор|receptor|фермент|enzyme|белк|белок|protein|ткан|tissue|коллаген|collagen|лимфоцит|lymphocyte|макрофаг|macrophage|металлопротеин|metalloprotein"
sc=[]
for p in keep:
    t=open(f'{B}/ru/{p}_ru.txt',encoding='utf-8').read().lower()+open(f'{B}/en/{p}_en.txt',encoding='utf-8').read().lower()
    sc.append((-len(re.findall(pat,t)),p))
sc.sort()
print(len(cand),len(keep))
for s,p in sc[:14]: print(p,-s)
