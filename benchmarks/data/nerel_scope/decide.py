import csv, re, sys, collections
sys.path.insert(0,'.')
from lk import hg
H=hg()
rows=[l.rstrip('\n').split('\t') for l in open('distinct_spans.tsv',encoding='utf-8')][1:]
IN={}
for typ,fn in (('CHEM','in_chem.txt'),('GENE','in_gene.txt'),('ANATOMY','in_anat.txt')):
    for l in open(fn,encoding='utf-8'):
        if not l.strip(): continue
        p=l.rstrip('\n').split('\t')
        assert len(p)==4,(fn,l)
        text,cls,i,spec=p
        if i.startswith('h:'):
            i=H[i[2:]]['HGNC ID']
        key=(typ,text)
        assert key not in IN,('dup',key)
        IN[key]=(cls,i,spec)
OUT={}
for l in open('out_explicit.txt',encoding='utf-8'):
    if not l.strip() or l.startswith('#'): continue
    typ,text,reason=l.rstrip('\n').split('\t')
    OUT[(typ,text)]=reason
R={'D':'drug','S':'small molecule or metabolite','E':'element or ion','F':'food or mixture','O':'organ',
   'B':'body part or region','L':'body fluid','V':'vessel or duct','C':'cell component or organelle',
   'G':'gene variant, allele, genotype, locus or chromosome','N':'non-human organism or its part',
   'R':'lab reagent or material','W':'generic word','P':'pathological structure'}
exec(open('rules.py',encoding='utf-8').read())  # defines RULES: list of (types, regex, code)
out=[]; undecided=[]
for typ,text,cnt in rows:
    k=(typ,text)
    if k not in IN and (typ,text.replace('\xa0',' ')) in IN:
        IN[k]=IN.pop((typ,text.replace('\xa0',' ')))
    if k in IN:
        cls,i,spec=IN[k]; out.append([typ,text,cnt,'1',cls,i,spec,'']); continue
    if k in OUT:
        out.append([typ,text,cnt,'0','','','',R.get(OUT[k],OUT[k])]); continue
    for types,rx,code in RULES:
        if typ in types and re.search(rx,text,0 if typ=='ANATOMY' else re.I):
            out.append([typ,text,cnt,'0','','','',R[code]]); break
    else:
        undecided.append(k); out.append([typ,text,cnt,'0','','','','UNDECIDED'])
unused=[k for k in IN if k not in {(r[0],r[1]) for r in rows}]
print('unused IN keys',unused)
unusedo=[k for k in OUT if k not in {(r[0],r[1]) for r in rows}]
print('unused OUT keys',unusedo)
print('undecided',len(undecided))
with open('spans.tsv','w',encoding='utf-8') as f:
    f.write('nerel_type\ttext\tcount\tin_scope\tclass\tid\tspecific\treason\n')
    for r in out: f.write('\t'.join(r)+'\n')
with open('undecided.txt','w',encoding='utf-8') as f:
    for k in undecided: f.write('\t'.join(k)+'\n')
