"""What a Word file implies, written out before docx2python reads it (it reads only what is explicit).

- Numbering a paragraph takes from its paragraph style (UN templates' "ParaNoG", through `basedOn`).
- One counter per list definition: two list ids sharing a definition continue one count, as in Word; a
  list id that restarts the count ("Set numbering value", `startOverride`) gets a definition of its own
  that starts there.
- Superscript and subscript runs (reference marks such as "1,052³") are dropped, so no mark is glued to a
  number; a non-breaking hyphen is a hyphen, a soft hyphen nothing.
- Which tables merge cells (their cells cannot be told apart by column: they are not read cell by cell).
"""

from __future__ import annotations

import copy
import io
import zipfile

from lxml import etree

from indicators.readers import DocumentError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_START = 10_000  # a list that starts beyond this is not a report's paragraph numbering (and would not render)


def prepare(name: str, data: bytes) -> tuple[bytes, list[bool]]:
    """The file with its implied formatting made explicit, and for each table (in body order) whether it
    merges cells."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        document = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml")) if "word/styles.xml" in names else None
        numbering = etree.fromstring(z.read("word/numbering.xml")) if "word/numbering.xml" in names else None
        canonical = _one_counter_per_definition(name, numbering) if numbering is not None else {}
        by_style = _numbered_styles(styles) if styles is not None else {}
        for p in document.iter(W + "p"):
            _number(p, by_style, canonical)
        for run in document.iter(W + "r"):
            _clean_run(run)
        merged = [
            bool(t.xpath(".//w:gridSpan[@w:val > 1] | .//w:vMerge", namespaces={"w": W[1:-1]}))
            for t in document.iter(W + "tbl")
            if not any(a.tag == W + "tbl" for a in t.iterancestors())
        ]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in z.infolist():
                content = z.read(item.filename)
                if item.filename == "word/document.xml":
                    content = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
                elif item.filename == "word/numbering.xml" and numbering is not None:
                    content = etree.tostring(numbering, xml_declaration=True, encoding="UTF-8", standalone=True)
                target.writestr(item, content)
    return out.getvalue(), merged


def _val(el, tag: str) -> str | None:
    found = el.find(W + tag)
    return None if found is None else found.get(W + "val")


def _one_counter_per_definition(name: str, numbering) -> dict[str, str]:
    """List id -> the list id that counts for it (the first one of its definition); a list id that restarts
    the count keeps its own, with a copy of the definition starting where it says."""
    for el in numbering.iter(W + "start", W + "startOverride"):
        if int(el.get(W + "val", "0")) > _MAX_START:
            raise DocumentError(f"{name}: a list in the file starts at {el.get(W + 'val')}; not a report's numbering")
    abstracts = {a.get(W + "abstractNumId"): a for a in numbering.iter(W + "abstractNum")}
    next_id = max((int(k) for k in abstracts if k and k.isdigit()), default=0) + 1
    first: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for num in list(numbering.iter(W + "num")):
        num_id, abstract_id = num.get(W + "numId"), _val(num, "abstractNumId")
        overrides = {o.get(W + "ilvl"): _val(o, "startOverride") for o in num.iter(W + "lvlOverride")}
        overrides = {k: v for k, v in overrides.items() if v is not None}
        if overrides and abstract_id in abstracts:
            clone = copy.deepcopy(abstracts[abstract_id])
            clone.set(W + "abstractNumId", str(next_id))
            for lvl in clone.iter(W + "lvl"):
                if lvl.get(W + "ilvl") in overrides and (start := lvl.find(W + "start")) is not None:
                    start.set(W + "val", overrides[lvl.get(W + "ilvl")])
            abstracts[abstract_id].addprevious(clone)
            num.find(W + "abstractNumId").set(W + "val", str(next_id))
            for o in num.findall(W + "lvlOverride"):
                num.remove(o)
            next_id += 1
            canonical[num_id] = num_id
        else:
            canonical[num_id] = first.setdefault(abstract_id, num_id)
    return canonical


def _numbered_styles(styles) -> dict[str, object]:
    """Paragraph style id -> the numbering (<w:numPr>) it gives, following each style's `basedOn` chain."""
    own, based = {}, {}
    for style in styles.iter(W + "style"):
        if style.get(W + "type") != "paragraph":
            continue
        sid = style.get(W + "styleId")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            own[sid] = num_pr
        if (parent := style.find(W + "basedOn")) is not None:
            based[sid] = parent.get(W + "val")
    found = {}
    for sid in {*own, *based}:
        seen, current = set(), sid
        while current is not None and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current)
        num_pr = own.get(current) if current is not None else None
        if num_pr is not None and _val(num_pr, "numId") not in (None, "0"):  # numId 0: numbering turned off
            num_pr = copy.deepcopy(num_pr)
            if num_pr.find(W + "ilvl") is None:
                level = etree.Element(W + "ilvl")
                level.set(W + "val", "0")
                num_pr.insert(0, level)
            found[sid] = num_pr
    return found


def _number(p, by_style: dict[str, object], canonical: dict[str, str]) -> None:
    """Give the paragraph its style's numbering if it names none, and the list id that counts for it."""
    ppr = p.find(W + "pPr")
    if ppr is None:
        return
    num_pr = ppr.find(W + "numPr")
    if num_pr is None and (style := _val(ppr, "pStyle")) in by_style:
        num_pr = copy.deepcopy(by_style[style])
        ppr.insert(1, num_pr)
    if num_pr is not None and (num_id := num_pr.find(W + "numId")) is not None:
        num_id.set(W + "val", canonical.get(num_id.get(W + "val"), num_id.get(W + "val")))


def _clean_run(run) -> None:
    """A superscript or subscript run loses its text (a reference mark, never part of a number), unless it is
    a footnote reference (read apart); a non-breaking hyphen becomes '-', a soft hyphen nothing."""
    rpr = run.find(W + "rPr")
    raised = rpr is not None and _val(rpr, "vertAlign") in ("superscript", "subscript")
    if raised and run.find(W + "footnoteReference") is None and run.find(W + "endnoteReference") is None:
        for child in list(run):
            if child.tag != W + "rPr":
                run.remove(child)
        return
    for child in list(run):
        if child.tag == W + "noBreakHyphen":
            hyphen = etree.Element(W + "t")
            hyphen.text = "-"
            child.addprevious(hyphen)
            run.remove(child)
        elif child.tag == W + "softHyphen":
            run.remove(child)
