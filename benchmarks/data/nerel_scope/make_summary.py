import csv, collections
rows=list(csv.reader(open('spans.tsv',encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))[1:]
L=[]
L.append('# NEREL-BIO scope gold — summary\n')
L.append(f'509 documents, {len(rows)} distinct (type, text) rows, {sum(int(r[2]) for r in rows)} span occurrences.\n')
L.append('## In / out by NEREL type (rows / occurrences)\n')
L.append('| type | in rows | in occ. | out rows | out occ. |\n|---|---|---|---|---|')
by=collections.defaultdict(lambda:[0,0,0,0])
for t,x,c,i,*_ in rows:
    c=int(c); j=0 if i=='1' else 2; by[t][j]+=1; by[t][j+1]+=c
for t in ('CHEM','GENE','ANATOMY'): L.append(f'| {t} | '+' | '.join(map(str,by[t]))+' |')
tot=[sum(by[t][k] for t in by) for k in range(4)]; L.append('| all | '+' | '.join(map(str,tot))+' |\n')
L.append('## In-scope rows by class (rows / occurrences; specific=0 rows; specific=1 rows without id)\n')
L.append('| type | class | rows | occ. | generic (spec=0) | specific, no id |\n|---|---|---|---|---|---|')
cc=collections.defaultdict(lambda:[0,0,0,0])
for t,x,c,i,k,idd,s,r in rows:
    if i!='1': continue
    v=cc[(t,k)]; v[0]+=1; v[1]+=int(c); v[2]+=(s=='0'); v[3]+=(s=='1' and not idd)
for (t,k),v in sorted(cc.items()): L.append(f'| {t} | {k} | '+' | '.join(map(str,v))+' |')
L.append('')
L.append('## Out-of-scope reasons (rows / occurrences)\n')
L.append('| type | reason | rows | occ. |\n|---|---|---|---|')
rr=collections.defaultdict(lambda:[0,0])
for t,x,c,i,k,idd,s,r in rows:
    if i=='0': rr[(t,r)][0]+=1; rr[(t,r)][1]+=int(c)
for (t,r),v in sorted(rr.items()): L.append(f'| {t} | {r} | {v[0]} | {v[1]} |')
L.append('')
ids=collections.Counter()
for t,x,c,i,k,idd,s,r in rows:
    if i=='1' and idd: ids[idd.split(':')[0]]+=1
L.append('## Identifiers used (rows)\n')
L.append(', '.join(f'{k}: {v}' for k,v in sorted(ids.items()))+'\n')
L.append(open('hard_cases.md',encoding='utf-8').read())
open('summary.md','w',encoding='utf-8').write('\n'.join(L))
