#!/usr/bin/env node
// Renders build/icons/icon.svg to everything electron-builder wants:
//   NxN.png (Linux, and the source for the rest), icon.png (1024), icon.ico (Windows),
//   icon.icns (macOS, written here: ImageMagick 6 has no ICNS writer; the format is just
//   PNGs in typed chunks). Needs ImageMagick (`magick` or `convert`). Re-run after editing the SVG.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const svg = path.join(dir, 'icon.svg');

function imagemagick() {
  for (const candidate of ['/usr/bin/magick', '/usr/local/bin/magick', '/usr/bin/convert'])
    if (existsSync(candidate)) return candidate;
  return 'convert';
}
const im = imagemagick();
const run = (args) => execFileSync(im, args, { stdio: ['ignore', 'ignore', 'inherit'] });

// Render once, large, then downscale: small sizes come out sharper than rasterising the SVG small.
const master = path.join(dir, '1024x1024.png');
run(['-background', 'none', '-density', '384', svg, '-resize', '1024x1024', '-strip', `PNG32:${master}`]);
const sizes = [512, 256, 128, 64, 48, 32, 24, 16];
for (const s of sizes) {
  run([master, '-filter', 'Lanczos', '-resize', `${s}x${s}`, '-strip', `PNG32:${path.join(dir, `${s}x${s}.png`)}`]);
}
writeFileSync(path.join(dir, 'icon.png'), readFileSync(master));

run([...[16, 24, 32, 48, 64, 128, 256].map((s) => path.join(dir, `${s}x${s}.png`)), path.join(dir, 'icon.ico')]);

// ICNS: 'icns' + total length, then per image a 4-byte type, 4-byte length (header included), PNG data.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];
const chunks = icnsTypes.map(([type, size]) => {
  const png = readFileSync(path.join(dir, `${size}x${size}.png`));
  const header = Buffer.alloc(8);
  header.write(type, 0, 'ascii');
  header.writeUInt32BE(png.length + 8, 4);
  return Buffer.concat([header, png]);
});
const body = Buffer.concat(chunks);
const head = Buffer.alloc(8);
head.write('icns', 0, 'ascii');
head.writeUInt32BE(body.length + 8, 4);
writeFileSync(path.join(dir, 'icon.icns'), Buffer.concat([head, body]));

console.log(
  `icons written to ${path.relative(process.cwd(), dir) || '.'}: ${sizes.length + 1} PNGs, icon.png, icon.ico, icon.icns`,
);
