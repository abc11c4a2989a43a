"""Writing a document as corpus YAML, with PyYAML's safe dumper only.

Hand-written YAML breaks on the first text with a colon, a quote or a leading
dash; the safe dumper quotes whatever needs quoting, and the result is read
back by the ordinary loader before it is kept (see `library.py`).
"""

from __future__ import annotations

import yaml


class _Dumper(yaml.SafeDumper):
    """The safe dumper, with lists indented under their key like the bundled corpus."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def dump_document(data: dict, header: str) -> str:
    """`data` as YAML text, in the key order given, after a `# header` comment line."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=92, indent=2)
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    return comment + body
