# STEP: The second sample, US counties 1960-1990: decline, projection, alliances of Kansas and Nebraska counties, service gaps, siting, an English report in miles
set -euo pipefail
US="resources/sample/us_counties.gpkg|layername=counties"
rm -rf "$OUT/us" && mkdir -p "$OUT/us"
o="$OUT/us"
values() { sed -E 's/^([0-9]*\.+)*[0-9]*([A-Z])/\2/' | keep -E "$1" | sed 's/^/   /'; }
# Indicators with the county layer's own fields: population 1990 against 1960, median age (no 65+,
# no births in this data: the ageing indicator is the median age). The European profile's
# thresholds: small below 50,000.
qp run smallbutstrong:declineindicators -- INPUT="$US" ID_FIELD=FIPS NAME_FIELD=NAME POPULATION_FIELD=PO90 \
  POPULATION_BASE_FIELD=PO60 YEAR=1990 BASE_YEAR=1960 MEDIAN_AGE_FIELD=MA90 PROFILE=2 \
  OUTPUT="$o/indicators.gpkg" | values 'WARNING|computed|Thresholds'
# Linear trend of the four censuses, back-tested (fit 1960-1970, compare 1990).
qp run smallbutstrong:projectpopulation -- INPUT="$o/indicators.gpkg|layername=indicators" ID_FIELD=FIPS NAME_FIELD=NAME \
  POPULATION_FIELDS=PO60 POPULATION_FIELDS=PO70 POPULATION_FIELDS=PO80 POPULATION_FIELDS=PO90 YEARS=1960,1970,1980,1990 \
  METHOD=1 TARGET_YEARS=2000,2010 THRESHOLD=10000 OUTPUT="$o/projection.gpkg" | values '^(BACKTEST_MAPE|UNITS_BELOW_THRESHOLD):|MAPE'
# The study area: the 198 counties of Kansas and Nebraska (the Great Plains lost people from 1960).
qp run native:extractbyexpression -- INPUT="$o/projection.gpkg|layername=projection" \
  EXPRESSION="\"STATE_NAME\" IN ('Kansas','Nebraska')" OUTPUT="$o/plains.gpkg" >/dev/null
# Alliances of 2-5 neighbouring counties reaching 50,000 residents (1990), no time limit: the proven
# optimum (about 40 s).
qp run smallbutstrong:proposealliances -- INPUT="$o/plains.gpkg|layername=plains" ID_FIELD=FIPS NAME_FIELD=NAME \
  POPULATION_FIELD=PO90 PROFILE=2 MIN_MEMBERS=2 MAX_MEMBERS=5 \
  MIN_POPULATION=50000 TIME_LIMIT=0 OUTPUT="$o/alliances.gpkg" OUTPUT_MEMBERS="$o/alliance_members.gpkg" \
  | values '^(ALLIANCES|COVERED|OPTIMAL|GAP):|Solver:|WARNING'
# The facilities of a proxy service: hospital towns = the counties of 50,000+ (their points on
# surface), in every state (a county may look across a state line).
qp run native:extractbyexpression -- INPUT="$US" EXPRESSION='"PO90" >= 50000' OUTPUT="$o/towns_poly.gpkg" >/dev/null
qp run native:pointonsurface -- INPUT="$o/towns_poly.gpkg" ALL_PARTS=false OUTPUT="$o/towns.gpkg" >/dev/null
rm -f "$o/towns_poly.gpkg"
qp run smallbutstrong:servicegaps -- INPUT="$o/alliance_members.gpkg|layername=alliance_members" ID_FIELD=FIPS \
  POPULATION_FIELD=PO90 FACILITIES="$o/towns.gpkg" MIN_COUNT=0 MAX_DISTANCE=80 CATCHMENT=80 DECAY=1 \
  ALLIANCE_FIELD=alliance_id OUTPUT="$o/service_gaps.gpkg" \
  | values '^(UNITS|POPULATION)_IN_GAP(_AFTER_ALLIANCES)?:|WARNING'
qp run smallbutstrong:sitefacilities -- INPUT="$o/service_gaps.gpkg|layername=service_gaps" ID_FIELD=FIPS NAME_FIELD=NAME \
  DEMAND_FIELD=PO90 POPULATION_FIELD=PO90 ALLIANCE_FIELD=alliance_id OBJECTIVE=1 SITES_PER_ALLIANCE=1 \
  STANDARD_DISTANCE=80 EXISTING="$o/towns.gpkg" OUTPUT_SITES="$o/sites.gpkg" OUTPUT="$o/sited.gpkg" \
  | values '^(SITES|POPULATION_IN_GAP_BEFORE|POPULATION_IN_GAP_AFTER|OPTIMAL|GAP):|WARNING'
# The report: English words, the data's own sources, a scale bar in miles.
qp run smallbutstrong:exportreport -- ALLIANCES="$o/alliances.gpkg|layername=alliances" \
  UNITS="$o/service_gaps.gpkg|layername=service_gaps" TITLE="Small but strong alliances of Kansas and Nebraska counties, 1990" \
  PARAMETERS_TEXT="2-5 neighbouring counties, 50,000 residents (1990); gap: no county of 50,000+ within 80 km" \
  SCALE_UNITS=1 DPI=150 OUTPUT_PDF="$o/report.pdf" OUTPUT_IMAGE="$o/report.png" | values '^PAGES:|WARNING'
