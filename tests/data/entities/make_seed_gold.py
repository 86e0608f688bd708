"""Turn the hand-written ``seed_gold_spec.py`` into ``seed_gold.tsv`` (offsets only).

Each spec row names a mention by line, surface and n-th whole-word occurrence in that
line; this script only computes the character offsets and names the vocabulary of each
hand-chosen id (from its prefix; nothing is read from the library or its lexicon).
Usage: ``python tests/data/entities/make_seed_gold.py``.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from seed_gold_spec import SPEC  # noqa: E402

text = (ROOT / "corpus/eremin-2025-cellular-secretome-review.txt").read_text(encoding="utf-8")
lines = text.splitlines(keepends=True)
starts, pos = [], 0
for line in lines:
    starts.append(pos)
    pos += len(line)
VOCABULARIES = {"MESH": "MeSH", "GO": "GO", "HGNC": "HGNC", "FPLX": "FamPlex", "CL": "CL", "UBERON": "UBERON"}
out = ["lang\tstart\tend\ttext\tid\tvocabulary\tgeneric"]
seen = set()
for ln, surf, occ, eid, gen in SPEC:
    line = lines[ln - 1]
    ms = [m for m in re.finditer(re.escape(surf), line)
          if (m.start() == 0 or not line[m.start() - 1].isalnum()) and (m.end() >= len(line) or not line[m.end()].isalnum())]
    m = ms[occ - 1]
    s = starts[ln - 1] + m.start()
    e = s + len(surf)
    assert text[s:e] == surf and (s, e) not in seen, (ln, surf)
    seen.add((s, e))
    lang = "ru" if re.search("[А-Яа-яЁё]", line) else "en"
    out.append(f"{lang}\t{s}\t{e}\t{surf}\t{eid}\t{VOCABULARIES[eid.split(':')[0]]}\t{gen}")
out[1:] = sorted(out[1:], key=lambda r: int(r.split("\t")[1]))
(HERE / "seed_gold.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out) - 1, "gold mentions")
