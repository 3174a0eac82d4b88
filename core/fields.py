"""Guess which field of a layer plays which role, so that tools start with sensible choices.

Analysts can always change the guess; it saves clicks on common layouts of several countries:
Korean (``code``, ``sigungu``, ``pop_reg_2025``), US census (``FIPS``, ``NAME``, ``STATE_NAME``,
``PO90``), German (``AGS``, ``GEN``, ``EWZ``, ``Bundesland``), French (``INSEE_COM``, ``NOM``,
``PMUN``, ``P20_POP``), Japanese (``JCODE``, ``市区町村名``, ``人口``) and generic English names
(``id``, ``name``, ``population_2020``). Every guess comes with the rule that chose it, so the
dock and the algorithms can say why. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

#: role -> (exact names, case-insensitive, in order of preference; then regular expressions)
ROLES = {
    "id": (["code", "id", "fips", "geoid", "adm_cd", "sigungu_cd", "sig_cd", "unit_id", "ags", "ars", "rs",
            "insee", "insee_com", "code_insee", "codgeo", "depcom", "jcode", "jiscode", "nuts_id", "lau_id",
            "gisco_id", "행정코드", "団体コード", "市区町村コード"],
           [r"(^|_)(code|cd|id|fips|geoid|ags|insee)$", r"コード$"]),
    "name": (["sigungu", "name", "name_en", "sig_kor_nm", "adm_nm", "unit_name", "gen", "nom", "nom_com",
              "libelle", "libgeo", "municipality", "county", "gemeinde", "kreis", "city", "市区町村名", "名称",
              "시군구", "시군구명"],
             [r"(^|_)(nm|name|nom)(_|$)", r"名$", r"명$"]),
    "population": (["population", "pop", "pop_total", "pop_tot", "totpop", "tot_pop", "einwohner", "ewz",
                    "bevoelkerung", "bevölkerung", "pmun", "ptot", "人口", "総人口", "인구", "총인구"],
                   [r"^pop_reg_(\d{4})$", r"^pop_census_(\d{4})$", r"^pop(ulation)?_?(\d{4})$",
                    r"^po(\d{2})$", r"^p(\d{2})_pop$", r"^(ewz|einwohner)_?(\d{4})$", r"^人口_?(\d{4})$",
                    r"^인구_?(\d{4})$"]),
    "population_base": ([], []),  # same patterns as population, an earlier year (see guess_field)
    "elderly": (["pop65", "elderly", "pop_65plus", "pop65plus", "age65plus", "senior", "高齢者", "65세이상"],
                [r"^pop65_reg_(\d{4})$", r"^pop65_(\d{4})$", r"(^|_)(pop_?)?65(plus|\+)?(_|$)"]),
    "elderly_share": (["share65", "pct65", "pct_65", "p65", "aged_share", "高齢化率", "고령화율"],
                      [r"(share|pct|percent|ratio|rate)_?65", r"65_?(share|pct|percent|ratio|rate)"]),
    "median_age": (["median_age", "medage", "age_median"], [r"^ma(\d{2})$", r"median_?age_?(\d{4})?"]),
    "young_women": (["f20_39", "women_20_39", "fem20_39"], [r"^f20_39_reg_(\d{4})$", r"^f20_39_(\d{4})$",
                                                           r"f(em)?20_?39"]),
    "births": (["births", "birth", "geburten", "naissances", "出生数", "출생아수"],
               [r"^births(_est)?_(\d{4})$", r"birth"]),
    "group": (["sido", "province", "region", "state", "state_name", "land", "bundesland", "departement",
               "dep", "reg", "prefecture", "pref", "都道府県", "시도", "nuts1", "nuts2"],
              [r"sido|province|state_?name|bundesland|prefecture|departement"]),
    "supply": ([], [r"^doctors_obgyn_(\d{4})$", r"obgyn", r"^er_facilities", r"hospital", r"clinic"]),
}
#: roles whose guesses are numeric fields
NUMERIC_ROLES = {"population", "population_base", "elderly", "elderly_share", "median_age", "young_women",
                 "births", "supply"}


@dataclass
class Guess:
    role: str
    field: Optional[str]
    #: how it was chosen, for the message ("exact name", "pattern ^po(\d{2})$, latest year 1990")
    rule: str = ""


def year_of(name: Optional[str]) -> Optional[int]:
    """The year a field name carries: 4 digits (pop_reg_2025 -> 2025), or 2 digits after a letter
    prefix (PO90 -> 1990, P20_POP -> 2020, MA60 -> 1960). None when there is none."""
    if not name:
        return None
    four = re.findall(r"(?<!\d)(1[89]\d{2}|2[01]\d{2})(?!\d)", name)
    if four:
        return int(four[-1])
    two = re.match(r"^[A-Za-z]{1,4}_?(\d{2})(_[A-Za-z]+)?$", name)
    if two:
        value = int(two.group(1))
        return 1900 + value if value >= 40 else 2000 + value
    return None


def _matches(names: Sequence[str], role: str) -> Tuple[List[str], str]:
    exact, patterns = ROLES["population" if role == "population_base" else role]
    lower = {n.lower(): n for n in names}
    for candidate in exact:
        if role != "population_base" and candidate.lower() in lower:
            return [lower[candidate.lower()]], f"exact name {candidate}"
    for pattern in patterns:
        found = [n for n in names if re.search(pattern, n, re.IGNORECASE)]
        if found:
            return found, f"pattern {pattern}"
    return [], ""


def guess(names: Iterable[str], role: str, numeric: Optional[Iterable[str]] = None,
          exclude: Iterable[str] = ()) -> Guess:
    """The most likely field for ``role`` and why (see ROLES). ``numeric`` lists the numeric fields
    (numeric roles only pick from them); ``exclude`` are fields already taken by other roles.

    ``population`` takes the latest year of a series, ``population_base`` an earlier one of the
    same series (ten years back when available), so that the pair describes a change.
    """
    names = [n for n in names if n not in set(exclude)]
    if role in NUMERIC_ROLES and numeric is not None:
        allowed = set(numeric)
        names = [n for n in names if n in allowed]
    found, rule = _matches(names, role)
    if not found:
        return Guess(role, None, "")
    found.sort(key=lambda n: (year_of(n) or -1, n))
    if role == "population_base":
        dated = [n for n in found if year_of(n)]
        if len(dated) < 2:
            return Guess(role, None, "")
        latest = year_of(dated[-1])
        earlier = [n for n in dated if year_of(n) <= latest - 10] or dated[:-1]
        return Guess(role, earlier[-1], f"{rule}, year {year_of(earlier[-1])} before {latest}")
    chosen = found[-1]
    return Guess(role, chosen, rule + (f", latest year {year_of(chosen)}" if year_of(chosen) else ""))


def guess_field(names: Iterable[str], role: str, numeric: Optional[Iterable[str]] = None) -> Optional[str]:
    """The most likely field for ``role``, or None (see :func:`guess`)."""
    return guess(names, role, numeric).field
