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
    (out / "demo_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    a, s = result["alliances"], result["service_gaps"]
    print(f"   indicators: {result['indicators']['units']} units; alliances: {a['count']} covering {a['covered']} "
          f"units ({a['population']:,} residents, {a['invalid']} invalid); ob-gyn gaps {s['obgyn']['in_gap']} -> "
          f"{s['obgyn']['in_gap_after_alliances']}, emergency gaps {s['emergency']['in_gap']} -> "
          f"{s['emergency']['in_gap_after_alliances']}; report pages {result['report_pages']}")
