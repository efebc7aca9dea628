import fs from 'node:fs';
import path from 'node:path';

/** A font for next/og (satori): TTF, OTF or WOFF, never WOFF2. */
export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: 700;
  style: 'normal';
}

// Fonts come from npm packages in node_modules: nothing is fetched while building.
const modules = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules');
const PRETENDARD = path.join(modules, 'pretendard', 'dist', 'public', 'static', 'Pretendard-Bold.otf');
const NOTO_KR = path.join(modules, '@fontsource', 'noto-sans-kr');

const files = new Map<string, ArrayBuffer>();
function read(file: string): ArrayBuffer {
  let data = files.get(file);
  if (!data) {
    const buffer = fs.readFileSync(file);
    data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    files.set(file, data);
  }
  return data;
}

interface Slice {
  file: string;
  ranges: [number, number][];
}

let slices: Slice[] | undefined;
/** Noto Sans KR's slices (file and unicode-range), read from the package's own CSS. */
function notoSlices(): Slice[] {
  slices ??= [...fs.readFileSync(path.join(NOTO_KR, '700.css'), 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
    ([, file, ranges]) => ({
      file: path.join(NOTO_KR, 'files', file!),
      ranges: ranges!.split(',').map((range) => {
        const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
      }),
    }),
  );
  return slices;
}

/** Hanja and other CJK ideographs (北 in a Korean headline), which Pretendard does not draw. */
const IDEOGRAPH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The fonts a card needs for `text`: Pretendard (Hangul and Latin), plus the Noto Sans KR slices
 * that hold any ideographs in it. With a glyph missing, next/og would try to download a font,
 * which fails offline and leaves an empty box.
 */
export function cardFonts(text: string): CardFont[] {
  const fonts: CardFont[] = [{ name: 'Pretendard', data: read(PRETENDARD), weight: 700, style: 'normal' }];
  const needed = new Set<string>();
  for (const char of text) {
    if (!IDEOGRAPH.test(char)) continue;
    const code = char.codePointAt(0)!;
    const slice = notoSlices().find((s) => s.ranges.some(([from, to]) => code >= from && code <= to));
    if (slice) needed.add(slice.file);
  }
  for (const file of needed) fonts.push({ name: 'Noto Sans KR', data: read(file), weight: 700, style: 'normal' });
  return fonts;
}
