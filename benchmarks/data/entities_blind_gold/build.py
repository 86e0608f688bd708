import os as _os  # paths: shared/ beside the repository; reference tables in $SECRETOME_REF
_ROOT = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "..", "..", ".."))
SHARED = _os.path.join(_os.path.dirname(_ROOT), "shared", "data")
REF = _os.environ.get("SECRETOME_REF", "/work/ref")
import csv, re, sys
sys.path.insert(0, '.')
from annotations import A
B = SHARED + '/bilingual-abstracts'
sym2id = {}
with open(REF + '/hgnc_entries.tsv', encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'):
        sym2id[r['Approved symbol']] = r['HGNC ID']

def isw(c): return c.isalnum()

def bmatches(text, s):
    out = []; i = text.find(s)
    while i >= 0:
        j = i + len(s)
        if (i == 0 or not isw(text[i-1])) and (j == len(text) or not isw(text[j])):
            out.append((i, j))
        i = text.find(s, i + 1)
    return out

rows = []
review = open('review.txt', 'w', encoding='utf-8')
for (doc, lang), ents in A.items():
    text = open(f'{B}/{lang}/{doc}_{lang}.txt', encoding='utf-8').read()
    allm = {e[0]: bmatches(text, e[0]) for e in ents}
    spans = set(m for v in allm.values() for m in v)
    for surf, cls, eid, spec, note, occ in ents:
        ms = allm[surf]
        # drop matches strictly contained in a match of another (longer) surface of this doc
        free = [m for m in ms if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in spans)]
        if not ms: raise SystemExit(f'NOT FOUND {doc} {lang} {surf!r}')
        try:
            sel = free if occ is None else [free[k] for k in occ]
        except IndexError: raise SystemExit(f"BAD OCC {doc} {lang} {surf!r} free={free} all={ms}")
        if occ is None and not free: raise SystemExit(f'only nested {doc} {lang} {surf!r}')
        if eid.startswith('H:'): eid = sym2id[eid[2:]]
        for (s, e) in sel:
            rows.append((doc, lang, s, e, text[s:e], cls, eid, spec, note))
        review.write(f'{doc} {lang} {surf!r}: {len(ms)} matches, {len(free)} free, {len(sel)} selected\n')
        for (s, e) in ms:
            mark = '*' if (s, e) in sel else ('.' if (s, e) in free else 'n')
            review.write(f'   {mark} {s}: ...{text[max(0,s-40):s]}[{text[s:e]}]{text[e:e+40]}...\n'.replace('\n ', ' ') if False else f'   {mark} {s}: ...{text[max(0,s-40):s]}[{text[s:e]}]{text[e:e+40]}...'.replace('\n',' ') + '\n')
rows.sort(key=lambda r: (r[0], r[1] == 'ru', r[2], -r[3]))
# duplicates
seen = set()
for r in rows:
    k = r[:4]
    if k in seen: raise SystemExit(f'DUP {r}')
    seen.add(k)
with open('mentions.tsv', 'w', encoding='utf-8', newline='') as f:
    f.write('\t'.join(['doc', 'lang', 'start', 'end', 'text', 'class', 'id', 'specific', 'note']) + '\n')
    for r in rows:
        r = [str(x) for x in r]; r[8] = r[8].replace('"', "'")
        assert not any(c in x for x in r for c in '\t\n\r'), r
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
