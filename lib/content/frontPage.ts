import type { Article, Section } from './types';

export interface FrontPage {
  /** The newest story with a photo (else the newest story). */
  lead?: Article;
  /** The next newest stories after the lead. */
  secondary: Article[];
  /** The newest stories, lead included, for the "Latest" rail. */
  latest: Article[];
  /**
   * Per section, in navigation order, its newest stories not already above; a section whose
   * stories are all above still gets its newest, so every section with stories has a block.
   */
  sections: { section: Section; articles: Article[] }[];
}

const SIZES = { secondary: 4, latest: 8, perSection: 3 };

/**
 * How many of the newest stories, overall and per section, a front page can show: the lead and
 * the stories under it may all be of one section, which still gets its own newest below them.
 */
export function frontPageDepth(sizes = SIZES): number {
  return Math.max(sizes.latest, 1 + sizes.secondary + sizes.perSection);
}

/**
 * Lays out a front page from stories sorted newest first: all of them, or the newest with a photo,
 * the frontPageDepth() newest and each section's frontPageDepth() newest (the same page).
 */
export function frontPage(newestFirst: readonly Article[], sections: readonly Section[], sizes = SIZES): FrontPage {
  const lead = newestFirst.find((a) => a.hero) ?? newestFirst[0];
  const secondary = newestFirst.filter((a) => a !== lead).slice(0, sizes.secondary);
  const shown = new Set([lead, ...secondary]);
  return {
    lead,
    secondary,
    latest: newestFirst.slice(0, sizes.latest),
    sections: sections
      .map((section) => {
        const inSection = newestFirst.filter((a) => a.section === section.id);
        const notShown = inSection.filter((a) => !shown.has(a));
        return { section, articles: (notShown.length > 0 ? notShown : inSection).slice(0, sizes.perSection) };
      })
      .filter(({ articles }) => articles.length > 0),
  };
}
