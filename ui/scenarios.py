"""Scenarios: named plans with their figures, renamed, deleted, exported and compared unit by unit.

Scenarios branch: each remembers the scenario it was based on (``parent``: the one restored or
saved last when it was saved), so a tree of alternatives grows from one plan and each branch can
be compared with its base. Renaming keeps the links; deleting a scenario hands its branches to
its own base.

A scenario keeps the assignment, the locks and the plan's figures (the objective's, validity and
gaps, judged by the editor with the algorithms' rules). :func:`diff` lists the units whose
alliance differs between two scenarios, with the names on both sides, for the side-by-side
table and its map layer. Qt-free.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..core.graph import sort_key


@dataclass
class Scenario:
    name: str
    assignment: Dict[str, Optional[int]]
    locked: List[int]
    figures: dict
    #: alliance id -> its name when the scenario was saved
    names: Dict[int, str] = field(default_factory=dict)
    created: str = field(default_factory=lambda: time.strftime("%Y-%m-%d %H:%M"))
    #: the scenario this one was based on ("" = the run's plan)
    parent: str = ""

    def to_json(self) -> dict:
        return {"name": self.name, "assignment": self.assignment, "locked": self.locked, "figures": self.figures,
                "names": {str(k): v for k, v in self.names.items()}, "created": self.created, "parent": self.parent}

    @classmethod
    def from_json(cls, data: dict) -> "Scenario":
        return cls(name=data["name"],
                   assignment={k: (None if v is None else int(v)) for k, v in data["assignment"].items()},
                   locked=[int(a) for a in data.get("locked", [])], figures=dict(data.get("figures", {})),
                   names={int(k): v for k, v in data.get("names", {}).items()}, created=data.get("created", ""),
                   parent=str(data.get("parent") or ""))


@dataclass
class Change:
    """One unit whose alliance differs between scenario A and B."""

    unit: str
    name: str
    before: Optional[int]
    after: Optional[int]
    before_name: str
    after_name: str

    @property
    def kind(self) -> str:
        """joined (no alliance in A), left (none in B) or moved."""
        if self.before is None:
            return "joined"
        if self.after is None:
            return "left"
        return "moved"


class ScenarioBook:
    """The scenarios of one project, in the order they were saved."""

    def __init__(self):
        self.items: Dict[str, Scenario] = {}

    def names(self) -> List[str]:
        return list(self.items)

    def unique(self, name: str) -> str:
        base, n = name, 2
        while name in self.items:
            name = f"{base} ({n})"
            n += 1
        return name

    def add(self, scenario: Scenario, replace: bool = False) -> Scenario:
        if not replace:
            scenario.name = self.unique(scenario.name)
        self.items[scenario.name] = scenario
        return scenario

    def rename(self, old: str, new: str) -> str:
        new = new.strip()
        if not new or new == old:
            return old
        if new in self.items:
            raise ValueError(new)
        self.items = {(new if k == old else k): v for k, v in self.items.items()}  # the order stays
        self.items[new].name = new
        for other in self.items.values():
            if other.parent == old:
                other.parent = new
        return new

    def delete(self, name: str) -> None:
        gone = self.items.pop(name, None)
        for other in self.items.values():
            if gone is not None and other.parent == name:
                other.parent = gone.parent if gone.parent in self.items else ""

    def depth(self, name: str) -> int:
        """How many bases lie between a scenario and the run's plan (0: based on no scenario)."""
        seen, scenario, depth = {name}, self.items.get(name), 0
        while scenario is not None and scenario.parent in self.items and scenario.parent not in seen:
            seen.add(scenario.parent)
            scenario, depth = self.items[scenario.parent], depth + 1
        return depth

    def tree(self) -> List[Scenario]:
        """Every scenario, each branch right under its base, siblings in the order they were saved."""
        out: List[Scenario] = []
        placed = set()

        def walk(parent: str) -> None:
            for scenario in self.items.values():
                if scenario.name not in placed and (scenario.parent or "") == parent:
                    placed.add(scenario.name)
                    out.append(scenario)
                    walk(scenario.name)

        walk("")
        for scenario in self.items.values():  # a base that is gone (or a loop): shown at the top level
            if scenario.name not in placed:
                placed.add(scenario.name)
                out.append(scenario)
                walk(scenario.name)
        return out

    def to_json(self) -> str:
        return json.dumps([s.to_json() for s in self.items.values()], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ScenarioBook":
        book = cls()
        data = json.loads(text) if text else []
        if isinstance(data, dict):  # the dock's first format: {name: {"assignment", "locked", "summary"}}
            data = [{"name": k, "assignment": v.get("assignment", {}), "locked": v.get("locked", []),
                     "figures": v.get("summary", {})} for k, v in data.items()]
        for item in data:
            book.items[item["name"]] = Scenario.from_json(item)
        return book

    def export(self, path: str, unit_names: Dict[str, str]) -> None:
        """JSON (everything) or CSV (one row per unit, one column per scenario) by the extension."""
        if path.lower().endswith(".json"):
            with open(path, "w", encoding="utf-8") as handle:
                json.dump([s.to_json() for s in self.items.values()], handle, ensure_ascii=False, indent=1)
            return
        units = sorted({u for s in self.items.values() for u in s.assignment}, key=sort_key)
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["unit_id", "unit_name"] + list(self.items))
            for uid in units:
                writer.writerow([uid, unit_names.get(uid, uid)] + [
                    "" if s.assignment.get(uid) is None else s.assignment[uid] for s in self.items.values()])


def diff(a: Scenario, b: Scenario, unit_names: Dict[str, str]) -> List[Change]:
    """Units in another alliance in ``b`` than in ``a``; an alliance is matched by its members'
    majority, so renumbering alone is no change."""
    match = _matching(a.assignment, b.assignment)
    out = []
    for uid in sorted(set(a.assignment) | set(b.assignment), key=sort_key):
        before, after = a.assignment.get(uid), b.assignment.get(uid)
        if before is None and after is None:
            continue
        if before is not None and after is not None and match.get(before) == after:
            continue
        out.append(Change(uid, unit_names.get(uid, uid), before, after, a.names.get(before, "") if before else "",
                          b.names.get(after, "") if after else ""))
    return out


def _matching(first: Dict[str, Optional[int]], second: Dict[str, Optional[int]]) -> Dict[int, int]:
    """Alliance of ``first`` -> the alliance of ``second`` that holds most of its members."""
    votes: Dict[int, Dict[int, int]] = {}
    for uid, aid in first.items():
        other = second.get(uid)
        if aid is not None and other is not None:
            votes.setdefault(aid, {}).setdefault(other, 0)
            votes[aid][other] += 1
    return {aid: max(v.items(), key=lambda kv: (kv[1], -kv[0]))[0] for aid, v in votes.items()}
