"""The METHOD options and core.projection's reasons in the interface language."""

from __future__ import annotations

import re
from typing import List, Optional

from ..base import tr


def method_labels() -> List[str]:
    """The METHOD options, in the order of core.projection.METHODS."""
    return [tr("Geometric trend (constant annual rate)"), tr("Linear trend (constant annual change)"),
            tr("Cohort change (Hamilton–Perry)")]


def _series_label(label: str) -> str:
    return {"population": tr("population"), "65+": tr("65+"), "women 20–39": tr("women 20–39")}.get(label, label)


def _sex(word: str) -> str:
    return {"female": tr("female"), "male": tr("male")}.get(word, word)


_SERIES = r"(population|65\+|women 20–39)"
_SPAN = r"(\d{4})–(\d{4})"
#: core.projection's reasons (English, the core has no Qt) -> the interface language
_REASONS = (
    (re.compile(_SERIES + r": no positive value in the base period " + _SPAN),
     lambda m: tr("{0}: no positive value in the base period {1}–{2}").format(_series_label(m[1]), m[2], m[3])),
    (re.compile(_SERIES + r": a single observation \((\d{4})\) in the base period " + _SPAN + "; a trend needs two"),
     lambda m: tr("{0}: a single observation ({1}) in the base period {2}–{3}; a trend needs two").format(
         _series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": zero \(treated as missing\) in (\d{4}), the start of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: zero (treated as missing) in {1}, the start of the base period {2}–{3}; fill it or "
                  "choose a base period that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": zero \(treated as missing\) in (\d{4}), the end of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: zero (treated as missing) in {1}, the end of the base period {2}–{3}; fill it or "
                  "choose a base period that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": missing in (\d{4}), the start of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: missing in {1}, the start of the base period {2}–{3}; fill it or choose a base period "
                  "that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": missing in (\d{4}), the end of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: missing in {1}, the end of the base period {2}–{3}; fill it or choose a base period "
                  "that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(r"Hamilton–Perry: an age-group count is missing in (\d{4}) or (\d{4})"),
     lambda m: tr("Hamilton–Perry: an age-group count is missing in {0} or {1}").format(m[1], m[2])),
    (re.compile(r"Hamilton–Perry: more women than people aged (\S+) in (\d{4})"),
     lambda m: tr("Hamilton–Perry: more women than people aged {0} in {1}").format(m[1], m[2])),
    (re.compile(r"Hamilton–Perry: zero women (\d+–\d+) in (\d{4}), so the ratio for (female|male) (\S+) is undefined"),
     lambda m: tr("Hamilton–Perry: zero women {0} in {1}, so the child–woman ratio for {2} {3} is undefined").format(
         m[1], m[2], _sex(m[3]), m[4])),
    (re.compile(r"Hamilton–Perry: zero (female|male) (\S+) in (\d{4}), so the ratio for (female|male) (\S+) "
                r"is undefined"),
     lambda m: tr("Hamilton–Perry: zero {0} {1} in {2}, so the cohort-change ratio for {3} {4} is undefined").format(
         _sex(m[1]), m[2], m[3], _sex(m[4]), m[5])),
    (re.compile(r"no positive observed population in (\d{4}) to compare with"),
     lambda m: tr("no positive observed population in {0} to compare with").format(m[1])),
    (re.compile(r"(geometric|linear): (\d+) observation years; a back-test needs three — two to fit and a later "
                r"one to compare with"),
     lambda m: tr("the population has {0} observation year(s); a back-test needs three: two to fit and a later one "
                  "to compare with").format(m[2])),
    (re.compile(r"hamilton_perry: (\d+) age-table dates; a back-test needs three — two to fit and a later one to "
                r"compare with"),
     lambda m: tr("the age groups are given for {0} dates; a back-test of Hamilton–Perry needs three: two to fit "
                  "and a later one to compare with").format(m[1])),
    (re.compile(r"hamilton_perry: the fit dates (\d{4}) and (\d{4}) are not a multiple of 5 years apart"),
     lambda m: tr("the fit dates {0} and {1} are not a multiple of 5 years apart").format(m[1], m[2])),
)


def reason_text(reason: Optional[str]) -> Optional[str]:
    """A reason of core.projection in the interface language (an unknown one stays as it is)."""
    if not reason:
        return None
    for pattern, text in _REASONS:
        reason = pattern.sub(text, reason)
    return reason
