"""Independent checker for mentions.tsv (does not import annotations.py)."""
import os as _os  # paths: shared/ beside the repository; reference tables in $SECRETOME_REF
_ROOT = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "..", "..", ".."))
SHARED = _os.path.join(_os.path.dirname(_ROOT), "shared", "data")
REF = _os.environ.get("SECRETOME_REF", "/work/ref")
import csv, sys, os
B = SHARED + '/bilingual-abstracts'
CLASSES = {'Cytokine','Chemokine','Adipokine','GrowthFactor','Enzyme','ProteaseInhibitor','ECMProtein','Receptor',
           'AdhesionMolecule','SurfaceMarker','VesicleMarker','Protein','NucleicAcid','CellType','Tissue',
           'VesicleType','Secretome'}
PROT = CLASSES - {'CellType','Tissue','VesicleType','Secretome'}
SELECTED = '26485778 26978232 26569010 26356163 26087638 26226776 27030431 26978233 27030325 26145744'.split()
# expected approved HGNC symbol for every surface form that carries an HGNC id (hand lexicon)
LEX = {
 'PGP9,5':'UCHL1','PGP9.5':'UCHL1','protein gene product 9.5':'UCHL1',
 'амфирегулина':'AREG','amphiregulin':'AREG','семафорина-3А':'SEMA3A','semaphorin 3A':'SEMA3A',
 'пептида, связанного с геном кальцитонина':'CALCA','calcitonin gene-related peptide':'CALCA','CGRP':'CALCA',
 'фактора роста нервов':'NGF','nerve growth factor':'NGF','NGF':'NGF','TrkA':'NTRK1',
 'рецепторов к фактору роста нервов':'NTRK1','вещества Р':'TAC1','substance P':'TAC1','SP':'TAC1',
 'SP-R':'TACR1','рецептора к веществу Р':'TACR1',
 'SSTR-2':'SSTR2','SSTR2':'SSTR2','рецепторам соматостатина 2-го типа':'SSTR2','рецепторы соматостатина 2-го типа':'SSTR2',
 'рецепторов соматостатина 2-го типа':'SSTR2','somatostatin receptor type 2':'SSTR2',
 'интерлейкин-6':'IL6','IL-6':'IL6','IL-10':'IL10','интерлейкина-1β':'IL1B','interleukin 1-beta':'IL1B',
 'С-реактивный белок':'CRP','C-reactive protein':'CRP','С-реактивного белка':'CRP',
 'циклооксигеназа-2':'PTGS2','cyclooxygenase-2':'PTGS2',
 'глутатионредуктазы':'GSR','глутатионредуктаза':'GSR','glutathione reductase':'GSR',
 'Е-кадгерина':'CDH1','Е-кадгерину':'CDH1','E-cadherin':'CDH1','β-катенина':'CTNNB1','β-катенину':'CTNNB1','β-catenin':'CTNNB1',
 'VEGF':'VEGFA','сосудистый эндотелиальный фактор роста':'VEGFA','vascular endothelial growth factor':'VEGFA',
 'церулоплазмина':'CP','ceruloplasmin':'CP','α1-антитрипсина':'SERPINA1','α1-antitrypsin':'SERPINA1',
 'трансферрина':'TF','transferrin':'TF',
 'р53':'TP53','p53':'TP53','каспаз 3':'CASP3','каспазы 3':'CASP3','caspases-3':'CASP3','Caspase 3':'CASP3','caspase 3':'CASP3',
 '7':'CASP7','каспаз 7':'CASP7','caspase-7':'CASP7','сурвивина':'BIRC5','survivin':'BIRC5',
 'CD50':'ICAM3','sCD50':'ICAM3','CD54':'ICAM1','sCD54':'ICAM1','CD38':'CD38','sCD38':'CD38','CD25':'IL2RA','sCD25':'IL2RA',
 'рецептора интерлейкина-2':'IL2RA','interleukin-2 receptor':'IL2RA',
}
hg = {}
with open(REF + '/hgnc_entries.tsv', encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'): hg[r['HGNC ID']] = r['Approved symbol']
cl = {l.split('\t')[0] for l in open(REF + '/cl_terms.tsv', encoding='utf-8')}
ub = {l.split('\t')[0] for l in open(REF + '/uberon_terms.tsv', encoding='utf-8')}
fp = {l.strip().split(',')[0] for l in open(REF + '/famplex_entities.csv', encoding='utf-8') if l.strip()}
errs = []
texts = {}
PATH = sys.argv[1] if len(sys.argv) > 1 else 'mentions.tsv'
with open(PATH, encoding='utf-8', newline='') as f:
    rd = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    header = next(rd)
    if header != ['doc','lang','start','end','text','class','id','specific','note']: errs.append(f'bad header {header}')
    rows = list(rd)
seen = set()
for n, r in enumerate(rows, 2):
    if len(r) != 9: errs.append(f'line {n}: {len(r)} fields'); continue
    doc, lang, s, e, text, cls, eid, spec, note = r
    if doc not in SELECTED: errs.append(f'line {n}: doc {doc} not in selection')
    if lang not in ('ru','en'): errs.append(f'line {n}: lang {lang}'); continue
    key = (doc, lang)
    if key not in texts: texts[key] = open(f'{B}/{lang}/{doc}_{lang}.txt', encoding='utf-8').read()
    T = texts[key]; s, e = int(s), int(e)
    if not (0 <= s < e <= len(T)) or T[s:e] != text: errs.append(f'line {n}: offset mismatch {T[s:e]!r} != {text!r}')
    if text != text.strip(): errs.append(f'line {n}: untrimmed span')
    if (s > 0 and T[s-1].isalnum()) or (e < len(T) and T[e].isalnum()): errs.append(f'line {n}: span cuts a word {text!r}')
    if (doc, lang, s, e) in seen: errs.append(f'line {n}: duplicate span')
    seen.add((doc, lang, s, e))
    if cls not in CLASSES: errs.append(f'line {n}: class {cls}')
    if spec not in ('0','1'): errs.append(f'line {n}: specific {spec}')
    if spec == '0' and eid: errs.append(f'line {n}: generic with id')
    if eid:
        if eid.startswith('HGNC:'):
            if cls not in PROT: errs.append(f'line {n}: HGNC id on {cls}')
            if eid not in hg: errs.append(f'line {n}: unknown {eid}')
            elif LEX.get(text) != hg[eid]: errs.append(f'line {n}: {text!r} {eid}={hg.get(eid)} expected {LEX.get(text)}')
        elif eid.startswith('FPLX:'):
            if cls not in PROT: errs.append(f'line {n}: FPLX id on {cls}')
            if eid[5:] not in fp: errs.append(f'line {n}: unknown {eid}')
        elif eid.startswith('CL:'):
            if cls != 'CellType' or eid not in cl: errs.append(f'line {n}: bad CL {eid} / {cls}')
        elif eid.startswith('UBERON:'):
            if cls != 'Tissue' or eid not in ub: errs.append(f'line {n}: bad UBERON {eid} / {cls}')
        elif eid.startswith('GO:'):
            if cls not in ('VesicleType','Secretome'): errs.append(f'line {n}: GO id on {cls}')
        else: errs.append(f'line {n}: bad id prefix {eid}')
    elif spec == '1' and not note: errs.append(f'line {n}: specific without id needs a note')
    if cls == 'CellType' and eid and not eid.startswith('CL:'): errs.append(f'line {n}: CellType id')
    if cls == 'Tissue' and eid and not eid.startswith('UBERON:'): errs.append(f'line {n}: Tissue id')
# every selected doc/lang present
for d in SELECTED:
    for l in ('ru','en'):
        if not any(r[0]==d and r[1]==l for r in rows): errs.append(f'no rows for {d} {l}')
print(f'{len(rows)} rows checked; {len(errs)} errors')
for x in errs: print('ERR', x)
sys.exit(1 if errs else 0)
