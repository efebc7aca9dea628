import fs from 'node:fs';
import path from 'node:path';
import { getImageProps } from 'next/image';
import type { Metadata } from 'next';
import { preload } from 'react-dom';

// The floor with a story's shape: the seed story's headline, its photo and its paragraphs as plain
// text. The photo is loaded as the site loads its lead photo (components/ResponsiveImage.tsx):
// Next.js's optimizer (AVIF or WebP, a srcset), drawn on the server with no client code, eager,
// at high priority and preloaded. Nothing else of the site's (no CSS, no fonts, no islands), so
// Lighthouse's figures here are what Next.js alone gives a page whose largest paint is a photo.
export const metadata: Metadata = { title: 'Floor with a photo' };

// The end-to-end fixtures' copy, from which the site's pages in the same run are served. Read at
// build time; `next build bench/floor` may run from the repository root or from bench/floor.
const STORY_FILE = 'e2e/fixtures/content/articles/kim-train-khabarovsk/en.md';
const STORY = ['.', '../..'].map((root) => path.resolve(process.cwd(), root, STORY_FILE)).find((file) => fs.existsSync(file));

function storyText() {
  if (!STORY) throw new Error(`floor: ${STORY_FILE} not found from ${process.cwd()}`);
  const [, frontmatter = '', body = ''] = fs.readFileSync(STORY, 'utf8').split(/^---$/m);
  const title = /^title:\s*"(.*)"$/m.exec(frontmatter)?.[1] ?? 'Floor with a photo';
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^[!#<]/.test(p));
  return { title, paragraphs };
}

export default function FloorPhotoPage() {
  const { title, paragraphs } = storyText();
  const { props } = getImageProps({ src: '/photo.jpg', alt: 'A train at a station platform', width: 1200, height: 800, sizes: '100vw', loading: 'eager', fetchPriority: 'high', style: { width: '100%', height: 'auto' } });
  preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  return (
    <main>
      <h1>{title}</h1>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image's own optimised props, as the site draws them */}
      <img {...props} alt="A train at a station platform" />
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  );
}
