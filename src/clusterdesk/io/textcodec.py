"""Text files an analyst may have edited (mapping and project files) decoded whatever encoding
the editor saved them in: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode" in Notepad)
little or big endian, or Windows-1252 ("ANSI")."""

from __future__ import annotations

_BOMS = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


def text_encoding(raw: bytes) -> tuple[str, int]:
    """(encoding, length of its byte-order mark) of a text file's bytes."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name, len(bom)
    head = raw[:4096]
    if len(head) >= 4 and b"\x00" in head:  # UTF-16 without a mark: every other byte zero
        if head[1::2].count(0) > 0.8 * len(head[1::2]):
            return "utf-16-le", 0
        if head[0::2].count(0) > 0.8 * len(head[0::2]):
            return "utf-16-be", 0
    try:
        raw.decode("utf-8")
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    return "cp1252", 0  # its five undefined bytes (controls in Latin-1) become U+FFFD


def decode_text(raw: bytes) -> str:
    """The text of a file's bytes in the encoding text_encoding finds; never fails (a broken
    UTF-16 or UTF-8 sequence after a mark becomes U+FFFD, which a JSON reader then names)."""
    encoding, skip = text_encoding(raw)
    return raw[skip:].decode(encoding, "replace")
