#!/usr/bin/env python3
# Copy of the evaluation kit's scorer (shared/eval/score.py), so the project's tests can check that
# `annalist evaluate` agrees with it without anything outside the repository.
"""Score a pipeline output folder against gold YAML files.

usage: score.py GOLD_DIR OUT_DIR [--json]

GOLD_DIR holds one <doc>.yaml per document (schema: eval/README.md).
OUT_DIR holds the pipeline's CSV tables (contract: eval/README.md, "Output contract"):
  deployments.csv      doc_id, place, troops            (more columns allowed)
  treaty_articles.csv  doc_id, article, text
  dates.csv            doc_id, value
  mentions.csv         doc_id, type, text [, entity]
Prints precision / recall / F1 per table, and a last line 'macro-F1 X.XXX'.
Exit status 0, or 2 when a table or the gold is missing or malformed.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

TYPES = {"PERSON": "PERSON", "PER": "PERSON", "LOCATION": "LOCATION", "LOC": "LOCATION",
         "GPE": "LOCATION", "ORGANIZATION": "ORGANIZATION", "ORGANISATION": "ORGANIZATION",
         "ORG": "ORGANIZATION"}


def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def words(s):
    return set(norm(s).split())


def read_csv(path, required):
    if not path.exists():
        sys.exit(f"score: missing table {path.name}")
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    if rows:
        missing = [c for c in required if c not in rows[0]]
        if missing:
            sys.exit(f"score: {path.name} lacks columns {missing}")
    return rows


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def by_doc(rows):
    out = {}
    for r in rows:
        out.setdefault(Path(r["doc_id"]).stem if r.get("doc_id") else "", []).append(r)
    return out


def to_int(v):
    try:
        return int(float(str(v).replace(",", "").strip()))
    except ValueError:
        return None


def score_deployments(golds, rows):
    tp = fp = fn = 0
    sysd = by_doc(rows)
    for doc, g in golds.items():
        gold = {(norm(d["place"]), int(d["troops"])) for d in g.get("deployments") or []}
        opt = {(norm(d["place"]), int(d["troops"])) for d in (g.get("optional") or {}).get("deployments") or []}
        got = {(norm(r["place"]), to_int(r["troops"])) for r in sysd.get(doc, [])}
        tp += len(got & gold)
        fp += len(got - gold - opt)
        fn += len(gold - got)
    return prf(tp, fp, fn)


def score_articles(golds, rows):
    tp = fp = fn = 0
    sysd = by_doc(rows)
    for doc, g in golds.items():
        gold = [(int(a["number"]), words(a["text"])) for a in g.get("articles") or []]
        got = [(to_int(r["article"]), words(r.get("text", ""))) for r in sysd.get(doc, [])]
        used = set()
        for n, w in got:
            hit = None
            for i, (gn, gw) in enumerate(gold):
                if i in used or gn != n or not gw:
                    continue
                if len(w & gw) / len(gw) >= 0.5:
                    hit = i
                    break
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(gold) - len(used)
    return prf(tp, fp, fn)


def norm_date(v):
    v = str(v).strip()
    return "/".join(p.strip() for p in v.split("/"))


def score_dates(golds, rows):
    tp = fp = fn = 0
    sysd = by_doc(rows)
    for doc, g in golds.items():
        gold = {norm_date(d["value"]) for d in g.get("dates") or []}
        opt = {norm_date(d["value"]) for d in (g.get("optional") or {}).get("dates") or []}
        got = {norm_date(r["value"]) for r in sysd.get(doc, []) if r.get("value")}
        tp += len(got & gold)
        fp += len(got - gold - opt)
        fn += len(gold - got)
    return prf(tp, fp, fn)


def gold_entities(section):
    ents = []
    for typ, items in (section or {}).items():
        for e in items or []:
            if isinstance(e, str):
                e = {"name": e}
            forms = {norm(e["name"])} | {norm(a) for a in e.get("aliases") or []}
            ents.append((TYPES.get(str(typ).upper(), str(typ).upper()), forms))
    return ents


def score_entities(golds, rows):
    tp = fp = fn = 0
    sysd = by_doc(rows)
    for doc, g in golds.items():
        gold = gold_entities(g.get("entities"))
        opt = gold_entities((g.get("optional") or {}).get("entities"))
        # group system mentions into system entities: by canonical entity column when given
        groups = {}
        for r in sysd.get(doc, []):
            typ = TYPES.get(str(r.get("type", "")).upper(), str(r.get("type", "")).upper())
            key = (typ, norm(r.get("entity") or r["text"]))
            groups.setdefault(key, set()).update({norm(r["text"]), norm(r.get("entity") or r["text"])})
        found = set()
        for (typ, _), forms in groups.items():
            hit = [i for i, (gt, gf) in enumerate(gold) if gt == typ and forms & gf]
            if hit:
                new = [i for i in hit if i not in found]
                if new:
                    found.add(new[0])
                    tp += 1
                # a second system entity for an already-found gold entity is a split, not a new error
            elif not any(gt == typ and forms & gf for gt, gf in opt):
                fp += 1
        fn += len(gold) - len(found)
    return prf(tp, fp, fn)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    gold_dir, out_dir = Path(args[0]), Path(args[1])
    golds = {}
    for f in sorted(gold_dir.glob("*.yaml")):
        g = yaml.safe_load(f.read_text(encoding="utf-8"))
        golds[str(g.get("doc") or f.stem)] = g
    if not golds:
        sys.exit(f"score: no gold files in {gold_dir}")
    res = {
        "deployments": score_deployments(golds, read_csv(out_dir / "deployments.csv", ["doc_id", "place", "troops"])),
        "articles": score_articles(golds, read_csv(out_dir / "treaty_articles.csv", ["doc_id", "article", "text"])),
        "dates": score_dates(golds, read_csv(out_dir / "dates.csv", ["doc_id", "value"])),
        "entities": score_entities(golds, read_csv(out_dir / "mentions.csv", ["doc_id", "type", "text"])),
    }
    macro = round(sum(v["f1"] for v in res.values()) / len(res), 3)
    if "--json" in argv:
        print(json.dumps(dict(res, macro_f1=macro), indent=1))
        return
    for k, v in res.items():
        print(f"{k:12s} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}   (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    print(f"macro-F1 {macro:.3f}")


if __name__ == "__main__":
    main(sys.argv)
