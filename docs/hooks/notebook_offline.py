"""MkDocs hook: a rendered notebook page loads nothing from a third party.

nbconvert's template, which mkdocs-jupyter renders notebooks with, puts two scripts into each
notebook page: MathJax (a ``<script src>``, here ``src=""`` by ``custom_mathjax_url: ""``) with
its configuration, and a module that imports Mermaid from a CDN when the notebook has a Mermaid
diagram. The site serves its own Mermaid and uses no MathJax, and a public-sector reader's browser
should ask no third party for anything, so both are taken out of every notebook page.
"""

from __future__ import annotations

import re
from typing import Any

_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)
_REMOTE_SCRIPT = re.compile(
    r"<script\b[^>]*>(?:(?!</script>).)*?https?://(?:(?!</script>).)*?</script>", re.DOTALL
)
_EMPTY_SOURCE = re.compile(r'<script\b[^>]*\bsrc=""[^>]*>\s*</script>')


def offline(html: str) -> str:
    """``html`` without MathJax, an empty-source script or any script naming a remote URL."""
    for pattern in (_MATHJAX, _REMOTE_SCRIPT, _EMPTY_SOURCE):
        html = pattern.sub("", html)
    return html


def on_post_page(output: str, page: Any, **kwargs: Any) -> str:
    """Strip the remote scripts from a page rendered from a notebook; other pages stay as built."""
    if str(page.file.src_uri).endswith(".ipynb"):
        return offline(output)
    return output
