"""Media drawn at run time: calm decorative images (Pillow) and tiny text PDFs.

Nothing is downloaded and nothing binary is kept in the repository.
"""

import io
import math
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter

# Calm palettes: (background, shapes...)
PALETTES = {
    "zeegroen": ["#e8f1ef", "#2f7f78", "#7fb8ae", "#c9e2dc", "#f2c27b"],
    "zand": ["#f6efe4", "#c98b4a", "#e3c39b", "#8a6f52", "#f9dcb8"],
    "hemelsblauw": ["#eaf1f8", "#3a6ea5", "#8fb3d9", "#c5d8ec", "#f0b67f"],
    "salie": ["#eef2ea", "#6b8f5e", "#a9c29a", "#d6e2cc", "#e9a48c"],
    "terracotta": ["#f7ece6", "#b85c38", "#e0a387", "#8c5e4a", "#f4d1bf"],
    "lavendel": ["#f1eef6", "#6c5b9e", "#a99bd0", "#d8d0ea", "#f3c98b"],
}

STYLES = ("cirkels", "golven", "blokken")


def _hex(colour, alpha=255):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4)) + (alpha,)


def decorative_image(seed, width=1200, height=675, palette="zeegroen", style="cirkels", fmt="JPEG"):
    """Abstract shapes in a calm palette; the same seed draws the same picture."""
    rng = random.Random(seed)  # noqa: S311 - drawing, not security
    colours = PALETTES[palette]
    base = Image.new("RGBA", (width, height), _hex(colours[0]))
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    unit = min(width, height)

    if style == "cirkels":
        for _ in range(9):
            radius = rng.uniform(0.12, 0.45) * unit
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            fill = _hex(rng.choice(colours[1:]), rng.randint(90, 170))
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    elif style == "golven":
        bands = 6
        for band in range(bands):
            offset = height * (band + 1) / (bands + 1)
            amplitude = rng.uniform(0.04, 0.12) * height
            phase = rng.uniform(0, math.tau)
            length = rng.uniform(0.6, 1.4) * width
            points = [
                (x, offset + amplitude * math.sin(phase + math.tau * x / length))
                for x in range(0, width + 20, 20)
            ]
            points += [(width, height), (0, height)]
            fill = _hex(colours[1 + band % (len(colours) - 1)], rng.randint(70, 130))
            draw.polygon(points, fill=fill)
    else:
        for _ in range(7):
            w, h = rng.uniform(0.2, 0.55) * width, rng.uniform(0.2, 0.6) * height
            x, y = rng.uniform(-0.1, 0.9) * width, rng.uniform(-0.1, 0.8) * height
            fill = _hex(rng.choice(colours[1:]), rng.randint(90, 170))
            draw.rounded_rectangle((x, y, x + w, y + h), radius=int(unit * 0.06), fill=fill)

    layer = layer.filter(ImageFilter.GaussianBlur(radius=max(1, unit // 300)))
    image = Image.alpha_composite(base, layer).convert("RGB")
    buffer = io.BytesIO()
    if fmt.upper() == "JPEG":
        image.save(buffer, "JPEG", quality=85, optimize=True)
    else:
        image.save(buffer, fmt.upper(), optimize=True)
    return buffer.getvalue()


def _pdf_text(text):
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def simple_pdf(title, paragraphs, lines_per_page=48):
    """A small, valid PDF with a title and wrapped paragraphs (Helvetica, A4)."""
    lines = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, width=88) or [""])
        lines.append("")
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]

    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
        b"/Encoding /WinAnsiEncoding >>",
    }
    kids = []
    for number, page_lines in enumerate(pages):
        page_id, content_id = 5 + 2 * number, 6 + 2 * number
        kids.append(f"{page_id} 0 R".encode())
        stream = [b"BT", b"/F2 16 Tf", b"56 780 Td", b"20 TL"]
        stream.append(b"(" + _pdf_text(title) + b") Tj T*")
        stream += [b"/F1 10.5 Tf", b"14 TL", b"T*"]
        stream += [b"(" + _pdf_text(line) + b") Tj T*" for line in page_lines]
        stream.append(b"ET")
        body = b"\n".join(stream)
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_id
        )
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for object_id in sorted(objects):
        offsets[object_id] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (object_id, objects[object_id]))
    xref = out.tell()
    count = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % count)
    for object_id in range(1, count):
        out.write(b"%010d 00000 n \n" % offsets[object_id])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref))
    return out.getvalue()
