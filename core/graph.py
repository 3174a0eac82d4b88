"""Small, pure graph helpers on unit-id edge lists.

Why a module of its own: the alliance solver, the interactive dock and the
processing algorithms all need the same notion of "neighbouring units" and of
"contiguous alliance".  Keeping it here, free of QGIS and Qt, means it can be
unit-tested on plain data and reused without dragging a GUI along.

Every function returns results in a deterministic order (sorted by id, or by
first appearance in ``ids``) so that the same input always produces the same
output, which the plugin relies on for reproducible alliance plans.
"""

from __future__ import annotations

from collections import deque
from typing import Callable, Dict, Hashable, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, Union

__all__ = ["sort_key", "build_adjacency", "connected_components", "is_connected"]


def sort_key(value: Hashable) -> Tuple[str, str]:
    """Sort key that works for mixed id types.

    Ids are meant to be strings, but callers sometimes hand over integers from
    an attribute table; comparing by (type name, text) keeps sorting total and
    deterministic instead of raising ``TypeError``.
    """
    return (type(value).__name__, str(value))


def build_adjacency(ids: Sequence[str], edges: Iterable[Tuple[str, str]]) -> Dict[str, Set[str]]:
    """Build an undirected adjacency map restricted to ``ids``.

    Every id gets an entry (possibly empty), so that isolated units are still
    visible to callers.  Self-loops are dropped (a unit is not its own
    neighbour) and edges with an endpoint not in ``ids`` are ignored: callers
    often pass a global edge list while working on a selection of units.
    Duplicate and reversed edges collapse naturally into the sets.
    """
    adjacency: Dict[str, Set[str]] = {uid: set() for uid in ids}
    for edge in edges:
        a, b = edge[0], edge[1]
        if a == b or a not in adjacency or b not in adjacency:
            continue
        adjacency[a].add(b)
        adjacency[b].add(a)
    return adjacency


def connected_components(
    adjacency: Union[Mapping[Hashable, Iterable[Hashable]], Sequence[Iterable[int]]],
    nodes: Optional[Iterable[Hashable]] = None,
    key: Optional[Callable[[Hashable], object]] = sort_key,
) -> List[List[Hashable]]:
    """Connected components of the subgraph induced by ``nodes``.

    ``adjacency`` maps a node to its neighbours: a dict of ids, or a list indexed by integer
    nodes (the solver's form). ``nodes`` defaults to every node of ``adjacency``. Only edges
    between two selected nodes count, which is what "induced" means and what alliance
    contiguity needs (an alliance cannot be connected through a non-member). Each component is
    sorted by ``key`` (``None``: natural order, for integers), and components are ordered by
    their smallest member, so the result is deterministic. Nodes missing from a dict
    ``adjacency`` are treated as isolated rather than rejected.
    """
    if isinstance(adjacency, Mapping):
        def neighbours(node):
            return adjacency.get(node, ())
        everything = adjacency.keys()
    else:
        def neighbours(node):
            return adjacency[node]
        everything = range(len(adjacency))
    selected = set(everything if nodes is None else nodes)
    seen: Set[Hashable] = set()
    components: List[List[Hashable]] = []
    for start in sorted(selected, key=key):
        if start in seen:
            continue
        seen.add(start)
        component = [start]
        queue = deque([start])
        while queue:
            current = queue.popleft()
            for neighbour in neighbours(current):
                if neighbour in selected and neighbour not in seen:
                    seen.add(neighbour)
                    component.append(neighbour)
                    queue.append(neighbour)
        component.sort(key=key)
        components.append(component)
    return components


def is_connected(members: Iterable[str], adjacency: Dict[str, Set[str]]) -> bool:
    """True when ``members`` induce a connected subgraph of ``adjacency``.

    An empty member list is reported as not connected (there is no alliance to
    speak of); a single member is trivially connected.  Duplicated members are
    harmless.
    """
    selected = set(members)
    if not selected:
        return False
    start = next(iter(selected))
    seen = {start}
    stack = [start]
    while stack:
        current = stack.pop()
        for neighbour in adjacency.get(current, ()):
            if neighbour in selected and neighbour not in seen:
                seen.add(neighbour)
                stack.append(neighbour)
    return len(seen) == len(selected)
