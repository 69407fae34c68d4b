"""Citations to external law found in a provision's text, in one canonical form.

Washington forms: a section is `WAC 246-929-210` / `RCW 18.420.010`; a chapter (two-part
number) is `chapter 246-929 WAC` / `chapter 18.420 RCW`, whichever order the text uses
(`RCW 18.420`, `18.420 RCW`, `WAC chapter 246-929`, `chapter 246-929 WAC`).
"""

from __future__ import annotations

import re

_NUMBER = r"\d+[A-Z]?(?:[.-]\d+[A-Z]?){1,2}"
_CITE = re.compile(
    rf"\b(?P<pre>RCW|WAC)\s+(?:chapter\s+)?(?P<n1>{_NUMBER})"
    rf"|(?:\bchapter\s+)?\b(?P<n2>{_NUMBER})\s+(?P<post>RCW|WAC)\b"
)


def _canonical(body: str, number: str) -> str:
    parts = re.split(r"[.-]", number)
    return f"{body} {number}" if len(parts) >= 3 else f"chapter {number} {body}"


def extract(text: str) -> tuple[str, ...]:
    """Citations in order of first appearance, without repeats."""
    out: list[str] = []
    for m in _CITE.finditer(text):
        body = m.group("pre") or m.group("post")
        number = m.group("n1") or m.group("n2")
        cite = _canonical(body, number)
        if cite not in out:
            out.append(cite)
    return tuple(out)
