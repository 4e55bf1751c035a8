"""The bytes of a PDF from its object bodies: header, numbered objects, cross-reference table,
trailer. Shared by the hand-written PDF generators (scripts/make-datasheet-pdf.py,
tests/fixtures/scrapers/make_datasheet_pdf.py) so the offset arithmetic lives in one place.
"""


def pdf_bytes(objects, info_id):
    """objects: bodies in order (object number = index + 1); info_id: the /Info object's number."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info_id, xref)
    return bytes(out)
