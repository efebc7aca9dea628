import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import type { RouteCatalog } from '@/lib/routeGate';
import { pageCount } from '@/lib/pagination';
import { listingKeys, type ListingKind } from './listings';
import { contentNow, listAllSlugs, listPublishedSlugs } from './queries';

/** Where the build leaves its route catalog, beside its pages (copied with the server by npm start). */
export function routeCatalogFile(cwd = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ cwd, '.next', 'content', 'routes.json');
}

/** The stories and listing pages of this content, as public at `now` (see lib/routeGate.ts). */
export function buildRouteCatalog(now = contentNow()): RouteCatalog {
  const stories = listPublishedSlugs();
  const open = new Set(stories);
  const listings = {} as RouteCatalog['listings'];
  for (const kind of ['section', 'tag', 'author'] as ListingKind[]) {
    listings[kind] = {};
    for (const locale of routing.locales) {
      listings[kind][locale] = Object.fromEntries(listingKeys(kind, locale).map(({ key, articles }) => [key, pageCount(articles.length)]));
    }
  }
  return { builtAt: now.toISOString(), stories, unpublished: listAllSlugs().filter((slug) => !open.has(slug)), listings };
}

export function writeRouteCatalog(cwd = process.cwd()): string {
  const file = routeCatalogFile(cwd);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then renamed over: the proxy, reading it per change, never sees half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(buildRouteCatalog()));
  fs.renameSync(`${file}.tmp`, file);
  return file;
}
