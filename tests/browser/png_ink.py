#!/usr/bin/env python3
"""How much of a PNG screenshot is not background: prints the share of pixels that
differ from white and the number of distinct colours, and exits 1 when the picture is
blank (under MIN_INK of its pixels inked, or fewer than MIN_COLOURS colours).
    png_ink.py FILE [MIN_INK] [MIN_COLOURS]
Reads 8-bit RGB and RGBA PNGs (what Chromium writes) with the standard library only."""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise SystemExit(f"{path}: expected 8-bit RGB or RGBA, found depth {depth} colour type {colour}")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path = sys.argv[1]
    min_ink = float(sys.argv[2]) if len(sys.argv) > 2 else 0.02
    min_colours = int(sys.argv[3]) if len(sys.argv) > 3 else 16
    width, height, channels, rows = pixels(path)
    inked, colours = 0, set()
    for line in rows:
        for x in range(0, width * channels, channels):
            rgb = line[x:x + 3]
            colours.add(rgb)
            if rgb != b"\xff\xff\xff":
                inked += 1
    share = inked / (width * height)
    print(f"{path}: {width}x{height}, {share:.1%} inked, {len(colours)} colours")
    sys.exit(0 if share >= min_ink and len(colours) >= min_colours else 1)


main()
