"""Structurer: lines -> paragraphs -> one section tree, from Vietnamese numbering and bold.

Drafters' files have no heading styles, so structure is read from the
numbering that official reports use, outermost first:

    PHẦN THỨ NHẤT / PHẦN I   part      (its title may follow on CAPS lines)
    A.  B.                   alpha
    I.  II-  III/            roman
    1.  1.Công tác  1)  1-   arabic
    1.1.  2.3.1.             decimal   (depth from the number of parts)
    a)  b.                   letter
    -  +  •                  bullets: paragraphs, never sections

(one recogniser each, in ``headings.py``).

Choices the sources forced:

* A numbered paragraph is a section even when it is a long sentence (the
  "III. PHƯƠNG HƯỚNG" items) unless it is a list item (below): the heading is text up to a short ``label:``
  ("2.1. Hạn chế: Việc ...") or else up to the end of its first sentence; the
  rest becomes the section's first paragraph and ``run_in`` is set so a writer
  can put it back on one line.  Bold is not needed to decide, so a .txt and a
  .docx of the same report give the same tree.
* Hard-wrapped lines join into paragraphs; a heading continues onto the next
  line only when that line starts in lower case or the heading line reached
  the wrap width ("2.3. ... tư tưởng,\\nxây dựng đạo đức ...").  A lower-case
  line after a blank line or page break continues the paragraph before it
  when that one did not end a sentence (page breaks split paragraphs).
* A section number repeated under the same parent (the 2023 report has two
  "III.") keeps its number; its path gets a suffix, ``III~2``.
* In a .docx, an unnumbered paragraph that is entirely bold, short (2-15
  words), starts in upper case and is not a sentence (no terminal or inner
  sentence punctuation, not a bullet or ``label:``) is a heading too, kind
  ``"bold"``, number ``""`` ("KẾT QUẢ CÔNG TÁC TUYỂN QUÂN", "Công tác phối
  hợp với Hội Nông dân").  It is a child of the innermost open section, one
  level below, or top level before any numbered heading, but only once the
  opening has begun (a plain sentence or a drawn rule: the bold trích yếu is
  not a section).  A later one written the same way (both CAPS, or both
  not) while the first is still open is its sibling.  Numbered headings
  deeper than its parent nest under it.  Its path is the parent's path plus
  a slug of the heading ("II/cong-tac-phoi-hop-voi-hoi-nong-dan").  Plain
  text (.txt/.pdf) carries no bold, so this never fires there.
* An unnumbered ALL-CAPS paragraph that is not a sentence is a heading in
  any format, kind ``"caps"`` (same placement as a bold one), once the opening
  has begun; right after a CAPS numbered heading with no body yet it continues
  that heading instead (a title broken over two lines).
* A numbered paragraph that is an item of a list is a paragraph, not a
  section (``headings.list_item``: ends with ``;``, opens a list after a
  ``...như sau:`` lead-in as a sentence, or restarts numbering inside an open
  section).
* In plain text with no other headings, short lines standing alone between
  blank lines (``headings.title_line_shape``) are headings, kind ``"title"``,
  when there are two or more of them, each followed by running text.
* Everything before the first heading is ``preamble``; from "Trên đây là báo
  cáo", "Nơi nhận", a signing line (TM., KT., T/M ..., TRƯỞNG BAN) or a
  paragraph ending in "./." on, everything is ``closing``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.frame import signing_line
from index.headings import (HeadMatch, bold_heading_shape, caps_heading_shape, is_bullet, list_item, match_heading,
                            title_line_shape)
from index.model import Section
from index.readers import Line, wrap_width
from index.text import ends_sentence, first_sentence_end, is_all_caps, slugify, squash, starts_lower

__all__ = ["HeadMatch", "match_heading", "is_bullet", "bold_heading_shape", "build", "blocks", "split_heading", "Tree"]

_CLOSING = re.compile(r"^(Trên đây là|Nơi nhận\b|(T/M|T\.M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s+\S|\(Đã ký\)|Người (ký|báo cáo)\b)")
_LABEL_MAX_WORDS = 15
_OPENING_MIN_WORDS = 8


def is_closing_start(text: str) -> bool:
    m = _CLOSING.match(text)
    if not m:
        return signing_line(text)
    if m.group(2):  # a signing authority line is short and in capitals
        return len(text) < 120 and is_all_caps(text)
    return True


@dataclass
class Block:
    """A paragraph candidate: joined lines plus what the first line told us."""

    lines: list[str]
    head: HeadMatch | None = None
    bold: bool | None = None
    bold_prefix: str | None = None
    table: bool = False
    rule_before: bool = False
    caps: bool = False          # starts with an unnumbered ALL-CAPS heading-shaped line
    alone: bool = False         # a blank line (or the start) before it
    src: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return squash(" ".join(self.lines))


def blocks(lines: list[Line], hard_wrapped: bool) -> list[Block]:
    """Join lines into paragraphs (see module doc for the rules)."""
    width = wrap_width(lines) if hard_wrapped else 10**6
    # Text with (almost) no blank lines, as pypdf gives it: a short line ending a sentence ends its paragraph.
    no_blanks = hard_wrapped and sum(l.blank_before for l in lines) < 0.05 * len(lines)
    out: list[Block] = []
    cur: Block | None = None
    for ln in lines:
        head = None if ln.table else match_heading(ln.text)
        bullet = is_bullet(ln.text)
        # a paragraph after a bold heading-shaped paragraph (.docx) never runs on into it
        after_bold_head = bool(cur is not None and cur.bold and ln.blank_before and not ln.bold
                               and cur.head is None and bold_heading_shape(cur.text))
        caps = head is None and not ln.table and caps_heading_shape(ln.text)
        caps_starts = caps and (cur is None or ln.blank_before or ends_sentence(cur.lines[-1]) or cur.head is not None
                                and not is_all_caps(cur.text))
        if cur is not None and head is None and not bullet and not ln.table and not ln.rule_before \
                and not after_bold_head and not (caps_starts and not (cur.caps and is_all_caps(cur.text))) \
                and _continues(cur, ln, width, no_blanks, hard_wrapped):
            cur.lines.append(ln.text)
            cur.src.append(ln)
            continue
        cur = Block([ln.text], head=head, bold=ln.bold, bold_prefix=ln.bold_prefix, table=ln.table,
                    rule_before=ln.rule_before, caps=caps_starts, src=[ln],
                    alone=ln.blank_before or cur is None or not hard_wrapped)
        out.append(cur)
    return out


def _continues(cur: Block, ln: Line, width: int, no_blanks: bool = False, hard_wrapped: bool = True) -> bool:
    if cur.table:
        return False
    last = cur.lines[-1]
    if ln.blank_before or not hard_wrapped:   # one paragraph a line: only a broken sentence goes on
        # across a blank line / page break / docx paragraph: only a broken sentence continues
        return not ends_sentence(last) and starts_lower(ln.text) and not is_closing_start(ln.text)
    if cur.caps:    # an unnumbered CAPS heading goes on only in CAPS
        return is_all_caps(ln.text) and not ends_sentence(last)
    if cur.head is not None:
        if ends_sentence(last):
            return False
        caps_pair = is_all_caps(cur.text) and is_all_caps(ln.text)
        return starts_lower(ln.text) or len(last) >= 0.85 * width or caps_pair
    if no_blanks and ends_sentence(last) and len(last) < 0.75 * width and not starts_lower(ln.text):
        return False
    return not is_closing_start(ln.text)


@dataclass
class Tree:
    sections: list[Section] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)   # preamble paragraphs before a drawn rule
    closing_lines: list[Line] = field(default_factory=list)  # the source lines of the closing (signature, Nơi nhận)


def build(lines: list[Line], hard_wrapped: bool, plain_titles: bool = False) -> Tree:
    """Blocks -> section tree, preamble and closing (``plain_titles``: see :func:`title_blocks`)."""
    tree = Tree()
    stack: list[tuple[float, Section]] = []
    used_paths: set[str] = set()
    in_closing = False
    absorbing: Section | None = None     # a part/caps heading whose title continues on CAPS lines
    seen_rule = False
    opened = False                       # the preamble's opening sentence has begun (title block is over)
    prev: tuple[str, bool] | None = None  # the paragraph before: (text, was a heading)
    listing: tuple[float, int | None] | None = None   # rank and last number of the numbered list being read
    all_blocks = blocks(lines, hard_wrapped)
    titles = set(title_blocks(all_blocks)) if plain_titles else set()
    for k, blk in enumerate(all_blocks):
        text = blk.text
        if blk.rule_before:
            seen_rule = True
        may_head = bool(stack or opened or seen_rule)
        bold_head = bool(blk.bold and blk.head is None and not blk.table and bold_heading_shape(text) and may_head)
        caps_head = bool(blk.caps and blk.head is None and not blk.table and caps_heading_shape(text) and may_head)
        if not in_closing and (stack or opened) and is_closing_start(text):
            in_closing = True
        if in_closing:
            tree.closing.append(text)
            tree.closing_lines.extend(blk.src)
            continue
        if blk.head is not None:
            blk.head = match_heading(text) or blk.head    # the heading may have continued onto more lines
            nxt = all_blocks[k + 1].head if k + 1 < len(all_blocks) else None
            if _is_list_item(blk, text, prev, stack, listing, nxt):
                listing = (blk.head.rank, blk.head.value)
                blk.head = None
            else:
                listing = None
        if blk.head is not None:
            sec, body = _section(blk, stack, used_paths)
            if stack and stack[-1][0] < blk.head.rank:
                stack[-1][1].children.append(sec)
            else:
                tree.sections.append(sec)
            stack.append((blk.head.rank, sec))
            if body:
                sec.paragraphs.append(body)
            absorbing = sec if (not body and (not sec.heading or is_all_caps(sec.heading))
                                and not ends_sentence(sec.heading)) else None
            if body and body.endswith("./."):
                in_closing = True
            prev = (text, not body)
            continue
        if absorbing is not None and is_all_caps(text) and len(text) < 200 and not absorbing.paragraphs \
                and (not bold_head or absorbing.kind == "part" or not absorbing.heading) \
                and not (absorbing.kind == "part" and absorbing.heading and _body_follows(all_blocks, k)):
            absorbing.heading = squash(f"{absorbing.heading} {text}")
            continue
        absorbing = None
        kind = "bold" if bold_head else "caps" if caps_head else "title" if k in titles else None
        if kind:
            sec = _unnumbered(text, stack, used_paths, kind)
            if len(stack) > 1:
                stack[-2][1].children.append(sec)
            else:
                tree.sections.append(sec)
            listing = None
            prev = (text, True)
            continue
        prev = (text, False)
        if not stack:
            tree.preamble.append(text)
            if not seen_rule:
                tree.title_lines.append(text)
            if not blk.bold and ends_sentence(text) and len(text.split()) >= _OPENING_MIN_WORDS:
                opened = True
            if opened and text.endswith("./."):
                in_closing = True
        else:
            stack[-1][1].paragraphs.append(text)
            if text.endswith("./."):
                in_closing = True
    return tree


def _body_follows(all_blocks: list[Block], k: int) -> bool:
    """Running text comes next: the CAPS line before it heads it (a part's title is followed by a heading)."""
    if k + 1 >= len(all_blocks):
        return False
    nxt = all_blocks[k + 1]
    return nxt.head is None and not nxt.table and not is_all_caps(nxt.text) and len(nxt.text.split()) >= _OPENING_MIN_WORDS


def _is_list_item(blk: Block, text: str, prev: tuple[str, bool] | None, stack: list[tuple[float, Section]],
                  listing: tuple[float, int | None] | None, next_head: HeadMatch | None = None) -> bool:
    """Is this numbered block an item of a list rather than a heading (see ``headings.list_item``)."""
    h = blk.head
    same = [sec for rank, sec in stack if rank == h.rank]
    open_value = HeadMatch(same[-1].kind, same[-1].number, "").value if same and same[-1].kind == h.kind else None
    nested = any(rank < h.rank for rank, _ in stack)
    return list_item(h, text, prev[0] if prev else None, prev[1] if prev else False, open_value,
                     in_list=_continues_list(listing, h), nested=nested, next_head=next_head)


def _continues_list(listing: tuple[float, int | None] | None, h: HeadMatch) -> bool:
    """The list being read goes on: same numbering, the next number (a restart at 1 is something new)."""
    if listing is None or listing[0] != h.rank:
        return False
    return listing[1] is None or h.value is None or h.value == listing[1] + 1


_TITLE_BODY_MIN_WORDS = 12


def title_blocks(all_blocks: list[Block]) -> list[int]:
    """Indexes of plain-text title lines: alone, title-shaped, running text after each; two or more, else none."""
    out = []
    for k, blk in enumerate(all_blocks[:-1]):
        nxt = all_blocks[k + 1]
        if blk.alone and blk.head is None and not blk.table and len(blk.lines) == 1 and title_line_shape(blk.text) \
                and nxt.head is None and not nxt.table and len(nxt.text.split()) >= _TITLE_BODY_MIN_WORDS \
                and k > 0:
            out.append(k)
    return out if len(out) >= 2 else []


def _section(blk: Block, stack: list[tuple[int, Section]], used: set[str]) -> tuple[Section, str]:
    """Make the Section for a numbered block; returns it and any body text that shared its paragraph."""
    h = blk.head
    while stack and stack[-1][0] >= h.rank:
        stack.pop()
    parent = stack[-1][1] if stack else None
    heading, body = split_heading(h.rest, blk.bold_prefix, number=h.number)
    base = f"{parent.path}/{h.number}" if parent else h.number
    path, n = base, 1
    while path in used:
        n += 1
        path = f"{base}~{n}"
    used.add(path)
    level = parent.level + 1 if parent else 1
    return Section(number=h.number, heading=heading, level=level, path=path, kind=h.kind, run_in=bool(body)), body


_UNNUMBERED = ("bold", "caps", "title")


def _unnumbered(text: str, stack: list[tuple[float, Section]], used: set[str], kind: str = "bold") -> Section:
    """Make the Section for an unnumbered heading and push it on ``stack`` (see module doc)."""
    caps = is_all_caps(text)
    for k in range(len(stack) - 1, -1, -1):          # a sibling of an open one written the same way
        if stack[k][1].kind in _UNNUMBERED and is_all_caps(stack[k][1].heading) == caps:
            del stack[k:]
            break
    parent_rank, parent = stack[-1] if stack else (None, None)
    rank = parent_rank + 0.5 if parent is not None else -1.0
    siblings = parent.children if parent is not None else None
    slug = slugify(text, 48) or f"§{1 + sum(1 for c in (siblings or []) if c.kind in _UNNUMBERED)}"
    base = f"{parent.path}/{slug}" if parent is not None else slug
    path, n = base, 1
    while path in used:
        n += 1
        path = f"{base}~{n}"
    used.add(path)
    level = parent.level + 1 if parent is not None else 1
    sec = Section(number="", heading=_clean(text), level=level, path=path, kind=kind)
    stack.append((rank, sec))
    return sec


def split_heading(rest: str, bold_prefix: str | None = None, number: str = "") -> tuple[str, str]:
    """Heading text and run-in body: bold prefix, else a short ``label:``, else the first sentence."""
    rest = squash(rest)
    if bold_prefix:
        prefix = squash(bold_prefix)
        if number and prefix.startswith(number):
            prefix = re.sub(r"^\S+\s*", "", prefix, count=1)   # drop the number ("2.1.") from the bold run
        if prefix and rest.startswith(prefix) and len(prefix) < len(rest):
            return _clean(prefix), rest[len(prefix):].strip(" :")
    colon = rest.find(":")
    if colon > 0:
        label, after = rest[:colon], rest[colon + 1:].strip()
        if after and len(label.split()) <= _LABEL_MAX_WORDS and len(label) <= 120:
            return _clean(label), after
    end = first_sentence_end(rest)
    if end:
        return _clean(rest[:end]), rest[end:].strip()
    return _clean(rest), ""


def _clean(heading: str) -> str:
    h = heading.strip()
    if h.endswith("./."):
        h = h[:-3]
    return h.rstrip(" .:;").strip()
