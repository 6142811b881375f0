"""The blocks of a reply and the paragraphs they hold."""

from __future__ import annotations

from dataclasses import dataclass, field

from govdoc_nlp.clean.mapped import MappedText

BLOCKS = ("head", "addressee", "opening", "body", "closing", "signature", "date", "contact", "colophon", "attachment", "trailer")


@dataclass
class Para:
    """A paragraph of the cleaned document with the block it was put in."""

    index: int
    mapped: MappedText
    pages: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    role: str | None = None
    block: str = "body"

    @property
    def text(self) -> str:
        return self.mapped.text


@dataclass
class Segments:
    """A document cut into blocks. Indices point into ``paras``."""

    paras: list[Para]
    addressee: int | None = None
    addressee_end: int | None = None
    """For an addressee fused into its paragraph (``王某代表您好：您提出的…``), where it ends."""
    opening: int | None = None
    body_start: int = 0
    body_end: int = 0
    """One past the last body paragraph (closing formulas not included)."""

    def block(self, name: str) -> list[Para]:
        """The paragraphs of one block, in order."""
        return [p for p in self.paras if p.block == name]

    @property
    def head(self) -> list[Para]:
        return self.block("head")

    @property
    def body(self) -> list[Para]:
        return [p for p in self.paras if p.block in ("opening", "body")]

    @property
    def tail(self) -> list[Para]:
        return [p for p in self.paras if p.block not in ("head", "addressee", "opening", "body")]
