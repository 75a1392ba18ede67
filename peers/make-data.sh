#!/usr/bin/env bash
# Writes the three files the peer benchmark reads into $PEER_DATA (default peers/target/peer-data):
# generated-10000.csv and generated-100000.csv from Marsad's own generator (truth in 'person'),
# and real-names.csv from ../shared/data/real/airwars-gaza-victims.csv split as RealNamesTest
# splits it (each killed victim once in Arabic script, once in Latin; same MoH ID = same person).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${PEER_DATA:-$HERE/target/peer-data}"
"$HERE/../marsad" bench link --people 10000,100000 --write "$DATA"
python3 - "$HERE/../../shared/data/real/airwars-gaza-victims.csv" "$DATA/real-names.csv" <<'PY'
import csv, sys
rows = csv.DictReader(open(sys.argv[1], encoding='utf-8'))
out = csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''), lineterminator='\n')
out.writerow(["id", "name", "source", "sex", "age", "date", "place", "status", "person"])
for r in rows:
    if not r['name_ar'].strip() or not r['name_en'].strip() or r['killed_or_injured'] != 'k':
        continue
    rid = r['incident_id'] + '/' + r['victim_id']
    person = 'moh-' + r['moh_id'] if r['moh_id'].strip() else 'row-' + rid
    age = str(int(float(r['age_years']))) if r['age_years'].strip() else ''
    if age and int(age) > 130:
        age = ''  # one row gives 334; the Linkage CSV contract rejects ages above 130
    sex = {'m': 'M', 'f': 'F'}.get(r['gender'], '')
    for lang, col in (('ar', 'name_ar'), ('en', 'name_en')):
        out.writerow([lang + '-' + rid, r[col], 'arabic' if lang == 'ar' else 'latin', sex, age,
                      r['incident_date'], '', 'civilian', person])
PY
echo "wrote $DATA/generated-10000.csv, generated-100000.csv, real-names.csv"
