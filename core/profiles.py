"""Profiles of policy defaults: the thresholds that differ between countries, each with its source.

The tools are general; the numbers behind "small", "low births" or "an alliance big enough" are
policy, and they differ by country. A profile names one coherent set of them with its sources.
Every threshold parameter of the algorithms is optional: left empty, it takes the chosen
profile's value (the Korean "small but strong" set by default); given, it overrides the profile.
Pure Python: no QGIS, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple


@dataclass(frozen=True)
class Profile:
    key: str
    #: English name (the interface translates it)
    name: str
    #: alliances: population floor, members
    min_population: float
    min_members: int
    max_members: int
    #: a hub must have at least this population when the profile sets one (0 = no rule)
    hub_population: float
    #: indicators: a unit below this population is "small"
    small_population: float
    #: births per year below which a unit has "low births" (0 = no such flag)
    low_births: float
    #: women 20-39 falling by at least this share between two dates marks a unit at risk
    halving_share: float
    #: where the numbers come from (printed in the help and, on request, in reports)
    sources: str


KOREA = Profile(
    key="korea", name="Korea: small but strong alliances (KRIHS)",
    min_population=300_000, min_members=2, max_members=5, hub_population=0,
    small_population=100_000, low_births=300, halving_share=0.5,
    sources=("Korea Research Institute for Human Settlements (KRIHS), 'small but strong' regional alliances: "
             "2 to 5 neighbouring cities/counties reaching about 300,000 residents; cities/counties under "
             "100,000 residents; fewer than 300 births a year (the line used in Korean policy work for an "
             "ob-gyn clinic); local extinction risk index after Lee Sang-ho (KEIS, 2016)."),
)
JAPAN = Profile(
    key="japan", name="Japan: regional core-city alliances (MIC) and the Masuda criterion",
    min_population=200_000, min_members=2, max_members=12, hub_population=200_000,
    small_population=50_000, low_births=0, halving_share=0.5,
    sources=("Ministry of Internal Affairs and Communications (MIC), regional core-city alliances "
             "(renkei chūsū toshiken, 2014): a core city of at least 200,000 residents with its neighbouring "
             "municipalities; 50,000 residents is the population a municipality needs to be a city (shi, Local "
             "Autonomy Act art. 8); municipalities at risk of vanishing: women aged 20-39 halving over 30 years "
             "(Japan Policy Council, Masuda 2014: 896 municipalities; Population Strategy Council 2024: 744)."),
)
EUROPE = Profile(
    key="europe", name="Europe: degree of urbanisation (Eurostat) towns and cities",
    min_population=50_000, min_members=2, max_members=8, hub_population=0,
    small_population=50_000, low_births=0, halving_share=0.5,
    sources=("Eurostat, Applying the degree of urbanisation (2021 edition): a city has an urban centre of at "
             "least 50,000 inhabitants, and so does the core of a functional urban area; towns and semi-dense "
             "areas have 5,000 to 50,000. Alliances here reach the size of a city's core."),
)
PROFILES: Dict[str, Profile] = {p.key: p for p in (KOREA, JAPAN, EUROPE)}
#: the order of the PROFILE parameter's options
PROFILE_KEYS: Tuple[str, ...] = tuple(PROFILES)
DEFAULT_PROFILE = KOREA


def profile(key_or_index) -> Profile:
    """A profile by key ("korea") or by its index in PROFILE_KEYS (what a Processing enum gives)."""
    if isinstance(key_or_index, int):
        return PROFILES[PROFILE_KEYS[key_or_index]]
    return PROFILES[str(key_or_index)]


def value_or_profile(value: Optional[float], default: float) -> float:
    """An optional threshold: the analyst's value, else the profile's."""
    return default if value is None else value
