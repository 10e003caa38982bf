#!/usr/bin/env node
/**
 * Draws the Source Context icon and writes icon-16/32/48/128.png next to
 * this script. No dependencies: shapes are tested per sample, antialiased by
 * supersampling, and encoded as RGBA PNG with node:zlib.
 *
 * The icon: a rounded speech bubble in deep teal (#0f766e) holding a white
 * opening quotation mark, drawn as two filled circles with short tails, on a
 * transparent background.
 *
 * Usage: node icons/make-icons.mjs
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 8; // samples per pixel along each axis
const TEAL = [0x0f, 0x76, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

// ---- Geometry, in a 128 x 128 design space -------------------------------

/** Rounded rectangle of the bubble body. */
const BODY = { x0: 6, y0: 10, x1: 122, y1: 98, r: 24 };
/** Tail of the bubble: a triangle under the body's lower left. */
const TAIL = [
  [26, 90],
  [62, 90],
  [20, 122],
];

function inRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function inTriangle(x, y, [[ax, ay], [bx, by], [cx, cy]]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

function inBubble(x, y) {
  return inRoundedRect(x, y, BODY) || inTriangle(x, y, TAIL);
}

/**
 * One comma of the opening mark (a "6"): a filled circle with a tail that
 * leaves its upper left and curves up and to the right, tapering to a point.
 * The tail is a chain of discs along a quadratic Bezier curve.
 */
function makeComma(cx, cy, r) {
  const p0 = [cx - r * 0.55, cy - r * 0.45];
  const p1 = [cx - r * 1.05, cy - r * 1.9];
  const p2 = [cx + r * 0.55, cy - r * 2.55];
  const discs = [];
  const steps = 64;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const x = u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0];
    const y = u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1];
    const radius = r * (0.72 * (1 - t) + 0.16 * t);
    discs.push([x, y, radius * radius]);
  }
  discs.push([cx, cy, r * r]);
  return discs;
}

const GLYPH_R = 14.5;
const GLYPH = [...makeComma(45, 66, GLYPH_R), ...makeComma(83, 66, GLYPH_R)];

function inGlyph(x, y) {
  for (const [dx0, dy0, r2] of GLYPH) {
    const dx = x - dx0;
    const dy = y - dy0;
    if (dx * dx + dy * dy <= r2) return true;
  }
  return false;
}

// ---- Rasteriser ----------------------------------------------------------

/** Returns straight-alpha RGBA pixels, row by row. */
function render(size) {
  const px = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  const scale = 128 / size;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let covered = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < n; sy++) {
        const y = (py + (sy + 0.5) / n) * scale;
        for (let sx = 0; sx < n; sx++) {
          const x = (pxi + (sx + 0.5) / n) * scale;
          if (!inBubble(x, y)) continue;
          const c = inGlyph(x, y) ? WHITE : TEAL;
          covered++;
          r += c[0];
          g += c[1];
          b += c[2];
        }
      }
      const o = (py * size + pxi) * 4;
      if (covered > 0) {
        px[o] = Math.round(r / covered);
        px[o + 1] = Math.round(g / covered);
        px[o + 2] = Math.round(b / covered);
        px[o + 3] = Math.round((covered / (n * n)) * 255);
      }
    }
  }
  return px;
}

// ---- PNG encoder ---------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote icons/icon-${size}.png`);
}
