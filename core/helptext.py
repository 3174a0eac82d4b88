"""Help pages as translation units: the paragraphs, headings and list items of an HTML file.

Each algorithm's help is ``resources/help/<algorithm>.html`` in English. Its blocks (``<p>``,
``<h3>``, ``<li>``) are the units that translators see, one paragraph at a time, so that fixing a
word in one paragraph does not invalidate the rest of the page. Whitespace inside a block is
normalised, so re-wrapping the file changes no unit. Pure Python: ``scripts/i18n.py`` extracts
the units with :func:`blocks` and the plugin translates them with :func:`translate`.
"""

from __future__ import annotations

import re
from typing import Callable, List

BLOCK = re.compile(r"<(p|h3|li)(\s[^>]*)?>(.*?)</\1>", re.DOTALL)


def normalise(text: str) -> str:
    """One line, single spaces: the form in which a block is a translation unit."""
    return re.sub(r"\s+", " ", text).strip()


def blocks(html: str) -> List[str]:
    """The translation units of a help page, in order."""
    return [normalise(m.group(3)) for m in BLOCK.finditer(html)]


def translate(html: str, tr: Callable[[str], str]) -> str:
    """The page with every block's content passed through ``tr`` (untranslated blocks stay English)."""
    def one(match: "re.Match") -> str:
        tag, attrs, inner = match.group(1), match.group(2) or "", match.group(3)
        return f"<{tag}{attrs}>{tr(normalise(inner))}</{tag}>"  # i18n: resources/help/*.html
    return BLOCK.sub(one, html)
