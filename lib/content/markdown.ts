import type { Element, ElementContent, Root } from 'hast';
import type { Definition, Root as MdastRoot } from 'mdast';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { remarkGlosses } from './glosses';
import type { PairBlock } from './pairing';
import { IMAGE_PATH_PATTERN, STORY_PHOTO_PATTERN } from './schema';

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * An image's size (and, for a photo in the story's folder, the URL pages show it at), or why it
 * could not be measured.
 */
export type ImageMeasurement = (ImageSize & { src?: string }) | { problem: string };

export interface BodyProblem {
  severity: 'error' | 'warning';
  /** 1-based line within the Markdown body. */
  line?: number;
  message: string;
}

export interface RenderOptions {
  locale: Locale;
  /**
   * Measures body photos (the figure gets their size). Without it, photos are listed in
   * `images` and not measured: whether their files exist is the caller's check (checkImages).
   */
  imageSize?: (src: string) => ImageMeasurement;
}

/** A photo in the body: its path (or file name in the story's folder) and the body line it is on. */
export interface BodyImage {
  src: string;
  line?: number;
}

// GitHub's allow-list, less form controls: GFM task lists would render unlabeled checkboxes.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  // The pair marker's mark on the block after it (remarkPairMarkers): Markdown cannot write it.
  // Glosses (glosses.ts) are spans with their gloss and number, which Markdown cannot write either.
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataPairJoin'],
    span: [...(defaultSchema.attributes?.span ?? []), 'dataGloss', 'dataGlossId'],
  },
  // remark-rehype already prefixes footnote ids; a second prefix would break their links.
  clobberPrefix: '',
};

export interface RenderedBody {
  tree: Root;
  plainText: string;
  /** The text of the first paragraph, for descriptions when there is no dek. */
  firstParagraph?: string;
  /** Whether the body has a paragraph at all (a dateline needs one to open). */
  hasParagraph: boolean;
  /** Photos with a well-formed local path, in order. */
  images: BodyImage[];
  problems: BodyProblem[];
  /** The body's top-level blocks as the parallel view pairs them (pairing.ts). */
  blocks: PairBlock[];
}

/** The pair marker: a line of its own between two blocks, keeping them in one pair (pairing.ts). */
export const PAIR_MARKER = '<!-- + -->';
const PAIR_MARKER_PATTERN = /^<!--\s*\+\s*-->$/;

/**
 * Markdown (GFM) to a sanitized HTML syntax tree. Raw HTML in the Markdown is never passed
 * through (remark-rehype drops it) and the sanitizer strips what is left that could run script,
 * such as `javascript:` links. The tree is rendered to React by the ArticleBody component.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedBody {
  const problems: BodyProblem[] = [];
  const images: BodyImage[] = [];
  const processor = processorFor(options.locale);
  // What this body's house-style pass reports into travels with its file, not the shared processor.
  const file = new VFile({ value: markdown, data: { newsBody: { ...options, problems, images } } });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const text = (node: Root | Root['children'][number]) => hastToString(node).replace(/\s+/g, ' ').trim();
  const first = tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
  return { tree, plainText: text(tree), firstParagraph: first ? text(first) || undefined : undefined, hasParagraph: first !== undefined, images, problems, blocks: bodyBlocks(tree) };
}

/** The top-level blocks of a rendered body, the footnotes aside (they follow the story in both versions). */
export function topLevelBlocks(tree: Root): Element[] {
  return tree.children.filter((node): node is Element => node.type === 'element' && node.properties.dataFootnotes === undefined);
}

function bodyBlocks(tree: Root): PairBlock[] {
  return topLevelBlocks(tree).map((block) => ({
    chars: hastToString(block).replace(/\s+/g, ' ').trim().length,
    joined: block.properties.dataPairJoin !== undefined,
    ...(block.position ? { line: block.position.start.line } : {}),
  }));
}

/**
 * Pair markers (`<!-- + -->` on a line of its own) mark the block after them as joined to the
 * one before, and go; raw HTML is dropped anyway, so nothing of them shows on the article page.
 * A marker with no block on one side of it is reported.
 */
function remarkPairMarkers() {
  return (tree: MdastRoot, file: VFile) => {
    const { problems } = file.data.newsBody as NewsBodyOptions;
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'html' || !PAIR_MARKER_PATTERN.test(node.value.trim())) continue;
      const before = children.slice(0, i).some((n) => n.type !== 'html' && n.type !== 'definition' && n.type !== 'footnoteDefinition');
      const next = children.slice(i + 1).find((n) => n.type !== 'html');
      if (!before || !next || next.type === 'definition' || next.type === 'footnoteDefinition') {
        problems.push({ severity: 'warning', line: node.position?.start.line, message: `the pair marker ${PAIR_MARKER} must stand between two paragraphs: it keeps the one after it in a pair with the one before` });
        continue;
      }
      next.data = { ...next.data, hProperties: { ...(next.data?.hProperties as Record<string, unknown> | undefined), dataPairJoin: '' } };
    }
  };
}

/** The schemes a link may have; the sanitizer drops the address of any other (hast-util-sanitize). */
const LINK_PROTOCOLS = schema.protocols?.href ?? [];

/** Whether the sanitizer would drop this address: a scheme it does not allow, as it reads one. */
function droppedScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  // A colon after a path, query or fragment starts no scheme ("/a:b", "?q=a:b").
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && at < colon) return undefined;
  }
  const scheme = url.slice(0, colon);
  // Letter case counts, as it does for the sanitizer: `HTTPS:` loses its link too.
  return LINK_PROTOCOLS.includes(scheme) ? undefined : scheme;
}

/**
 * Links and images, checked as the editor wrote them: the sanitizer later drops a `javascript:`
 * address, and a message naming what is left ("") would point at nothing the editor can find.
 * Images must be local files with alt text (errors); a link whose address the sanitizer drops
 * still shows its text, so it is a warning.
 */
function remarkCheckAddresses() {
  return (tree: MdastRoot, file: VFile) => {
    const { problems } = file.data.newsBody as NewsBodyOptions;
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    const quoted = (text: string) => JSON.stringify(text);
    const referenced = new Set<Definition>();
    const linkChecked = (url: string, line: number | undefined) => {
      const scheme = droppedScheme(url);
      if (scheme === undefined) return;
      problems.push({
        severity: 'warning',
        line,
        message: `link ${quoted(url)} is not a web address, an email or a path on this site (${scheme}: is not one of ${LINK_PROTOCOLS.join(', ')}): readers get its text without the link`,
      });
    };
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if (node.type === 'image' || node.type === 'imageReference') {
        const src = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
        // An image reference with no definition is plain text on the page.
        if (src === undefined) return;
        const alt = node.alt?.trim() ?? '';
        if (!alt) problems.push({ severity: 'error', line, message: `image ${quoted(src)} has no alt text: write ![what the picture shows](${src})` });
        if (!IMAGE_PATH_PATTERN.test(src) && !STORY_PHOTO_PATTERN.test(src)) {
          problems.push({ severity: 'error', line, message: `image ${quoted(src)} must be a file in public/, e.g. /images/photo.jpg, or a photo in the story's folder named alone, e.g. chart.png` });
        }
        return;
      }
      if (node.type === 'link') linkChecked(node.url, line);
      // A reference is reported once, at its definition, where the address is written.
      if (node.type === 'linkReference') {
        const definition = definitions.get(node.identifier);
        if (definition && !referenced.has(definition)) {
          referenced.add(definition);
          linkChecked(definition.url, definition.position?.start.line);
        }
      }
    });
  };
}

const processors = new Map<Locale, ReturnType<typeof createProcessor>>();

/** One processor per language, made once: making one per story was a third of indexing a story. */
function processorFor(locale: Locale) {
  let processor = processors.get(locale);
  if (!processor) {
    processor = createProcessor(locale);
    processors.set(locale, processor);
  }
  return processor;
}

function createProcessor(locale: Locale) {
  const labels = localeConfig[locale].body;
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPairMarkers)
    .use(remarkCheckAddresses)
    .use(remarkGlosses)
    .use(remarkRehype, {
      footnoteLabel: labels.footnotes,
      footnoteBackLabel: (referenceIndex: number) => labels.backToReference(referenceIndex + 1),
    })
    .use(rehypeSanitize, schema)
    .use(rehypeNewsBody)
    .freeze();
}

/** Problems with body photos whose files are missing or unreadable. */
export function checkImages(images: readonly BodyImage[], imageSize: (src: string) => ImageMeasurement): BodyProblem[] {
  return images.flatMap(({ src, line }) => {
    const measured = imageSize(src);
    return 'width' in measured ? [] : [{ severity: 'error' as const, line, message: measured.problem }];
  });
}

interface NewsBodyOptions extends RenderOptions {
  problems: BodyProblem[];
  images: BodyImage[];
}

/** House style on top of plain Markdown: one h1 per page, photos as captioned figures. */
function rehypeNewsBody() {
  return (tree: Root, file: VFile) => {
    const { locale, imageSize, problems, images } = file.data.newsBody as NewsBodyOptions;
    visit(tree, 'element', (node: Element, index, parent) => {
      // The headline is the page's only h1; a "# " in the body is a subhead.
      if (node.tagName === 'h1') node.tagName = 'h2';

      if (node.tagName === 'img') {
        // Its address and alt text were checked as written (remarkCheckAddresses); a photo with a
        // well-formed path is listed and measured here.
        const line = node.position?.start.line;
        const src = typeof node.properties.src === 'string' ? node.properties.src : '';
        if (IMAGE_PATH_PATTERN.test(src) || STORY_PHOTO_PATTERN.test(src)) {
          images.push({ src, line });
          const measured = imageSize?.(src);
          if (measured && 'width' in measured) Object.assign(node.properties, measured);
          else if (measured) problems.push({ severity: 'error', line, message: measured.problem });
        }
        return;
      }

      // Wide tables scroll inside a labelled region that keyboards can reach, keeping table semantics.
      if (node.tagName === 'table' && parent && typeof index === 'number') {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: localeConfig[locale].body.scrollableTable },
          children: [node],
        };
        return SKIP;
      }

      // A paragraph holding only an image is a photo: a figure, its title the caption.
      if (node.tagName === 'p' && parent && typeof index === 'number') {
        const meaningful = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
        const only = meaningful[0];
        if (meaningful.length === 1 && only?.type === 'element' && only.tagName === 'img') {
          const caption = typeof only.properties.title === 'string' ? only.properties.title : '';
          delete only.properties.title;
          const children: ElementContent[] = [only];
          if (caption) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] });
          parent.children[index] = { type: 'element', tagName: 'figure', properties: {}, children, position: node.position };
          // Skip the old paragraph's children and walk the new figure (and its image) instead.
          return [SKIP, index];
        }
      }
      return undefined;
    });
  };
}
