"""Draws the app icons (public/icons/*.png): a blue rounded square with rising white bars, the plan being
fulfilled. Pure Python (zlib + struct), so no image library is needed. Run: python3 scripts/icons.py"""
import struct
import zlib

BG, FG, ACCENT = (29, 79, 145), (255, 255, 255), (255, 193, 7)
BARS = [((0.24, 0.42), 0.32), ((0.42, 0.58), 0.48), ((0.60, 0.76), 0.64)]


def pixel(x, y, size, rounded):
    r = size * 0.18
    cx, cy = min(max(x, r), size - 1 - r), min(max(y, r), size - 1 - r)
    if rounded and (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    u, v = x / size, y / size
    for (a, b), h in BARS:
        if a <= u <= b and 0.80 - h <= v <= 0.80:
            return FG + (255,)
    if 0.18 <= u <= 0.82 and 0.84 <= v <= 0.88:
        return ACCENT + (255,)
    return BG + (255,)


def png(path, size, rounded):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y, size, rounded)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    png("public/icons/icon-192.png", 192, True)
    png("public/icons/icon-512.png", 512, True)
    png("public/icons/maskable-512.png", 512, False)  # full bleed: the platform applies its own mask
