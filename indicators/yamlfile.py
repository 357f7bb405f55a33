"""YAML as the project reads it: a key written twice in one mapping is an error, not a silent overwrite.

PyYAML keeps the last of two equal keys, so a catalogue entry with two ``terms:`` lists
quietly loses the first; every data file and sidecar is read through here instead.
"""

from pathlib import Path
from typing import Any

import yaml


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping names the same key twice."""


class _StrictLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DuplicateKeyError(
                    "while reading a mapping", node.start_mark, f"key {key!r} is written twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str) -> Any:
    """Parse YAML text, rejecting a key written twice in one mapping."""
    return yaml.load(text, Loader=_StrictLoader)


def read_yaml(path: Path) -> Any:
    """Read a UTF-8 YAML file, rejecting a key written twice in one mapping."""
    return parse_yaml(path.read_text(encoding="utf-8"))
