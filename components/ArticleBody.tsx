import type { Element, Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { glossOf } from '@/lib/content/glosses';
import { ResponsiveImage } from './ResponsiveImage';

interface ArticleBodyProps {
  /** The sanitized body tree from lib/content. */
  body: Root;
  /** Set inline at the start of the first paragraph, as newspapers do. */
  dateline?: ReactNode;
  /**
   * The lead photo, first inside the story's text: Reader View (Readability) keeps the block it
   * takes for the story, and in Korean, with fewer commas to score, that block is the text alone.
   */
  lead?: ReactNode;
  /** An editor's preview: photos are the files themselves (ResponsiveImage). */
  unoptimizedImages?: boolean;
  /** How a learner's gloss shows (the parallel view); elsewhere the term reads as plain text. */
  gloss?: (term: { id: number; gloss: string; children: ReactNode }) => ReactNode;
}

const DATELINE_MARK = 'data-dateline';

const components: Partial<Components> = {
  a: ({ href, children, ...rest }) => {
    // Anything but a path on this site or an anchor leaves the site (including //host).
    const external = typeof href === 'string' && !/^(\/(?!\/)|#)/.test(href);
    return (
      <a {...rest} href={href} rel={external ? 'noopener noreferrer' : undefined}>
        {children}
      </a>
    );
  },
  figcaption: ({ children }) => <figcaption className="text-sm text-muted">{children}</figcaption>,
};

/** The story's text, rendered on the server from Markdown that lib/content parsed and sanitized. */
export function ArticleBody({ body, dateline, lead, unoptimizedImages = false, gloss }: ArticleBodyProps) {
  const tree = dateline ? markFirstParagraph(body) : body;
  return (
    <div className="article-body">
      {lead}
      {toJsxRuntime(tree, {
        Fragment,
        jsx,
        jsxs,
        components: {
          ...components,
          img: ({ src, alt, width, height }) =>
            typeof src === 'string' && width && height ? (
              <ResponsiveImage
                src={src}
                alt={alt ?? ''}
                width={Number(width)}
                height={Number(height)}
                sizes="(min-width: 768px) 736px, 100vw"
                className="h-auto w-full"
                unoptimized={unoptimizedImages}
              />
            ) : null,
          span: ({ children, ...rest }) => {
            const found = glossOf(rest);
            if (!found) return <span {...rest}>{children}</span>;
            return gloss ? gloss({ ...found, children }) : children;
          },
          p: ({ children, ...rest }) => {
            if (!(DATELINE_MARK in rest)) return <p {...rest}>{children}</p>;
            // The mark goes; what else the paragraph carries (its language, in the parallel view) stays.
            const props: Record<string, unknown> = { ...rest };
            delete props[DATELINE_MARK];
            return (
              <p {...props}>
                {dateline} {children}
              </p>
            );
          },
        },
      })}
    </div>
  );
}

function markFirstParagraph(body: Root): Root {
  const first = body.children.findIndex((node) => node.type === 'element' && node.tagName === 'p');
  if (first === -1) return body;
  const paragraph = body.children[first] as Element;
  const children = [...body.children];
  children[first] = { ...paragraph, properties: { ...paragraph.properties, dataDateline: '' } };
  return { ...body, children };
}
