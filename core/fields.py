"""Guess which field of a layer plays which role, so the dock starts with sensible choices.

Analysts can always change the guess; it only saves clicks on common layouts such as the
bundled Korean sample (``code``, ``sigungu``, ``pop_reg_2025``, ``pop65_reg_2025`` ...).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

#: role -> (exact names first, then regular expressions; among matches the latest year wins)
ROLES = {
    "id": (["code", "id", "adm_cd", "sigungu_cd", "sig_cd", "unit_id"], [r"(^|_)(code|cd|id)$"]),
    "name": (["sigungu", "name", "sig_kor_nm", "adm_nm", "unit_name"], [r"(^|_)(nm|name)(_|$)"]),
    "population": (["population", "pop"], [r"^pop_reg_(\d{4})$", r"^pop_census_(\d{4})$", r"^pop_?(\d{4})$"]),
    "population_base": ([], [r"^pop_reg_(\d{4})$", r"^pop_census_(\d{4})$", r"^pop_?(\d{4})$"]),
    "elderly": (["pop65", "elderly"], [r"^pop65_reg_(\d{4})$", r"^pop65_(\d{4})$", r"65"]),
    "young_women": (["f20_39", "women_20_39"], [r"^f20_39_reg_(\d{4})$", r"^f20_39_(\d{4})$", r"f20_?39"]),
    "births": (["births"], [r"^births(_est)?_(\d{4})$", r"birth"]),
    "group": (["sido", "province", "region"], [r"sido|province"]),
    "supply": ([], [r"^doctors_obgyn_(\d{4})$", r"obgyn", r"^er_facilities"]),
}


def _year(name: str) -> int:
    years = re.findall(r"(\d{4})", name)
    return int(years[-1]) if years else -1


def guess_field(names: Iterable[str], role: str) -> Optional[str]:
    """The most likely field for ``role`` (see ROLES), or None.

    ``population`` takes the latest year, ``population_base`` the earliest one of the same
    series (ten years back when available), so the pair describes a change over time.
    """
    names = list(names)
    lower = {n.lower(): n for n in names}
    exact, patterns = ROLES[role]
    for candidate in exact:
        if candidate in lower:
            return lower[candidate]
    for pattern in patterns:
        matches = [n for n in names if re.search(pattern, n, re.IGNORECASE)]
        if not matches:
            continue
        matches.sort(key=lambda n: (_year(n), n))
        if role == "population_base":
            latest = _year(matches[-1])
            earlier = [n for n in matches if 0 < _year(n) <= latest - 10] or matches[:1]
            return earlier[-1] if len(matches) > 1 else None
        return matches[-1]
    return None
