#!/usr/bin/env node
// Draws the app icons (public/icons/icon-192.png, icon-512.png and a
// maskable 512) as plain PNGs: a stack of two cards on the brand colour.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const BRAND = [0x1d, 0x4e, 0xd8];
const WHITE = [0xff, 0xff, 0xff];
const PALE = [0xdb, 0xea, 0xfe];
const YELLOW = [0xfd, 0xe0, 0x47];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// `inset` keeps the drawing inside the safe zone of a maskable icon.
function icon(inset) {
  const s = (v) => inset + v * (1 - 2 * inset);
  return (x, y) => {
    // The front card, then the one behind it.
    if (inRoundedRect(x, y, s(0.14), s(0.32), s(0.7), s(0.82), 0.05)) {
      if (y > s(0.48) && y < s(0.54) && x > s(0.22) && x < s(0.62)) return YELLOW;
      if (y > s(0.6) && y < s(0.64) && x > s(0.22) && x < s(0.54)) return BRAND;
      return WHITE;
    }
    if (inRoundedRect(x, y, s(0.3), s(0.18), s(0.86), s(0.66), 0.05)) return PALE;
    return BRAND;
  };
}

const out = path.resolve(import.meta.dirname, "../public/icons");
writeFileSync(path.join(out, "icon-192.png"), png(192, icon(0)));
writeFileSync(path.join(out, "icon-512.png"), png(512, icon(0)));
writeFileSync(path.join(out, "icon-maskable-512.png"), png(512, icon(0.1)));
console.log("Wrote public/icons/icon-192.png, icon-512.png, icon-maskable-512.png");
