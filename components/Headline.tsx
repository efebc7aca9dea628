import type { ReactNode } from 'react';

export type HeadlineSize = 'page' | 'lead' | 'list' | 'compact';

interface HeadlineProps {
  /** Usually the headline text; search results pass it with the matched words marked. */
  title: ReactNode;
  dek?: string;
  /** The section label above the headline, linking to the section. */
  kicker?: { label: string; href: string };
  /** `page` is the article's own h1; list sizes link to the story. */
  size?: HeadlineSize;
  href?: string;
  /** Heading level for list sizes, so lists nest under their section heading. */
  level?: 2 | 3;
}

const titleClass: Record<HeadlineSize, string> = {
  page: 'text-[1.75rem] leading-tight sm:text-4xl sm:leading-tight font-bold tracking-tight',
  lead: 'text-2xl sm:text-3xl leading-snug font-bold',
  list: 'text-lg leading-snug font-semibold',
  compact: 'text-base leading-snug font-semibold',
};

/** A story's headline family: kicker, headline and standfirst, at one of several sizes. */
export function Headline({ title, dek, kicker, size = 'page', href, level = 2 }: HeadlineProps) {
  const Heading = size === 'page' ? 'h1' : (`h${level}` as const);
  return (
    <div className="space-y-2">
      {kicker && (
        <p className="text-sm font-semibold tracking-wide text-kicker uppercase">
          <a href={kicker.href} className="hover:underline">
            {kicker.label}
          </a>
        </p>
      )}
      <Heading className={`font-headline text-balance ${titleClass[size]}`}>
        {href ? (
          <a href={href} className="hover:underline">
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      {dek && <p className={size === 'page' ? 'text-lg text-muted sm:text-xl' : 'text-base text-muted'}>{dek}</p>}
    </div>
  );
}
