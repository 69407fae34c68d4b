"""The word-diff .docx (`--format docx-diff`): the curated current -> draft word diff of every
provision as real tracked changes (`w:ins` / `w:del`), byte-deterministic.

Each provision is one paragraph: its name as the code names it ("Professional conduct, item 9")
in bold, then the word diff of its curated texts, deleted words inside `w:del` (as `w:delText`)
and inserted words inside `w:ins`, authored "peer-ethics" at a fixed date; a bookmark named from
the provision's id (`wordml.bookmark_name`) wraps it. The redline as the drafter marked it is
`marked_docx`; this view shows what changes once the markup anomalies are read.
"""

from __future__ import annotations

from typing import Any

from . import wordml
from .redline import Redline


def _paragraph(
    p: Any, pid: str, name: str, ops: tuple[tuple[str, str], ...], ids: wordml.Ids
) -> None:
    start, end = ids.bookmark(wordml.bookmark_name(pid))
    p._p.append(start)
    p._p.append(wordml.run(name + " ", bold=True))
    for k, (op, words) in enumerate(ops):
        text = (" " if k else "") + words
        if op == "delete":
            mark = ids.mark("w:del")
            mark.append(wordml.run(text, deleted=True))
            p._p.append(mark)
        elif op == "insert":
            mark = ids.mark("w:ins")
            mark.append(wordml.run(text))
            p._p.append(mark)
        else:
            p._p.append(wordml.run(text))
    p._p.append(end)


def redline_docx(redline: Redline) -> bytes:
    title = f"{redline.code.name}: what the draft changes"
    document = wordml.new_document(title)
    document.add_heading(title, level=1)
    document.add_paragraph(
        "The draft is proposed, not in force. Each provision shows the words of the current code "
        f"the draft deletes and the words it inserts, as tracked changes by {wordml.AUTHOR}, once "
        "the markup anomalies of the redline are read as recorded in its curated readings."
    )
    names = {p.id: p.name for e in (redline.proposed, redline.base) for p in e.provisions}
    ids = wordml.Ids()
    for pid, ops in redline.provisions:
        _paragraph(document.add_paragraph(), pid, names.get(pid, pid), ops, ids)
    return wordml.save(document)
