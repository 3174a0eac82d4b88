# STEP: Map reports: the whole Korean run on one A4 page (PDF + PNG), and an atlas page per alliance
set -euo pipefail
rm -f "$OUT"/report.pdf "$OUT"/report.png "$OUT"/report_atlas.pdf "$OUT"/report_atlas.png
# The alliances (step 20) over the ob-gyn service gaps (step 30).
units="$OUT/service_gaps_obgyn.gpkg|layername=service_gaps_obgyn"
title="작지만 강한 연합과 산부인과 공백 / Small but strong alliances and ob-gyn gaps, 2025"
gap="; 공백 = 산부인과 전문의 3명 미만 / gap: fewer than 3 ob-gyn doctors (2020)"
notes="비수도권 시군, 2–5개, 하한 30만 명, 중심: 혁신도시·15만+ / non-metro units; 2–5 members; floor 300,000; hub: Innovation City or 150,000+; objective coverage$gap"
report() {
  qp run smallbutstrong:exportreport -- ALLIANCES="$OUT/alliances.gpkg|layername=alliances" UNITS="$units" \
    TITLE="$title" PARAMETERS_TEXT="$notes" DPI=150 "$@" | keep -E '^PAGES:|WARNING' | sed 's/^/   /'
}
report OUTPUT_PDF="$OUT/report.pdf" OUTPUT_IMAGE="$OUT/report.png"
report ATLAS=true OUTPUT_PDF="$OUT/report_atlas.pdf" OUTPUT_IMAGE="$OUT/report_atlas.png"
for pdf in "$OUT/report.pdf" "$OUT/report_atlas.pdf"; do
  printf '   %s: %s pages, %s\n' "$pdf" "$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')" \
    "$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')"
done
