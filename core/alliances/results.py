"""From chosen member index lists to the public records: alliances in canonical order and a
status for every unit (locked, not eligible, in alliance, or why not)."""

from __future__ import annotations

from typing import Dict, List, Optional, Set, Tuple

from ..graph import sort_key
from ..schema import STATUS_IN_ALLIANCE, STATUS_LOCKED, STATUS_NOT_ELIGIBLE
from .control import Control
from .diagnosis import diagnose
from .model import Alliance
from .prepared import Prepared
from .rules import validate_alliance


def locked_alliances(prep: Prepared, adjacency: Dict[str, Set[str]]) -> List[Alliance]:
    """Locked alliances as given, each with the rules it breaks."""
    groups: Dict[object, List[int]] = {}
    for i, key in enumerate(prep.locked):
        if key is not None:
            groups.setdefault(key, []).append(i)
    result = []
    for members in sorted(groups.values(), key=lambda ms: ms[0]):
        al = prep.alliance(members, locked=True)
        al.violations = validate_alliance(al.members, prep.problem, adjacency)
        result.append(al)
    return result


def finish(prep: Prepared, chosen_sets: List[List[int]], locked: List[Alliance],
            reasons: Dict[int, str], control: Optional[Control] = None) -> Tuple[List[Alliance], Dict[str, str]]:
    """Alliance records in canonical order plus a status for every unit (``control``: the
    diagnoses poll its cancel and stop at the end of its time limit)."""
    alliances = [prep.alliance(ms) for ms in chosen_sets] + locked
    alliances.sort(key=lambda a: (-a.population, sort_key(a.hub), [sort_key(m) for m in a.members]))
    status: Dict[str, str] = {}
    in_alliance = {m for ms in chosen_sets for m in ms}
    for i, uid in enumerate(prep.ids):
        if prep.is_locked[i]:
            status[uid] = STATUS_LOCKED
        elif not prep.eligible[i]:
            status[uid] = STATUS_NOT_ELIGIBLE
        elif i in in_alliance:
            status[uid] = STATUS_IN_ALLIANCE
        else:
            status[uid] = reasons.get(i) or diagnose(prep, i, control)
    return alliances, status
