"""Write output/demo_summary.json: the demo's figures, to compare runs across QGIS versions.

Usage: demo_summary.py OUT_DIR. Reads the GeoPackages and PDFs that the demo steps wrote (with GDAL,
no QGIS start-up) and prints the headline figures. Two runs of the demo on the same data must give
the same summary, whatever the QGIS, SciPy or HiGHS version: `make test-matrix` compares them.
"""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from osgeo import ogr

ogr.UseExceptions()


def rows(path: Path, fields):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    out = [tuple(feature.GetField(f) for f in fields) for feature in layer]
    dataset = None
    return out


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main(out: Path) -> dict:
    indicators = rows(out / "indicators.gpkg", ["code", "risk_class"])
    alliances = rows(out / "alliances.gpkg", ["members", "population", "valid"])
    members = rows(out / "alliance_members.gpkg", ["code", "alliance_id", "status"])
    summary = {
        "indicators": {"units": len(indicators),
                       "risk_classes": dict(sorted(Counter(str(r[1]) for r in indicators).items()))},
        "alliances": {"count": len(alliances), "covered": sum(1 for m in members if m[1] is not None),
                      "invalid": sum(1 for a in alliances if not a[2]),
                      "population": round(sum(a[1] for a in alliances)),
                      "plans": sorted(a[0] for a in alliances),
                      "statuses": dict(sorted(Counter(m[2] for m in members).items()))},
        "service_gaps": {},
        "report_pages": {name: pages(out / name) for name in ("report.pdf", "report_atlas.pdf")},
    }
    for service in ("obgyn", "emergency"):
        gaps = rows(out / f"service_gaps_{service}.gpkg", ["gap", "covered_by_alliance"])
        summary["service_gaps"][service] = {"units": len(gaps), "in_gap": sum(g[0] for g in gaps),
                                            "in_gap_after_alliances": sum(g[0] - (g[1] or 0) for g in gaps)}
    if (out / "projection.gpkg").exists():
        projected = rows(out / "projection.gpkg", ["halving_2040", "halving_2050", "backtest_ape"])
        apes = [r[2] for r in projected if r[2] is not None]
        summary["projection"] = {"units": len(projected), "halving_2040": sum(r[0] or 0 for r in projected),
                                 "halving_2050": sum(r[1] or 0 for r in projected),
                                 "backtest_mape": round(sum(apes) / len(apes), 2) if apes else None}
        below = rows(out / "alliances.gpkg", ["below_floor_year"])
        summary["alliances"]["above_floor_through_2040"] = sum(1 for r in below if r[0] is None or r[0] > 2040)
        summary["alliances"]["above_floor_through_2050"] = sum(1 for r in below if r[0] is None)
    for name in ("alliances_durable", "alliances_hub40"):
        if (out / f"{name}.gpkg").exists():
            plan = rows(out / f"{name}.gpkg", ["members"])
            summary[name] = {"count": len(plan), "covered": sum(len(r[0].split(",")) for r in plan),
                             "plans": sorted(r[0] for r in plan)}
    for service in ("obgyn", "emergency"):
        if (out / f"sited_{service}.gpkg").exists():
            sited = rows(out / f"sited_{service}.gpkg", ["pop_reg_2025", "gap_before", "gap_after"])
            sites = rows(out / f"sites_{service}.gpkg", ["site"])
            summary.setdefault("siting", {})[service] = {
                "sites": sorted(str(r[0]) for r in sites),
                "residents_beyond_before": round(sum(r[0] or 0 for r in sited if r[1])),
                "residents_beyond_after": round(sum(r[0] or 0 for r in sited if r[2]))}
    us = out / "us"
    if (us / "alliances.gpkg").exists():
        plan = rows(us / "alliances.gpkg", ["members", "population"])
        gaps = rows(us / "service_gaps.gpkg", ["gap", "covered_by_alliance"])
        sited = rows(us / "sited.gpkg", ["PO90", "gap_before", "gap_after"])
        summary["us"] = {"alliances": len(plan), "covered": sum(len(r[0].split(",")) for r in plan),
                         "population": round(sum(r[1] for r in plan)), "plans": sorted(r[0] for r in plan),
                         "in_gap": sum(g[0] for g in gaps),
                         "in_gap_after_alliances": sum(g[0] - (g[1] or 0) for g in gaps),
                         "residents_beyond_before": round(sum(r[0] or 0 for r in sited if r[1])),
                         "residents_beyond_after": round(sum(r[0] or 0 for r in sited if r[2])),
                         "report_pages": pages(us / "report.pdf")}
    (out / "demo_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    a, s = result["alliances"], result["service_gaps"]
    print(f"   indicators: {result['indicators']['units']} units; alliances: {a['count']} covering {a['covered']} "
          f"units ({a['population']:,} residents, {a['invalid']} invalid); ob-gyn gaps {s['obgyn']['in_gap']} -> "
          f"{s['obgyn']['in_gap_after_alliances']}, emergency gaps {s['emergency']['in_gap']} -> "
          f"{s['emergency']['in_gap_after_alliances']}; report pages {result['report_pages']}")
    if "projection" in result:
        p = result["projection"]
        print(f"   projection: women 20-39 halve in {p['halving_2040']} units by 2040, {p['halving_2050']} by 2050; "
              f"back-test MAPE {p['backtest_mape']} %; alliances above the floor through 2040: "
              f"{a['above_floor_through_2040']} of {a['count']}, through 2050: {a['above_floor_through_2050']}")
    for name in ("alliances_durable", "alliances_hub40"):
        if name in result:
            print(f"   {name}: {result[name]['count']} alliances covering {result[name]['covered']} units")
    for service, f in result.get("siting", {}).items():
        print(f"   siting ({service}): {len(f['sites'])} new sites; residents beyond 30 km "
              f"{f['residents_beyond_before']:,} -> {f['residents_beyond_after']:,}")
    if "us" in result:
        u = result["us"]
        print(f"   US: {u['alliances']} alliances covering {u['covered']} counties ({u['population']:,} residents); "
              f"gaps {u['in_gap']} -> {u['in_gap_after_alliances']}; residents beyond 80 km "
              f"{u['residents_beyond_before']:,} -> {u['residents_beyond_after']:,}; report pages {u['report_pages']}")
