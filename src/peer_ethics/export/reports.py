"""Compare and impact reports for people to read, as Markdown, HTML, PDF and .docx.

The reports take the JSON of `peer-ethics compare --json` / `impact --json` (so that every
format says exactly what the JSON says) and name what it names by id: editions by name, topics
by label, verdicts in words, each witness situation as one sentence, the deciding words quoted
with the provision named as the code names it, and reform steps by what they do. Norm ids and
citations appear only in the appendix for reviewers. Every format renders the same `Report`;
tables with quotes are marked wide and laid out in landscape sections (.docx, PDF).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peer_ethics.core.errors import BadInput

from .naming import STRENGTH_WORDS, Naming, join_and, verdict

FORMATS = ("md", "html", "pdf", "docx")

Para = tuple[str, str]  # (style, text): "" plain, "b" bold, "q" a quotation of a code
Cell = tuple[Para, ...]


@dataclass(frozen=True)
class Table:
    heading: str
    note: str  # one sentence under the heading
    head: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the line, summing to 1
    rows: tuple[tuple[Cell, ...], ...]
    wide: bool  # laid out in landscape


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    summary: str
    sections: tuple[Table, ...]
    appendix: tuple[Table, ...]


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else []


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _plain(text: str) -> Cell:
    return (("", text),)


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "”", '"', "?")) else text + "."


class _Quotes:
    """Quotes each provision in full the first time it appears within a topic."""

    def __init__(self, naming: Naming) -> None:
        self.naming = naming
        self.seen: set[tuple[str, str, str, str]] = set()

    def side(self, issue: str, side: Mapping[str, Any], strength: bool = False) -> Cell:
        words = verdict(side["verdict"])
        if strength and side.get("strength"):
            words += ", " + STRENGTH_WORDS.get(str(side["strength"]), str(side["strength"]))
        out: list[Para] = [("b", words)]
        code, edition = str(side["code"]), str(side["edition"])
        for p in _list(side["provisions"]):
            key = (issue, code, edition, str(p))
            if key in self.seen:
                name = self.naming.provision(code, edition, str(p))
                out.append(("", f"{name} (quoted above)"))
            else:
                self.seen.add(key)
                out.append(("q", self.naming.quote(code, edition, str(p))))
        if not _list(side["provisions"]):
            out.append(("", "No provision of this code decides it."))
        conditions = [str(c) for c in _list(side.get("conditions"))]
        if conditions:
            out.append(("", "Only if: " + " ".join(_sentence(c) for c in conditions)))
        duties = [str(c) for c in _list(side.get("duties"))]
        if duties:
            out.append(("", "What to do: " + " ".join(_sentence(c) for c in duties)))
        return tuple(out)


def _steps(steps: Sequence[Mapping[str, Any]]) -> Cell:
    return tuple(("", _sentence(str(s["reason"]))) for s in steps) or _plain("—")


def _provisions(naming: Naming, code: str, edition: str, ids: Sequence[str]) -> str:
    return join_and([naming.provision(code, edition, str(p)) for p in ids]) or "—"


_SIDE_WIDTHS = (0.12, 0.22, 0.25, 0.25, 0.16)


def impact_report(data: Mapping[str, Any], naming: Naming) -> Report:
    a, b = (str(e) for e in _list(data["editions"]))
    code, to = str(data["code"]), b.partition("@")[2]
    quotes = _Quotes(naming)
    head = ("Topic", "Situation", naming.edition(a), naming.edition(b), "What the draft does")

    def rows(items: list[Any], strength: bool) -> tuple[tuple[Cell, ...], ...]:
        out = []
        for t in items:
            w = t["witness"]
            current, draft = _list(w["sides"])
            out.append(
                (
                    _plain(naming.topic(t["issue"])),
                    _plain(naming.situation(w)),
                    quotes.side(t["issue"], current, strength),
                    quotes.side(t["issue"], draft, strength),
                    _steps(_list(t["steps"])),
                )
            )
        return tuple(out)

    transitions, strengths = _list(data["transitions"]), _list(data.get("strength_changes"))
    duties = tuple(
        (
            _plain(join_and([naming.topic(i) for i in _list(s["issues"])]) or "—"),
            _plain(_provisions(naming, code, to, _list(s["provisions"]))),
            _plain(_sentence(str(s["reason"]))),
        )
        for s in _list(data["duty_changes"])
    )
    wording = _wording(data, naming)
    sections = (
        Table(
            "Answers that change",
            "Each answer the draft would change, shown by the simplest situation that shows it, "
            "with the words that decide it in each edition.",
            head,
            _SIDE_WIDTHS,
            rows(transitions, False),
            True,
        ),
        Table(
            "Same answer, different strength",
            "The answer stays the same but the draft words it as a firm rule or as a "
            "recommendation instead.",
            head,
            _SIDE_WIDTHS,
            rows(strengths, True),
            True,
        ),
        Table(
            "Duties and conditions worded differently",
            "What someone must do, or the conditions they must meet, change in wording.",
            ("Topic", "Provision", "What the draft does"),
            (0.25, 0.25, 0.5),
            duties,
            False,
        ),
        Table(
            "Changes of wording only",
            "Provisions whose words change with no change to any answer or duty.",
            ("Provision", "What changes"),
            (0.3, 0.7),
            wording,
            False,
        ),
    )
    summary = (
        f"The draft would change {_count(len(transitions), 'answer')} and the strength of "
        f"{len(strengths)} more; {_count(len(duties), 'duty or condition', 'duties or conditions')}"
        f" {'is' if len(duties) == 1 else 'are'} worded differently; "
        f"{_count(len(wording), 'provision')} change{'s' if len(wording) == 1 else ''} in "
        "wording only."
    )
    if data["unexplained"]:
        summary += (
            f" {_count(len(_list(data['unexplained'])), 'answer change')} with no change of "
            "wording behind it: see the appendix."
        )
    place = naming.corpus.code(code).jurisdiction.split(" (")[0]
    return Report(
        "What the draft would change in practice",
        f"{naming.corpus.code(code).name}, {place}: the draft (proposed, not in force) against "
        "the current code (in force).",
        summary,
        sections,
        _impact_appendix(data, naming),
    )


def _wording(data: Mapping[str, Any], naming: Naming) -> tuple[tuple[Cell, ...], ...]:
    code = str(data["code"])
    a, b = (str(e).partition("@")[2] for e in _list(data["editions"]))
    changes = [c for c in _list(data.get("changes")) if c["provision"] in _list(data["editorial"])]
    out = []
    for pid in _list(data["editorial"]):
        said: list[str] = []
        mine = [(str(c.get("from", "")), str(c.get("to", ""))) for c in changes]
        mine = [
            (old, new) for (old, new), c in zip(mine, changes, strict=True) if c["provision"] == pid
        ]
        inserted = {new for old, new in mine if new and not old}
        deleted = {old for old, new in mine if old and not new}
        for old, new in mine:
            if old and new:
                said.append(f"“{old}” becomes “{new}”")
            elif new in deleted or old in inserted:  # the same words out and in: a move
                moved = f"“{new or old}” moves within the sentence"
                said += [] if moved in said else [moved]
            elif old:
                said.append(f"“{old}” is deleted")
            elif new:
                said.append(f"“{new}” is inserted")
        name = naming.provision(code, b, pid) if naming.corpus.edition(code, b).get(pid) else ""
        out.append(
            (
                _plain(name or naming.provision(code, a, pid)),
                tuple(("", s) for s in said) or _plain("The wording changes."),
            )
        )
    return tuple(out)


def _impact_appendix(data: Mapping[str, Any], naming: Naming) -> tuple[Table, ...]:
    code = str(data["code"])
    rows = []
    groups = (
        ("answer changes", _list(data["transitions"])),
        ("strength changes", _list(data.get("strength_changes"))),
    )
    for what, items in groups:
        for t in items:
            for s in _list(t["steps"]):
                rows.append(_step_row(naming, t["issue"], what, s, _list(t["citations"])))
    for s in _list(data["duty_changes"]):
        for issue in _list(s["issues"])[:1]:
            rows.append(_step_row(naming, issue, "duty wording", s, []))
    for s in _list(data.get("steps_without_effect")):
        for issue in _list(s["issues"])[:1]:
            rows.append(_step_row(naming, issue, "no effect on any answer", s, []))
    rows = list(dict.fromkeys(rows))  # one row per step, however many situations show it
    for u in _list(data["unexplained"]):
        rows.append(
            (
                _plain(naming.topic(u["issue"])),
                _plain("unexplained (no change of wording behind it)"),
                _plain(", ".join(_list(u["norms"]))),
                _plain(f"{verdict(u['from'])} → {verdict(u['to'])}"),
                _plain(str(u["reason"])),
            )
        )
    return (
        Table(
            "Appendix for reviewers: the rule steps",
            f"Each step of the rules ({code}) behind the changes above, by norm id, with the "
            "citations the answers give.",
            ("Topic", "Shows in", "Norm", "Step and citations", "What it does"),
            (0.14, 0.14, 0.2, 0.22, 0.3),
            tuple(rows),
            True,
        ),
    )


def _step_row(
    naming: Naming, issue: str, what: str, step: Mapping[str, Any], citations: Sequence[str]
) -> tuple[Cell, ...]:
    cites = ", ".join(str(c) for c in citations) or ", ".join(_list(step["provisions"]))
    return (
        _plain(naming.topic(issue)),
        _plain(what),
        _plain(str(step["norm"])),
        _plain(f"{step['op']}: {cites}"),
        _plain(_sentence(str(step["reason"]))),
    )


def compare_report(data: Mapping[str, Any], naming: Naming) -> Report:
    a, b = (str(e) for e in _list(data["editions"]))
    name_a, name_b = naming.edition(a), naming.edition(b)
    quotes = _Quotes(naming)
    head = ("Topic", "Situation", name_a, name_b)
    widths = (0.13, 0.25, 0.31, 0.31)

    def rows(items: list[Any], strength: bool) -> tuple[tuple[Cell, ...], ...]:
        out = []
        for w in items:
            left, right = _list(w["sides"])
            out.append(
                (
                    _plain(naming.topic(w["issue"])),
                    _plain(naming.situation(w)),
                    quotes.side(w["issue"], left, strength),
                    quotes.side(w["issue"], right, strength),
                )
            )
        return tuple(out)

    witnesses, strengths = _list(data["witnesses"]), _list(data.get("strength_differences"))
    silent = tuple(
        (
            _plain(naming.topic(s["issue"])),
            _plain(naming.edition(str(s["addressed_by"]))),
            _plain(naming.edition(str(s["silent"]))),
        )
        for s in _list(data["silent"])
    )
    alignment = tuple(
        (
            _plain(naming.topic(al["issue"])),
            *(
                _plain(_provisions(naming, str(s["code"]), str(s["edition"]), s["provisions"]))
                for s in _list(al["sides"])
            ),
        )
        for al in _list(data["alignment"])
    )
    appendix_rows = tuple(  # one row per side's reasons, however many situations show it
        dict.fromkeys(
            (
                _plain(naming.topic(w["issue"])),
                _plain(f"{s['code']}@{s['edition']}"),
                _plain(verdict(s["verdict"])),
                _plain(", ".join(_list(s["norms"])) or "—"),
                _plain(", ".join(_list(s["citations"])) or "—"),
            )
            for w in [*witnesses, *strengths]
            for s in _list(w["sides"])
        )
    )
    return Report(
        f"{name_a} compared with {name_b}",
        "Every situation where the two give different answers, each shown by the simplest "
        "situation that shows it, with the words that decide it on each side.",
        f"{_count(len(witnesses), 'situation')} get different answers and {len(strengths)} the "
        f"same answer with a different strength; {_count(len(silent), 'topic')} "
        f"{'is' if len(silent) == 1 else 'are'} addressed by one side only.",
        (
            Table(
                "Where the answers differ",
                "Each row is one situation; the deciding words are quoted the first time they "
                "appear for a topic.",
                head,
                widths,
                rows(witnesses, False),
                True,
            ),
            Table(
                "Same answer, different strength",
                "Both sides give the same answer, one as a firm rule and the other as a "
                "recommendation.",
                head,
                widths,
                rows(strengths, True),
                True,
            ),
            Table(
                "Addressed by one side only",
                "Topics one side decides and the other does not address.",
                ("Topic", "Addressed by", "Not addressed by"),
                (0.3, 0.35, 0.35),
                silent,
                False,
            ),
            Table(
                "Which provisions decide each topic",
                "The provisions each side decides a topic by.",
                ("Topic", name_a, name_b),
                (0.3, 0.35, 0.35),
                alignment,
                False,
            ),
        ),
        (
            Table(
                "Appendix for reviewers: norms and citations",
                "For each situation above, each side's norms and citations by id.",
                ("Topic", "Edition", "Answer", "Norms", "Citations"),
                (0.16, 0.14, 0.16, 0.27, 0.27),
                appendix_rows,
                True,
            ),
        ),
    )


def build_report(kind: str, data: Mapping[str, Any], naming: Naming) -> Report:
    return compare_report(data, naming) if kind == "compare" else impact_report(data, naming)


def render_report(kind: str, data: Mapping[str, Any], fmt: str, naming: Naming) -> bytes:
    """A `compare` or `impact` record as bytes in `md`, `html`, `pdf` or `docx`."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown report format {fmt!r}; accepted: {', '.join(FORMATS)}")
    report = build_report(kind, data, naming)
    if fmt == "md":
        from .report_formats import to_markdown

        return to_markdown(report).encode()
    if fmt == "html":
        from .report_formats import to_html

        return to_html(report).encode()
    if fmt == "pdf":
        from .report_formats import to_pdf

        return to_pdf(report)
    from .report_docx import to_docx

    return to_docx(report)
