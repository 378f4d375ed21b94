"""Tokens with character spans, and the name folding every lookup uses."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Order matters: dotted acronyms ("U.S."), Dutch "'s-Hertogenbosch", words with
# inner hyphens or apostrophes ("Oost-Libië", "zo'n"), then single symbols.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|'s-\w+(?:-\w+)*|\w+(?:['’-]\w+)*|[^\w\s]", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
# Punctuation that ends a clause for our purposes: a mention never spans it.
BREAKS = frozenset('.!?;:()[]{}"“”«»')


class Token(NamedTuple):
    """One token: its text, its span in the source text and its position."""

    text: str
    start: int
    end: int
    pos: int
    sentence_start: bool

    @property
    def is_word(self) -> bool:
        """True for a word (letters or digits), False for punctuation."""
        return self.text[0].isalnum() or self.text.startswith("'s-")

    @property
    def capitalised(self) -> bool:
        """True when the word starts with a capital ("Tripoli", "'s-Hertogenbosch")."""
        head = self.text[3:4] if self.text.startswith("'s-") else self.text[:1]
        return head.isupper()

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()


def fold(name: str) -> str:
    """A lookup key: accents removed, case folded, apostrophes unified.

    Example:
        >>> fold("Caïro"), fold("Libië"), fold("Nālūt")
        ('cairo', 'libie', 'nalut')
    """
    name = name.replace("’", "'").strip()
    if not name.isascii():
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    return name.casefold()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; a possessive "'s" becomes a token of its own."""
    tokens: list[Token] = []
    start_next = True
    for match in _TOKEN.finditer(text):
        pieces = [(match.group(), match.start())]
        word = match.group()
        if len(word) > 3 and _POSSESSIVE.search(word) and not word.startswith("'s-"):
            pieces = [(word[:-2], match.start()), (word[-2:], match.end() - 2)]
        for piece, begin in pieces:
            tokens.append(Token(piece, begin, begin + len(piece), len(tokens), start_next))
            if piece in BREAKS or piece in "-–—•":
                start_next = True
            elif piece[0].isalnum() or piece.startswith("'s-"):
                start_next = False
    # A line break also starts a new sentence (titles, list items).
    return [
        t._replace(sentence_start=True)
        if t.pos > 0 and "\n" in text[tokens[t.pos - 1].end : t.start]
        else t
        for t in tokens
    ]
