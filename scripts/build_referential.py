#!/usr/bin/env python3
"""Derives the compact referential of cpts-core from an unpacked @etalab/decoupage-administratif.

Output: a gzipped UTF-8 TSV (deterministic: no timestamp in the gzip header), one record a line:

  #key<TAB>value                                  header: source, version, licences
  R<TAB>code<TAB>name                             regions
  D<TAB>code<TAB>regionCode<TAB>name              departments (incl. the overseas collectivities)
  E<TAB>siren<TAB>type<TAB>name                   EPCI a fiscalite propre
  C<TAB>code<TAB>departement<TAB>epci<TAB>population<TAB>name
                                                  current communes (type commune-actuelle)
  A<TAB>code<TAB>cityCode<TAB>population<TAB>name arrondissements municipaux

EPCI members are the C rows naming that EPCI; the region of a commune is that of its department;
an arrondissement takes department, region and EPCI of its city. Populations are the INSEE
populations municipales of communes.json; a commune without population (uninhabited: TAAF,
Clipperton) is written 0. EPCI populations are NOT copied from epci.json (DGCL file, older vintage):
the Java side sums the populations of the member communes, so that every figure is additive.
"""
import gzip
import io
import json
import sys
from pathlib import Path


def load(pkg, name):
    return json.loads((pkg / "data" / name).read_text(encoding="utf-8"))


def clean(text):
    if "\t" in text or "\n" in text:
        raise SystemExit(f"unexpected tab or newline in {text!r}")
    return text


def commune_epci(epcis):
    member_of = {}
    for e in epcis:
        for m in e["membres"]:
            if m["code"] in member_of:
                raise SystemExit(f"commune {m['code']} in two EPCI")
            member_of[m["code"]] = e["code"]
    return member_of


def check_cities(current, arrondissements):
    for city in {a["commune"] for a in arrondissements}:
        total = sum(a["population"] for a in arrondissements if a["commune"] == city)
        if total != current[city]["population"]:
            raise SystemExit(f"arrondissements of {city} sum to {total}, city has {current[city]['population']}")


def rows(pkg):
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    communes = load(pkg, "communes.json")
    epcis = sorted(load(pkg, "epci.json"), key=lambda e: e["code"])
    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    arrondissements = sorted((c for c in communes if c["type"] == "arrondissement-municipal"), key=lambda c: c["code"])
    check_cities(current, arrondissements)
    member_of = commune_epci(epcis)
    yield f"#source\t{meta['name']}"
    yield f"#version\t{meta['version']}"
    yield f"#licence\tcode {meta['license']}, data Licence Ouverte / Etalab 2.0 (INSEE COG, DGCL, INSEE populations legales)"
    for r in sorted(load(pkg, "regions.json"), key=lambda r: r["code"]):
        yield f"R\t{r['code']}\t{clean(r['nom'])}"
    for d in sorted(load(pkg, "departements.json"), key=lambda d: d["code"]):
        yield f"D\t{d['code']}\t{d['region']}\t{clean(d['nom'])}"
    for e in epcis:
        yield f"E\t{e['code']}\t{e['type']}\t{clean(e['nom'])}"
    for code in sorted(current):
        c = current[code]
        yield f"C\t{code}\t{c['departement']}\t{member_of.get(code, '')}\t{c.get('population', 0)}\t{clean(c['nom'])}"
    for a in arrondissements:
        yield f"A\t{a['code']}\t{a['commune']}\t{a['population']}\t{clean(a['nom'])}"


def main():
    pkg, out = Path(sys.argv[1]), Path(sys.argv[2])
    text = "\n".join(rows(pkg)) + "\n"
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    print(f"{out}: {len(buf.getvalue())} bytes, {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
