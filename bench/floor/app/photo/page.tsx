import fs from 'node:fs';
import path from 'node:path';
import Image from 'next/image';
import type { Metadata } from 'next';

// The floor with a story's shape: the seed story's headline, its photo through next/image (as the
// site's lead photo: preloaded with high priority, full width on a phone) and its paragraphs as
// plain text. Nothing of the site's own (no CSS, no fonts, no islands), so Lighthouse's figures
// here are what Next.js alone gives a page whose largest paint is a photo (BENCHMARKS.md).
export const metadata: Metadata = { title: 'Floor with a photo' };

// Read at build time; `next build bench/floor` may run from the repository root or from bench/floor.
const STORY = ['.', '../..']
  .map((root) => path.resolve(process.cwd(), root, 'content/articles/kim-train-khabarovsk/en.md'))
  .find((file) => fs.existsSync(file))!;

function storyText() {
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
  return (
    <main>
      <h1>{title}</h1>
      <Image src="/photo.jpg" alt="A train at a station platform" width={1200} height={800} priority sizes="100vw" style={{ width: '100%', height: 'auto' }} />
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  );
}
