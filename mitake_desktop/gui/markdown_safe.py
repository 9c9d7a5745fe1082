"""The Markdown processor with raw HTML off, images only from the attachment store, links only to the web.

A module of its own so that ``markdown`` is imported only when something is first rendered.
"""

from __future__ import annotations

from xml.etree import ElementTree

import markdown
from markdown.treeprocessors import Treeprocessor
from PySide6.QtCore import QCoreApplication, QUrl

from mitake_desktop.gui.markdown_view import LINK_SCHEMES, attachment_hash


class SafeTree(Treeprocessor):
    """Drops images that are not ``attachment:<sha256>`` (keeping their caption) and non-web links."""

    def run(self, root: ElementTree.Element) -> None:
        for parent in root.iter():
            for i, el in enumerate(list(parent)):
                if el.tag == "img" and attachment_hash(el.get("src", "")) is None:
                    span = ElementTree.Element("span")
                    alt = el.get("alt") or QCoreApplication.translate("Markdown", "image")
                    span.text = f"[{alt}]"
                    span.tail = el.tail
                    parent.remove(el)
                    parent.insert(i, span)
                elif el.tag == "a" and QUrl(el.get("href", "")).scheme().lower() not in LINK_SCHEMES:
                    el.attrib.pop("href", None)


def safe_markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")  # raw HTML blocks become text
    md.inlinePatterns.deregister("html")  # inline tags too
    md.treeprocessors.register(SafeTree(md), "mitake_safe", 0)
    return md
