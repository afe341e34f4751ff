#!/usr/bin/env node
/*
 * Generates the add-in icons (assets/icon-{16,32,64,80,128}.png) and the ribbon
 * command icons (assets/cmd-{ledger,person,report,clear}-{16,32,80}.png) without
 * any image library: a rounded square in Excel green with a white glyph (check
 * mark; list; person; bar chart; cross),
 * rasterised with 8x8 supersampling and written by a minimal PNG encoder
 * (signature, IHDR, one zlib-compressed IDAT, IEND; RGBA, 8 bits per channel).
 *
 * Usage: node scripts/make-icons.js [outDir]
 * The PNGs are committed; re-run only when the design changes. Output is
 * deterministic, so re-running without changes leaves git clean.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
/** Ribbon buttons and context-menu items use 16, 32 and 80 px. */
const COMMAND_SIZES = [16, 32, 80];
const BACKGROUND = [0x10, 0x7c, 0x41]; // Excel green
const MARK = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8;

// ---------------------------------------------------------------- PNG encoder
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None for every scanline
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ------------------------------------------------------------------- drawing
/** Inside test for a rounded square in unit coordinates [0,1]². */
function inRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  if (x < inset || x > 1 - inset || y < inset || y > 1 - inset) return false;
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Check mark as a polyline with round caps and joins, in unit coordinates. */
const CHECK = [
  [0.27, 0.52],
  [0.43, 0.68],
  [0.74, 0.34],
];

/**
 * The command glyphs: polylines (stroked with round caps) and discs, in unit coordinates.
 * check: the add-in; ledger: 检查台账 (a list); person: 核查本人 / 核查此人; report: 生成报告 (bars);
 * clear: 清除标记 (a cross).
 */
const GLYPHS = {
  check: { lines: [CHECK], discs: [] },
  ledger: {
    lines: [
      [
        [0.3, 0.34],
        [0.7, 0.34],
      ],
      [
        [0.3, 0.5],
        [0.7, 0.5],
      ],
      [
        [0.3, 0.66],
        [0.56, 0.66],
      ],
    ],
    discs: [],
  },
  person: {
    lines: [
      [
        [0.29, 0.76],
        [0.32, 0.66],
        [0.4, 0.59],
        [0.5, 0.57],
        [0.6, 0.59],
        [0.68, 0.66],
        [0.71, 0.76],
      ],
    ],
    discs: [[0.5, 0.36, 0.12]],
  },
  report: {
    lines: [
      [
        [0.34, 0.72],
        [0.34, 0.52],
      ],
      [
        [0.5, 0.72],
        [0.5, 0.3],
      ],
      [
        [0.66, 0.72],
        [0.66, 0.42],
      ],
    ],
    discs: [],
  },
  clear: {
    lines: [
      [
        [0.34, 0.34],
        [0.66, 0.66],
      ],
      [
        [0.66, 0.34],
        [0.34, 0.66],
      ],
    ],
    discs: [],
  },
};

function inGlyph(glyph, x, y, halfWidth) {
  for (const line of glyph.lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [ax, ay] = line[i];
      const [bx, by] = line[i + 1];
      if (distanceToSegment(x, y, ax, ay, bx, by) <= halfWidth) return true;
    }
  }
  return glyph.discs.some(([cx, cy, r]) => Math.hypot(x - cx, y - cy) <= r);
}

function renderIcon(size, glyphName = 'check') {
  const glyph = GLYPHS[glyphName];
  if (!glyph) throw new Error(`unknown glyph ${glyphName}`);
  const rgba = new Uint8Array(size * size * 4);
  // Small icons get a thicker stroke and a smaller inset so they stay legible.
  const inset = size <= 16 ? 0.03 : 0.06;
  const radius = 0.2;
  const halfWidth = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.06;
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let mark = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (inRoundedSquare(x, y, inset, radius)) {
            square++;
            if (inGlyph(glyph, x, y, halfWidth)) mark++;
          }
        }
      }
      const total = n * n;
      const alpha = square / total;
      const markShare = square === 0 ? 0 : mark / square;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round(BACKGROUND[c] * (1 - markShare) + MARK[c] * markShare);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
  }
  for (const glyph of Object.keys(GLYPHS).filter((g) => g !== 'check')) {
    for (const size of COMMAND_SIZES) {
      const file = path.join(outDir, `cmd-${glyph}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, size, renderIcon(size, glyph)));
      console.log(`${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
    }
  }
}

if (require.main === module) main();
module.exports = { encodePng, renderIcon, crc32, SIZES, COMMAND_SIZES, GLYPHS };
