"""The structure tree of a tagged PDF written from its elements and the MCIDs each page gave them."""
# mypy: allow-untyped-calls

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from weerwoord.core.publishing.tagging.layout import Element

Mark = tuple[int, int]  # page index, MCID
ATTRIBUTES = {"TH": "<</O /Table /Scope /Column>>"}


def _reading_order(elements: Sequence[Element], pages: Sequence[Sequence[int]]) -> dict[int, list[Mark | int]]:
    """Each element that shows something -> its kids in reading order: its own marks (page, MCID) and its child
    elements, ordered by where each first shows on the pages; elements that show nothing are left out."""
    own: dict[int, list[Mark]] = {}
    for page, keys in enumerate(pages):
        for mcid, key in enumerate(keys):
            own.setdefault(key, []).append((page, mcid))
    children: dict[int, list[int]] = {}
    for index, element in enumerate(elements):
        if element.parent is not None:
            children.setdefault(element.parent, []).append(index)
    first: dict[int, Mark] = {}
    kids: dict[int, list[Mark | int]] = {}

    def visit(index: int) -> None:
        items: list[tuple[Mark, Mark | int]] = [(m, m) for m in own.get(index, [])]
        for child in children.get(index, []):
            visit(child)
            if child in first:
                items.append((first[child], child))
        if items:
            items.sort(key=lambda item: item[0])
            first[index] = items[0][0]
            kids[index] = [kid for _where, kid in items]

    visit(0)
    return kids


def write_tree(doc: Any, elements: Sequence[Element], pages: Sequence[Sequence[int]]) -> int:
    """Write the structure tree of ``doc`` (element 0 is the Document; ``pages[i][mcid]`` the element that MCID on
    page ``i`` belongs to), each page's /StructParents and /Tabs, and the catalog's /StructTreeRoot; its xref."""
    kids = _reading_order(elements, pages)
    page_xrefs = [doc[i].xref for i in range(doc.page_count)]
    root = doc.get_new_xref()
    xrefs = {index: doc.get_new_xref() for index in kids}
    for index, items in kids.items():
        element = elements[index]
        marks = [item for item in items if isinstance(item, tuple)]
        home = marks[0][0] if marks else None
        parts = []
        for item in items:
            if isinstance(item, int):
                parts.append(f"{xrefs[item]} 0 R")
            elif item[0] == home:
                parts.append(str(item[1]))
            else:
                parts.append(f"<</Type /MCR /Pg {page_xrefs[item[0]]} 0 R /MCID {item[1]}>>")
        parent = root if element.parent is None else xrefs[element.parent]
        entries = [f"/Type /StructElem /S /{element.role} /P {parent} 0 R"]
        if home is not None:
            entries.append(f"/Pg {page_xrefs[home]} 0 R")
        if element.role in ATTRIBUTES:
            entries.append(f"/A {ATTRIBUTES[element.role]}")
        entries.append(f"/K [{' '.join(parts)}]")
        doc.update_object(xrefs[index], f"<<{' '.join(entries)}>>")
    nums = []
    for page, keys in enumerate(pages):
        doc.xref_set_key(page_xrefs[page], "Tabs", "/S")
        if keys:
            doc.xref_set_key(page_xrefs[page], "StructParents", str(page))
            nums.append(f"{page} [{' '.join(f'{xrefs[key]} 0 R' for key in keys)}]")
    parent_tree = doc.get_new_xref()
    doc.update_object(parent_tree, f"<</Nums [{' '.join(nums)}]>>")
    top = f"/K {xrefs[0]} 0 R " if 0 in xrefs else ""
    doc.update_object(
        root, f"<</Type /StructTreeRoot {top}/ParentTree {parent_tree} 0 R /ParentTreeNextKey {len(pages)}>>"
    )
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    return root
