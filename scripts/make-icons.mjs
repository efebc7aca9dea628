// Renders the site icons into public/ (commit the results): favicon.ico, icon.svg and the
// Apple touch icon. A red bar over a serif "H", the masthead's initial.
//
// Usage: node scripts/make-icons.mjs
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="#ffffff"/>
<rect width="64" height="10" fill="#a3161a"/>
<path fill="#111111" d="M14 18h12v4h-3v8h18v-8h-3v-4h12v4h-3v22h3v4H38v-4h3v-10H23v10h3v4H14v-4h3V22h-3z"/>
</svg>`;

/** An .ico holding one PNG image (supported by every current browser). */
function ico(png, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
}

await writeFile(path.join(OUT, 'icon.svg'), svg);
const png32 = await sharp(Buffer.from(svg)).resize(32, 32).png().toBuffer();
await writeFile(path.join(OUT, 'favicon.ico'), ico(png32, 32));
await sharp(Buffer.from(svg)).resize(180, 180).flatten({ background: '#ffffff' }).png().toFile(path.join(OUT, 'apple-touch-icon.png'));
console.log('Wrote public/favicon.ico, public/icon.svg, public/apple-touch-icon.png');
