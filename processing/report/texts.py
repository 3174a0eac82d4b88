"""Every word the report prints, in the interface language, and the font that can print it.

The texts come from ``tr`` (English source, Korean translation in resources/i18n) or from the
data (names, attribution); nothing is Korean unless the interface is. The font: Noto Sans for
Latin, Greek and Cyrillic (and every digit: a CJK font's Latin digits come out of Qt's PDF writer
without their Unicode, so the figures of a page could not be copied or searched), and for Hangul,
Kana and Han the glyphs Qt substitutes from the installed Noto Sans CJK, glyph by glyph. Without
Noto Sans, the CJK family of the page's script, then the usual sans fonts.
"""

from __future__ import annotations

from typing import Iterable, List

from qgis.PyQt.QtGui import QFontDatabase

from ...core.report import ReportText
from ..translate import language, tr

#: font families by script, in order of preference (Debian: fonts-noto-cjk, fonts-noto-core)
CJK = {"ko": "Noto Sans CJK KR", "ja": "Noto Sans CJK JP", "zh": "Noto Sans CJK SC"}
LATIN = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")


def report_text() -> ReportText:
    """The charts' and summary's words in the interface language."""
    return ReportText(
        population_title=tr("Population of each alliance against the floor"),
        distribution_title=tr("Alliances by population"),
        floor=tr("floor {0}"), dashed=tr("(dashed)"), alliances=tr("{0} alliances"),
        no_alliance=tr("no alliance reaches the floor"), below_floor=tr("{0} of {1} below the floor"),
        alliances_count_axis=tr("alliances"),
        gap_title=tr("Service gap before and after alliances"),
        gap_subtitle=tr("when each alliance pools its members' services"),
        units_in_gap=tr("Units in service gap"), residents_in_gap=tr("Residents of those units"),
        before=tr("before"), after=tr("after"),
        risk_title=tr("Extinction-risk class"),
        risk_subtitle=tr("grey = member units · colour = alliances pooled"),
        risk_short={1: tr("very low"), 2: tr("normal"), 3: tr("caution"), 4: tr("entering"), 5: tr("high")},
        members_title=tr("Population of the members"), total=tr("total {0}"),
        member_risk_title=tr("Extinction-risk index"), alliance_value=tr("alliance {0}"),
        at_risk_line=tr("below 0.5 = at risk"), members_in_gap=tr("Members in service gap"),
        their_residents=tr("Their residents"), gap_before_after=tr("Service gap before and after"),
        summary_counts=tr("{0} alliances · {1} units · {2} residents"),
        summary_below=tr("below the floor of {0}: {1} alliance(s)"),
        summary_gap=tr("in service gap: {0} → {1} units"),
        summary_gap_residents=tr(" ({0} → {1} residents)"),
        summary_risk=tr("high extinction risk: {0} member units → {1} alliances pooled"),
        path_title=tr("Population through the target years"),
        path_subtitle=tr("{0} of {1} alliances stay above the floor through {2}"),
        path_note=tr("{0}–{1} · each panel from 0 to its own maximum · dashed: the floor"),
        path_above=tr("above the floor"), path_below=tr("below the floor"),
        path_short_title=tr("Projected population"), log_scale=tr("log scale"), gap_short_title=tr("Service gap"),
        path_below_from=tr("below the floor from {0}"), path_above_through=tr("above the floor through {0}"),
        siting_title=tr("Sites of the new shared facilities"),
        siting_residents=tr("Residents beyond {0}: {1} → {2}"),
        siting_demand=tr("Demand ({0}) beyond {1}: {2} → {3}"),
        siting_mean=tr("Mean distance to the nearest facility, weighted by demand: {0} → {1}"),
        siting_mean_new=tr("Mean distance to the nearest new facility, weighted by demand: {0}"),
        siting_sites=tr("{0} new sites in {1} alliances · {2}"),
        siting_newly=tr("Demand brought within {0} by the new sites: {1}"),
        siting_served=tr("Demand served by the new sites: {0}"),
        standard_unknown=tr("the standard"),
        siting_chart_title=tr("Beyond {0}, before and after the new sites"),
        residents=tr("Residents"), demand=tr("Demand ({0})"),
        objectives={"pmedian": tr("p-median"), "mclp": tr("maximal coverage"), "lscp": tr("set covering"),
                    "pcenter": tr("p-center")},
    )


def scripts_of(texts: Iterable[str]) -> set:
    """The scripts that matter for the font: "hangul", "kana", "han", "latin"."""
    found = set()
    for text in texts:
        for ch in str(text):
            code = ord(ch)
            if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
                found.add("hangul")
            elif 0x3040 <= code <= 0x30FF:
                found.add("kana")
            elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
                found.add("han")
    return found


def font_family(texts: Iterable[str]) -> str:
    """The family for a page that prints ``texts`` in the interface language (installed ones only)."""
    available = set(QFontDatabase().families())
    scripts = scripts_of(list(texts))
    lang = language()
    wanted: List[str] = [LATIN[0]]
    if scripts & {"hangul", "kana", "han"} or lang in CJK:
        if "hangul" in scripts:
            preferred = "ko"
        elif "kana" in scripts:
            preferred = "ja"
        else:
            preferred = lang if lang in CJK else "ja"
        wanted += [CJK[preferred]] + [f for k, f in CJK.items() if k != preferred]
    wanted += list(LATIN)
    for family in wanted:
        if family in available:
            return family
    return wanted[0]
