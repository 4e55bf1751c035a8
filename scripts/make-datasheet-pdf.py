#!/usr/bin/env python3
"""Writes a one-page datasheet-style PDF from a small text source (see the source's header).

Why hand-written: the bundled datasheet must be rebuilt byte for byte from what the repository
holds, with no network and no office suite; a PDF of Helvetica text lines needs only the
cross-reference arithmetic below. Spec rows put the label at one x and the value at another,
as vendor datasheets do, so a PDF reader sees two aligned text columns.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_file import pdf_bytes  # noqa: E402

LABEL_X, VALUE_X, TOP, LEAD = 56, 300, 760, 16


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def content_stream(lines):
    ops, y = [], TOP
    for kind, a, b in lines:
        size = {"title": 20, "head": 13}.get(kind, 10)
        y -= LEAD + (10 if kind in ("title", "head") else 0)
        ops.append(f"BT /F1 {size} Tf {LABEL_X} {y} Td ({escape(a)}) Tj ET")
        if kind == "row":
            ops.append(f"BT /F1 {size} Tf {VALUE_X} {y} Td ({escape(b)}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def parse(path):
    lines, title = [], ""
    for raw in open(path, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw or raw.startswith("#"):
            continue
        kind, _, rest = raw.partition(": ")
        if kind == "row":
            # The value is after the last " | " that leaves a label: "NVENC | NVDEC | JPEG
            # Decoders | 2 | 4 | 4" keeps its bars on both sides, split where the digits start.
            parts = rest.split(" | ")
            cut = next((i for i, p in enumerate(parts) if p[:1].isdigit()), len(parts) - 1)
            lines.append(("row", " | ".join(parts[:cut]), " | ".join(parts[cut:])))
        elif kind in ("title", "para", "head"):
            title = title or (rest if kind == "title" else "")
            lines.append((kind, rest, ""))
        else:
            sys.exit(f"{path}: unknown line kind {kind!r}")
    return title, lines


def write_pdf(title, lines, out):
    stream = content_stream(lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) >>" % escape(title)).encode("latin-1"),
    ]
    with open(out, "wb") as f:
        f.write(pdf_bytes(objects, 6))

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make-datasheet-pdf.py SOURCE.txt OUT.pdf")
    write_pdf(*parse(sys.argv[1]), sys.argv[2])
