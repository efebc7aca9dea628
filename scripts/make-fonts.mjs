// Writes the self-hosted Korean web font: Pretendard Regular in unicode-range slices under
// public/fonts/pretendard/ and their @font-face rules in app/fonts.css. Run it when the pretendard
// package changes (npm run fonts); its output is committed.
//
// Why not Pretendard's own CSS: its 92 slices per weight cost 13 KB of gzipped CSS for one weight
// and a long Korean story touches about 12 slices per weight (the variable font: 377 KB). Here:
// - font-display: optional, so text never reflows when the font arrives (no layout shift): a
//   reader whose font is not there within ~100 ms reads this page in the system font and the
//   next one in Pretendard; a first visit always uses the system font and fetches the most
//   frequent slices after load (COMMON_FONT_SLICES in lib/webFonts.ts) for the pages after it;
// - one weight, Regular; bold text is synthesized by the browser (font-synthesis), which keeps a
//   long story's font bytes to its Regular slices;
// - the 20 most frequent slices as Pretendard cut them (Google Fonts' frequency order: the higher
//   the number, the more common the syllables), each with its exact unicode-range;
// - the rest of KS X 1001's everyday syllables in four files, so a story with a few rarer words
//   pays for one or two of them;
// - every range exact and none overlapping: with font-display: optional, a face that misses its
//   window makes the browser look for the character in the next face that names it, so a broad
//   catch-all range would be downloaded on every slow page. Archaic syllables outside KS X 1001,
//   which news copy does not use, come from the system font.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const root = path.resolve(import.meta.dirname, '..');
const pkg = path.join(root, 'node_modules', 'pretendard', 'dist', 'web', 'static');
const out = path.join(root, 'public', 'fonts', 'pretendard');
const FREQUENT = 20;
/** Files for the rest of KS X 1001's 2,350 everyday syllables, so one rarer word costs ~25 KB. */
const EVERYDAY_FILES = 4;

const css = readFileSync(path.join(pkg, 'pretendard-dynamic-subset.css'), 'utf8');
const slices = [...css.matchAll(/\/\* \[(\d+)\] \*\/\s*@font-face \{([^}]*)\}/g)]
  .filter(([, , body]) => /font-weight: 400;/.test(body))
  .map(([, index, body]) => ({ index: Number(index), range: /unicode-range: ([^;]*);/.exec(body)[1].replace(/\s+/g, '') }))
  .sort((a, b) => b.index - a.index);
if (slices.length < FREQUENT + 1) throw new Error(`pretendard: expected about 92 slices, found ${slices.length}`);

/** A unicode-range list for a set of code points, adjacent ones joined. */
function rangeOf(codePoints) {
  const runs = [];
  for (const c of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && c === last[1] + 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',');
}

/** Every character a unicode-range list names. */
function characters(ranges) {
  let text = '';
  for (const part of ranges.split(',')) {
    const [lo, hi] = part.replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
    for (let c = lo; c <= (hi ?? lo); c++) text += String.fromCodePoint(c);
  }
  return text;
}

const regular = readFileSync(path.join(pkg, 'woff2', 'Pretendard-Regular.woff2'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const frequent = slices.slice(0, FREQUENT);
const frequentText = new Set(frequent.flatMap((s) => [...characters(s.range)]));
const restText = [...new Set(slices.slice(FREQUENT).flatMap((s) => [...characters(s.range)]))].filter((c) => !frequentText.has(c));

// KS X 1001 is the everyday repertoire (EUC-KR's 2,350 syllables); Node decodes EUC-KR natively.
const ksx1001 = new Set();
const euckr = new TextDecoder('euc-kr');
for (let lead = 0xb0; lead <= 0xc8; lead++) {
  for (let trail = 0xa1; trail <= 0xfe; trail++) ksx1001.add(euckr.decode(new Uint8Array([lead, trail])));
}
const everyday = restText.filter((c) => ksx1001.has(c)).sort();
const perFile = Math.ceil(everyday.length / EVERYDAY_FILES);

/** @type {{ file: string, range: string, text: string }[]} in declaration order */
const faces = [
  ...Array.from({ length: EVERYDAY_FILES }, (_, i) => {
    const part = everyday.slice(i * perFile, (i + 1) * perFile);
    return { file: `everyday-${i + 1}.woff2`, range: rangeOf(part.map((c) => c.codePointAt(0))), text: part.join('') };
  }),
  ...frequent.reverse().map((s) => ({ file: `${s.index}.woff2`, range: s.range, text: characters(s.range) })),
];

const rules = [];
const hangulRules = [];
for (const face of faces) {
  const font = await subsetFont(regular, face.text, { targetFormat: 'woff2' });
  writeFileSync(path.join(out, face.file), font);
  rules.push(
    `@font-face{font-family:Pretendard;font-display:optional;src:url(/fonts/pretendard/${face.file});unicode-range:${face.range}}`,
  );
  // The same files for a device with no Korean font at all (lib/webFonts.ts marks it): it would
  // otherwise show boxes, so it waits for the slices its text needs instead. Latin and common
  // punctuation stay the reader's own fonts' (and never fetch a slice).
  const hangul = [...face.text].map((c) => c.codePointAt(0)).filter((c) => c >= 0x300 && !(c >= 0x2000 && c <= 0x206f));
  if (hangul.length > 0) {
    hangulRules.push(`@font-face{font-family:'Pretendard Hangul';font-display:block;src:url(/fonts/pretendard/${face.file});unicode-range:${rangeOf(hangul)}}`);
  }
  console.log(`${face.file}: ${(font.length / 1024).toFixed(1)} KB`);
}

writeFileSync(
  path.join(root, 'app', 'fonts.css'),
  `/* Generated by scripts/make-fonts.mjs from the pretendard package (SIL Open Font License 1.1, public/fonts/pretendard/LICENSE.txt). Do not edit. */\n${[...rules, ...hangulRules].join('\n')}\n`,
);
// The Hangul rules alone, for the pages that stand outside the site's layout (the starting page,
// the last-resort error page): their inline script links it on a device with no Korean font.
writeFileSync(path.join(out, 'hangul.css'), `${hangulRules.join('\n')}\n`);
writeFileSync(path.join(out, 'LICENSE.txt'), readFileSync(path.join(root, 'node_modules', 'pretendard', 'dist', 'LICENSE.txt')));
console.log(`app/fonts.css: ${rules.length} faces, twice`);
