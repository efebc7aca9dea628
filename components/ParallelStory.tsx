import type { Element, Root } from 'hast';
import type { ReactNode } from 'react';
import { localeConfig, otherLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import type { Pairing } from '@/lib/content/pairing';
import { ArticleBody } from './ArticleBody';
import { GlossTerm } from './GlossTerm';
import { ListenButton } from './ListenButton';
import { ParallelRow } from './ParallelRow';

/** One version of the story's body: its language, its top-level blocks and its dateline. */
export interface ParallelVersion {
  locale: Locale;
  blocks: Element[];
  dateline?: ReactNode;
}

interface ParallelStoryProps {
  /** The page's language first. */
  versions: [ParallelVersion, ParallelVersion];
  pairing: Pairing;
  /** Said when the versions do not pair: each is then shown whole, one after the other. */
  notPaired: string;
  /** The label of each pair's button in "translation on tap" mode. */
  translationLabel: string;
  /** Each language's Listen button name, in the page's language ("Listen in Korean"). */
  listenLabels: Record<Locale, string>;
}

/** Blocks as a body of their own, each carrying its language (every paragraph says what it is in). */
function bodyOf(version: ParallelVersion, indexes: readonly number[]): Root {
  const lang = localeConfig[version.locale].htmlLang;
  return { type: 'root', children: indexes.map((i) => ({ ...version.blocks[i]!, properties: { ...version.blocks[i]!.properties, lang } })) };
}

/** The story's body in both languages, pair by pair, or each whole when they do not pair. */
export function ParallelStory({ versions, pairing, notPaired, translationLabel, listenLabels }: ParallelStoryProps) {
  const [first, second] = versions;
  const cell = (version: ParallelVersion, indexes: readonly number[]) => {
    // A gloss is in the other version's language.
    const glossLang = localeConfig[otherLocale(version.locale)].htmlLang;
    return (
      <>
        {/* The dateline opens the version's first paragraph, as on the article page. */}
        <ArticleBody
          body={bodyOf(version, indexes)}
          dateline={indexes.includes(0) ? version.dateline : undefined}
          gloss={({ id, gloss, children }) => (
            <GlossTerm id={`gloss-${version.locale}-${id}`} gloss={gloss} lang={glossLang}>
              {children}
            </GlossTerm>
          )}
        />
        <ListenButton lang={localeConfig[version.locale].htmlLang} label={listenLabels[version.locale]} />
      </>
    );
  };
  if (!pairing.paired) {
    const all = (version: ParallelVersion) => version.blocks.map((_, i) => i);
    return (
      <div className="space-y-8">
        <p className="border-l-4 border-kicker pl-4 text-sm">{notPaired}</p>
        {versions.map((version) => (
          <div key={version.locale} lang={localeConfig[version.locale].htmlLang}>
            {cell(version, all(version))}
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {pairing.rows.map(([a, b], i) => (
        <ParallelRow
          key={i}
          id={`pair-${i + 1}`}
          translationLabel={translationLabel}
          sides={[
            { locale: first.locale, content: cell(first, a) },
            { locale: second.locale, content: cell(second, b) },
          ]}
        />
      ))}
    </div>
  );
}
