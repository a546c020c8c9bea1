"""A sheet deflated part by part in two threads is one valid deflate stream: a zip member made
of it reads back as the text, with the zip's own CRC check."""

from __future__ import annotations

import os
import random
import zipfile
import zlib

from clusterdesk.report import excel_packed


def parts_of(seed: int) -> list[bytes]:
    rng = random.Random(seed)
    words = [b"<row>", b"<c r=\"A1\" t=\"n\"><v>1</v></c>", b"regional", b"\xc3\xb8", b"</row>"]
    out = [b"<sheetData>"]
    for _ in range(rng.randrange(1, 6)):
        out.append(b"".join(rng.choice(words) for _ in range(rng.randrange(0, 40_000))))
    out.append(b"")  # an empty part too
    out.append(b"</sheetData>")
    return out


def test_the_parts_make_one_stream_that_inflates_to_the_text(tmp_path):
    for seed in range(5):
        parts = parts_of(seed)
        packing = excel_packed.pack(lambda parts=parts: iter(parts))
        packed = packing.finish()
        try:
            with open(packed.path, "rb") as f:
                stream = f.read()
            inflate = zlib.decompressobj(-15)
            text = inflate.decompress(stream) + inflate.flush()
            assert text == b"".join(parts)
            assert inflate.eof and not inflate.unused_data  # one stream, closed once
            assert (packed.crc, packed.size) == (zlib.crc32(text), len(text))

            source = tmp_path / "sheet.xml"
            source.write_bytes(b"")
            book = tmp_path / f"book{seed}.zip"
            with zipfile.ZipFile(book, "w") as archive:
                excel_packed.write_member(archive, str(source), "xl/worksheets/sheet1.xml",
                                          packed)
            with zipfile.ZipFile(book) as archive:
                assert archive.testzip() is None
                assert archive.read("xl/worksheets/sheet1.xml") == text
        finally:
            os.remove(packed.path)
