"""Validate spans.tsv against the corpus span list and the reference tables."""
import os as _os  # paths: shared/ beside the repository; reference tables in $SECRETOME_REF
_ROOT = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "..", "..", ".."))
SHARED = _os.path.join(_os.path.dirname(_ROOT), "shared", "data")
REF = _os.environ.get("SECRETOME_REF", "/work/ref")
import csv, os, re, sys, collections
D=SHARED + '/nerel-bio-train'
errs=[]
# 1. recompute distinct spans from the corpus
cnt=collections.Counter(); ndocs=0
for f in sorted(os.listdir(D)):
    if not f.endswith('.ann'): continue
    ndocs+=1
    txt=open(os.path.join(D,f[:-4]+'.txt'),encoding='utf-8').read()
    for line in open(os.path.join(D,f),encoding='utf-8'):
        if not line.startswith('T'): continue
        p=line.rstrip('\n').split('\t')
        typ,rest=p[1].split(' ',1)
        if typ not in ('CHEM','GENE','ANATOMY'): continue
        frags=[tuple(map(int,x.split())) for x in rest.split(';')]
        if ' '.join(txt[s:e] for s,e in frags)!=p[2]:
            errs.append(f'offset mismatch {f} {line.strip()}')
        cnt[(typ,p[2])]+=1
if ndocs!=509: errs.append(f'expected 509 docs, got {ndocs}')
# 2. reference tables
hg={}
for r in csv.DictReader(open(REF + '/hgnc_entries.tsv',encoding='utf-8'),delimiter='\t'):
    hg[r['HGNC ID']]=r
cl={r[0] for r in csv.reader(open(REF + '/cl_terms.tsv',encoding='utf-8'),delimiter='\t')}
ub={r[0]:r for r in csv.reader(open(REF + '/uberon_terms.tsv',encoding='utf-8'),delimiter='\t')}
fp={l.strip().split(',')[0] for l in open(REF + '/famplex_entities.csv',encoding='utf-8') if l.strip()}
CLASSES={'Cytokine','Chemokine','Adipokine','GrowthFactor','Enzyme','ProteaseInhibitor','ECMProtein','Receptor',
 'AdhesionMolecule','SurfaceMarker','VesicleMarker','Protein','NucleicAcid','CellType','Tissue','VesicleType','Secretome'}
PROT=CLASSES-{'NucleicAcid','CellType','Tissue','VesicleType','Secretome'}
REASONS={'drug','small molecule or metabolite','element or ion','food or mixture','organ','body part or region',
 'body fluid','vessel or duct','cell component or organelle','gene variant, allele, genotype, locus or chromosome',
 'non-human organism or its part','lab reagent or material','generic word','pathological structure'}
# symbol expected for HGNC ids: the table's approved symbol must be recorded in the symbols file
seen=collections.Counter()
rows=list(csv.reader(open('spans.tsv',encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
if rows[0]!=['nerel_type','text','count','in_scope','class','id','specific','reason']: errs.append('bad header')
for r in rows[1:]:
    if len(r)!=8: errs.append(f'bad row {r}'); continue
    typ,text,c,ins,cls,i,spec,reason=r
    k=(typ,text); seen[k]+=1
    if k not in cnt: errs.append(f'not in corpus {k}'); continue
    if int(c)!=cnt[k]: errs.append(f'count {k} {c}!={cnt[k]}')
    if ins=='1':
        if cls not in CLASSES: errs.append(f'bad class {r}')
        if spec not in ('0','1'): errs.append(f'bad specific {r}')
        if reason: errs.append(f'in-scope row with reason {r}')
        if spec=='0' and i: errs.append(f'generic row with id {r}')
        if i:
            if i.startswith('HGNC:'):
                h=hg.get(i)
                if not h: errs.append(f'unknown HGNC {r}')
                elif h['Status']!='Approved': errs.append(f'HGNC not approved {r}')
                if cls not in PROT|{'NucleicAcid'}: errs.append(f'HGNC id on non-gene class {r}')
            elif i.startswith('CL:'):
                if i not in cl: errs.append(f'unknown CL {r}')
                if cls!='CellType': errs.append(f'CL id on {cls} {r}')
            elif i.startswith('UBERON:'):
                if i not in ub: errs.append(f'unknown UBERON {r}')
                if cls!='Tissue': errs.append(f'UBERON id on {cls} {r}')
            elif i.startswith('FPLX:'):
                if i[5:] not in fp: errs.append(f'unknown FPLX {r}')
                if cls not in PROT: errs.append(f'FPLX on {cls} {r}')
            else: errs.append(f'bad id prefix {r}')
        if cls=='CellType' and i and not i.startswith('CL:'): errs.append(f'CellType id {r}')
        if cls=='Tissue' and i and not i.startswith('UBERON:'): errs.append(f'Tissue id {r}')
    elif ins=='0':
        if cls or i or spec: errs.append(f'out row with class/id {r}')
        if reason not in REASONS: errs.append(f'bad reason {r}')
    else: errs.append(f'bad in_scope {r}')
for k in cnt:
    if seen[k]!=1: errs.append(f'span {k} present {seen[k]} times')
# HGNC id <-> symbol consistency: symbols.tsv lists (id, symbol) used; check symbol matches table
if os.path.exists('hgnc_symbols_used.tsv'):
    for l in open('hgnc_symbols_used.tsv',encoding='utf-8'):
        i,s=l.rstrip('\n').split('\t')
        if hg.get(i,{}).get('Approved symbol')!=s: errs.append(f'HGNC symbol mismatch {i} {s}')
print(f'{ndocs} docs, {len(cnt)} distinct spans, {len(rows)-1} rows')
for e in errs[:50]: print('ERROR',e)
print('OK' if not errs else f'{len(errs)} errors'); sys.exit(1 if errs else 0)
