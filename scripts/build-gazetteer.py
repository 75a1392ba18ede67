#!/usr/bin/env python3
"""Build Marsad's Syria gazetteer resource from the OpenSyria data-geography JSON files and OCHA's communities.

Usage: scripts/build-gazetteer.py [SOURCE_DIR]   (default: ../shared/data/places)

Reads opensyria-{governorates,districts,subdistricts,sources}.json, ocha2015-communities.csv (the 5,251
OCHA communities of 2015 with their admin chain; see SOURCES.md there) and the curated spellings in
scripts/gazetteer/syria-spellings.tsv; writes src/main/resources/org/marsad/place/syria.tsv,
syria-outlines.tsv (governorate and district polygons from ocha2015-syr_admin{1,2}.geojson, simplified),
syria-regions.tsv (checked copy of scripts/gazetteer/syria-regions.tsv) and ATTRIBUTION.txt beside
them. Python 3.11, standard library only. The output is deterministic, so a rebuild from the same
inputs leaves git with nothing to commit. The keys of the names (syria-keys.txt, read at load instead of
keying every name) are worked out by the Java code: after a rebuild that changes names, run
`mvn -o test -Dtest=ShippedKeysTest`, which writes the new file under target/ and names the copy to make.
"""
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "src/main/resources/org/marsad/place"
SPELLINGS = ROOT / "scripts/gazetteer/syria-spellings.tsv"
REGIONS = ROOT / "scripts/gazetteer/syria-regions.tsv"
COLUMNS = ["pcode", "parent", "level", "name_ar", "name_en", "lat", "lon", "population", "capital", "aliases"]
COMMUNITIES = "ocha2015-communities.csv"
COMMUNITY_COUNT = 5251
# The 2015 OCHA set files four Banyas sub-districts under codes since renumbered under the Qadmous
# district (SOURCES.md, "How the 2015 OCHA set lines up"): today's codes are kept, the old ones mapped.
OLD_SUBDISTRICTS = {"SY100202": "SY100601", "SY100203": "SY100602", "SY100204": "SY100603",
                    "SY100205": "SY100604"}
# OCHA writes a community known by two names (Arabic and Kurdish or Turkmen) as "X_Y" in Arabic and
# "X - Y" in English; each part is a name the press uses on its own.
NAME_PARTS = re.compile(r"\s*_+\s*|\s+-\s+")
# GeoNames carries letter-by-letter romanizations of the Arabic names ("nahyt mrkz alrqt" for
# ناحية مركز الرقة); nobody writes a place that way, so they are left out.
MACHINE_ROMANIZATION = "nahyt "


def load(source_dir, name):
    with open(source_dir / f"opensyria-{name}.json", encoding="utf-8") as f:
        return json.load(f)


def clean(text):
    """One line of TSV: no tabs, no newlines, no alias separator inside a value."""
    return " ".join(text.replace("|", " ").split())


def aliases(record):
    names = {record["name"]["en"], record["name"].get("ar")}
    kept = []
    for alias in record.get("aliases", []):
        value = clean(alias["value"])
        if value and value not in names and value not in kept and not value.startswith(MACHINE_ROMANIZATION):
            kept.append(value)
    return kept


def curated_spellings():
    spellings = {}
    for number, line in enumerate(SPELLINGS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            sys.exit(f"{SPELLINGS}:{number}: expected 'pcode<TAB>spelling'")
        spellings.setdefault(fields[0], []).append(clean(fields[1]))
    return spellings


def rows(source_dir):
    governorates = load(source_dir, "governorates")
    districts = load(source_dir, "districts")
    subdistricts = load(source_dir, "subdistricts")
    pcode_of = {r["id"]: r["externalIds"]["ochaPcode"] for r in governorates + districts + subdistricts}
    for level, records, parent_key in ((1, governorates, None), (2, districts, "governorateId"),
                                       (3, subdistricts, "districtId")):
        for r in records:
            centroid = r.get("centroid") or {}
            population = (r.get("population") or {}).get("value")
            yield {
                "pcode": r["externalIds"]["ochaPcode"],
                "parent": pcode_of[r[parent_key]] if parent_key else "",
                "level": level,
                "name_ar": clean(r["name"].get("ar") or ""),
                "name_en": clean(r["name"]["en"]),
                "lat": centroid.get("latitude", ""),
                "lon": centroid.get("longitude", ""),
                "population": population if population is not None else "",
                "capital": "",
                "aliases": aliases(r),
            }


def same_name(a, b):
    """Two spellings of one name, "مركز" (centre), articles, spaces and letter shapes aside."""
    def key(name):
        name = re.sub(r"^مركز\s+|\bال", "", name)
        for old, new in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
            name = name.replace(old, new)
        return re.sub(r"\W", "", name)
    return key(a) == key(b)


def area_key(words):
    """Words of a name compared with an area's name: letter shapes, articles, ة and Latin vowels aside."""
    key = []
    for w in words:
        for old, new in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
            w = w.replace(old, new)
        w = re.sub(r"^ال(?=..)", "", w)
        w = re.sub(r"ه$", "", w)
        w = w.lower()
        if w in ("al", "el", "as", "ash", "ar", "ad", "an", "at", "az", "ez", "es"):
            continue
        w = re.sub(r"^(el|al)(?=...)", "", w)
        w = re.sub(r"[aeiouyw'\W_]", "", w)
        key.append(w)
    return "".join(key)


# Words that open many names (كفر, Tal, Deir, Um …) or tie a name to the next (قرب, near): a name cut to end
# with one is no name, so "كفر حلب" (Kafr Halab) is never cut to "كفر", nor "مشرفة قرب خفسة" to "مشرفة قرب".
HEADS = set("كفر تل تل دير عين ام ابو جب خربه خربة بير بئر قصر راس رأس مزرعه مزرعة بيت حوش معره معرة معاره معارة "
            "جسر خان سد نهر قرب qurb mazraet kafr kfar kafar tal tall tell deir dayr ain ein ayn um umm abu jeb jubb khirbet kherbet "
            "khirbat bir beer qasr ras mazraat mazraet beit bayt hosh maaret maarat maarrat jisr khan".split())


def without_area(name, areas):
    """
    A community's name without the area OCHA wrote after it to tell apart places of one name (تل بيدر حسكة,
    Tal Baydar Ras El Ein, كفريا معرتمصرين, Ziyara Afrin): the press writes the name alone, and the area,
    if at all, apart. None when the name ends with no area of its chain.
    """
    words = name.split()
    for length in (3, 2, 1):
        if len(words) > length and area_key(words[-length:]) in areas:
            rest = words[:-length]
            if len(area_key(rest)) < 3 or rest[-1].lower().strip("-") in HEADS:
                return None
            return " ".join(rest).strip(" -")
    return None


def communities(source_dir, subdistricts):
    """
    OCHA's communities (admin level 4) under today's sub-district codes, each with its OCHA capital level.
    OCHA leaves some sub-district seats unmarked (صوران of Aleppo, seat of the sub-district صوران): a
    community named as its own sub-district (or one of its two names so) gets capital level 3.
    """
    with open(source_dir / COMMUNITIES, encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    by_pcode = {p["pcode"]: p for p in subdistricts}
    for number, r in enumerate(records, 2):
        parent = OLD_SUBDISTRICTS.get(r["admin3Pcode"], r["admin3Pcode"])
        if parent not in by_pcode:
            sys.exit(f"{COMMUNITIES}:{number}: admin3Pcode {r['admin3Pcode']} is no known sub-district")
        name_ar, name_en = clean(r["admin4Name_ar"]), clean(r["admin4Name_en"])
        names = {name_ar, name_en}
        kept = []
        areas = {area_key(r[f"admin{level}Name_{lang}"].replace("-", " ").split())
                 for level in (1, 2, 3) for lang in ("ar", "en")} - {""}
        parts = NAME_PARTS.split(r["admin4Name_ar"]) + NAME_PARTS.split(r["admin4Name_en"])
        short = [without_area(part, areas) for part in [name_ar, name_en] + parts]
        for alias in [r["admin4RefName_en"]] + parts + [n for n in short if n]:
            alias = clean(alias)
            if alias and alias not in names and alias not in kept:
                kept.append(alias)
        yield {
            "pcode": r["admin4Pcode"],
            "parent": parent,
            "level": 4,
            "name_ar": name_ar,
            "name_en": name_en,
            "lat": r["latitude"],
            "lon": r["longitude"],
            "population": "",
            "capital": r["capital_level"] if r["capital_level"] in ("1", "2", "3")
            else "3" if any(same_name(part, r["admin3Name_ar"]) for part in NAME_PARTS.split(r["admin4Name_ar"])) else "",
            "aliases": kept,
        }


def ocha_subdistrict_spellings(source_dir):
    """The 2015 Arabic and English names of each sub-district, under today's code: kept as aliases."""
    spellings = {}
    with open(source_dir / COMMUNITIES, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            pcode = OLD_SUBDISTRICTS.get(r["admin3Pcode"], r["admin3Pcode"])
            for name in (r["admin3Name_ar"], r["admin3Name_en"]):
                spellings.setdefault(pcode, set()).add(clean(name))
    return spellings


def check(places):
    counts = {level: sum(1 for p in places if p["level"] == level) for level in (1, 2, 3, 4)}
    if counts != {1: 14, 2: 62, 3: 272, 4: COMMUNITY_COUNT}:
        sys.exit(f"unexpected counts per level: {counts}")
    pcodes = [p["pcode"] for p in places]
    if len(set(pcodes)) != len(pcodes):
        sys.exit("duplicate p-codes in the source")
    known = set(pcodes)
    orphans = [p["pcode"] for p in places if p["parent"] and p["parent"] not in known]
    if orphans:
        sys.exit(f"parents missing for {orphans}")


def write_tsv(places, spellings, subdistrict_spellings):
    known = {p["pcode"] for p in places}
    unknown = sorted(set(spellings) - known)
    if unknown:
        sys.exit(f"{SPELLINGS}: p-codes not in the gazetteer: {unknown}")
    lines = ["\t".join(COLUMNS)]
    for p in sorted(places, key=lambda p: p["pcode"]):
        names = {p["name_ar"], p["name_en"]}
        extra = []
        for s in sorted(subdistrict_spellings.get(p["pcode"], [])) + spellings.get(p["pcode"], []):
            if s not in names and s not in p["aliases"] and s not in extra:
                extra.append(s)
        values = dict(p, aliases="|".join(p["aliases"] + extra))
        lines.append("\t".join(str(values[c]) for c in COLUMNS))
    (OUT_DIR / "syria.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def cited_sources(source_dir):
    """The ids of the sources the records cite; the catalogue lists more (OpenStreetMap, ODbL) than are used."""
    cited = set()
    for name in ("governorates", "districts", "subdistricts"):
        for r in load(source_dir, name):
            cited.update(r["sourceIds"])
            for part in ("area", "population"):
                cited.update((r.get(part) or {}).get("sourceIds", []))
    return cited


def write_regions(places):
    """Checks the curated regions against the gazetteer and ships them as syria-regions.tsv."""
    known = {p["pcode"] for p in places}
    lines = ["pcode\tregion\tnames"]
    for number, line in enumerate(REGIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[0] not in known:
            sys.exit(f"{REGIONS}:{number}: expected 'pcode<TAB>region<TAB>names' with a known p-code")
        lines.append("\t".join(clean(f) if i < 2 else f.strip() for i, f in enumerate(fields)))
    (OUT_DIR / "syria-regions.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_attribution(source_dir):
    cited = cited_sources(source_dir)
    sources = [s for s in load(source_dir, "sources") if s["id"] in cited]
    lines = [
        "Marsad's gazetteer of Syria (syria.tsv) is built by scripts/build-gazetteer.py from the",
        "OpenSyria data-geography dataset (https://github.com/Open-Syria/data-geography, data/*.json,",
        "commit bebd183c9f59bde9fa56fa942cb8b8e9ca1351e6), licensed CC BY 4.0",
        "(https://creativecommons.org/licenses/by/4.0/). Attribution: OpenSyria and the datasets below.",
        "Carried over: OCHA p-codes, hierarchy, Arabic and English names, aliases, centroids and",
        "populations. Added by Marsad: common alternative spellings (scripts/gazetteer/syria-spellings.tsv)",
        "and named regions with the unit that holds each (scripts/gazetteer/syria-regions.tsv, syria-regions.tsv).",
        "",
        "Communities (admin level 4, p-codes C1001-C6320: names, coordinates, capital level, admin chain) and the",
        "2015 spellings of sub-district names: UN OCHA, Syria common operational dataset of 2015, as converted",
        "to GeoJSON in https://github.com/alahwa/Syria-GeoJson-Maps (syr_admin4_point.geojson, commit",
        "81d1da2de8f8e798ae2152726ebf38184042897b). Credit: UN OCHA. The repository states no licence; OCHA's",
        "current Syria COD on HDX is published under CC BY 3.0 IGO. Sub-district codes SY100202-SY100205 of",
        "2015 are filed under today's SY100601-SY100604 (Qadmous district). Governorate and district outlines",
        "(syria-outlines.tsv, simplified by Douglas-Peucker to 0.012 degree): the same dataset's syr_admin1 and",
        "syr_admin2.geojson, UN OCHA; the 2015 districts have no Qadmous (SY1006), then part of Banyas (SY1002).",
        "",
        "Sources of the OpenSyria data:",
    ]
    for s in sorted(sources, key=lambda s: s["id"]):
        lines.append(f"- {s['title']} <{s['url']}>, licence {s['license']}")
    (OUT_DIR / "ATTRIBUTION.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


OUTLINE_FILES = {1: "ocha2015-syr_admin1.geojson", 2: "ocha2015-syr_admin2.geojson"}
# Douglas-Peucker tolerance in degrees (about 1.5 km): the outlines are drawn some 700 pixels wide, where
# Syria's 7.5 degrees of longitude leave 0.01 degree under a pixel; rings smaller than that are dropped.
OUTLINE_TOLERANCE = 0.012


def simplify(points, tolerance):
    """Douglas-Peucker on lon/lat pairs (a ring's first and last points kept)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def write_outlines(source_dir):
    """Governorate and district polygons, simplified, as syria-outlines.tsv: pcode, level, rings."""
    lines = ["pcode\tlevel\trings"]
    for level, name in OUTLINE_FILES.items():
        with open(source_dir / name, encoding="utf-8", errors="replace") as f:
            features = json.load(f)["features"]
        for feature in sorted(features, key=lambda f: f["properties"]["PCODE"]):
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            rings = []
            for polygon in polygons:
                for ring in polygon[:1]:  # outer rings only: Syria's units have no holes worth drawing
                    kept = simplify([(round(x, 3), round(y, 3)) for x, y in ring], OUTLINE_TOLERANCE)
                    if len(kept) >= 4:
                        rings.append(" ".join(f"{x:.3f},{y:.3f}" for x, y in kept))
            lines.append(f"{feature['properties']['PCODE']}\t{level}\t{'|'.join(rings)}")
    (OUT_DIR / "syria-outlines.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    source_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/places"
    places = list(rows(source_dir))
    places += list(communities(source_dir, [p for p in places if p["level"] == 3]))
    check(places)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    count = write_tsv(places, curated_spellings(), ocha_subdistrict_spellings(source_dir))
    write_regions(places)
    write_outlines(source_dir)
    write_attribution(source_dir)
    print(f"wrote {count} places to {OUT_DIR / 'syria.tsv'}", file=sys.stderr)


if __name__ == "__main__":
    main()
