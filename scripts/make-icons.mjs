// Draws the app icons (the favicon's three bars on a dark tile) as PNGs for the web app manifest,
// with no image library: node scripts/make-icons.mjs (writes public/icons/*.png).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BG = [0x1e, 0x29, 0x3b];
const FG = [0xf8, 0xfa, 0xfc];
/** The favicon's drawing on a 32-unit grid: a baseline and three bars (round caps, width 3). */
const SEGMENTS = [
  [6, 22, 26, 22],
  [9, 22, 9, 14],
  [16, 22, 16, 9],
  [23, 22, 23, 17],
];

function distanceToSegment(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** RGBA pixels; `maskable` fills the whole square and shrinks the drawing into the safe zone. */
function draw(size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 32 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Centre of the pixel on the 32-unit grid (shrunk by 0.7 about the centre when maskable).
      let gx = (x + 0.5) * scale;
      let gy = (y + 0.5) * scale;
      const r = 6;
      const inTile = maskable || insideRoundedSquare(gx, gy, r);
      if (maskable) {
        gx = 16 + (gx - 16) / 0.7;
        gy = 16 + (gy - 16) / 0.7;
      }
      const onBar = SEGMENTS.some((s) => distanceToSegment(gx, gy, s) <= 1.5);
      const colour = onBar ? FG : BG;
      const i = (y * size + x) * 4;
      pixels[i] = colour[0];
      pixels[i + 1] = colour[1];
      pixels[i + 2] = colour[2];
      pixels[i + 3] = inTile ? 255 : 0;
    }
  }
  return pixels;
}

function insideRoundedSquare(x, y, r) {
  const cx = Math.max(r, Math.min(32 - r, x));
  const cy = Math.max(r, Math.min(32 - r, y));
  return Math.hypot(x - cx, y - cy) <= r;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.resolve(import.meta.dirname, '../public/icons');
fs.mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  fs.writeFileSync(path.join(out, name), png(size, draw(size, maskable)));
  console.log(`wrote public/icons/${name}`);
}
