import fs from 'node:fs';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { isLocale } from '@/i18n/routing';
import type { RouteLookup } from '@/lib/routeGate';
import { pageCount } from '@/lib/pagination';
import { PUBLIC_STORY } from './indexFile';

/**
 * The proxy's view of the content index (proxy.ts): which stories and listing pages exist now.
 * A read-only connection of its own, with a few small queries, so the proxy needs neither the
 * loader nor the page bundles; answers are kept per content generation.
 */
export class IndexGate implements RouteLookup {
  private db: DatabaseSync | undefined;
  private readonly statements = new Map<string, StatementSync>();
  private answers = { generation: -1, nowMs: 0, keys: new Map<string, unknown>() };
  private ino: number | undefined;

  constructor(private readonly file: string) {}

  /** Whether the index has content yet (before the first build or index there is none: the gate stands aside). */
  ready(): boolean {
    return this.state() === 'ready';
  }

  /**
   * 'ready' once the index has a generation; 'building' while there is none yet (no file, or a
   * first build under way); 'unreadable' when the file cannot be read as an index (the pages then
   * say so themselves).
   */
  state(): 'ready' | 'building' | 'unreadable' {
    // An index built again from scratch (a new schema, a corrupt file) is a new file: a
    // connection to the old one would answer from it forever.
    const ino = fs.statSync(this.file, { throwIfNoEntry: false })?.ino;
    if (this.db && ino !== this.ino) {
      this.db.close();
      this.db = undefined;
      this.statements.clear();
      this.answers = { generation: -1, nowMs: 0, keys: new Map() };
    }
    if (!this.db) {
      if (ino === undefined) return 'building';
      this.ino = ino;
      try {
        this.db = new DatabaseSync(this.file, { readOnly: true });
        this.db.exec('PRAGMA busy_timeout = 5000');
      } catch {
        this.db = undefined;
        return 'unreadable';
      }
    }
    try {
      // An index still being built (no generation yet) has nothing to check against.
      return this.generation() > 0 ? 'ready' : 'building';
    } catch (error) {
      this.db?.close();
      this.db = undefined;
      this.statements.clear();
      // A file just created by its first build has no tables for a moment.
      return error instanceof Error && /no such table/.test(error.message) ? 'building' : 'unreadable';
    }
  }

  story(slug: string, { preview }: { preview: boolean }): boolean {
    return this.kept(`story:${slug}:${preview}`, (nowMs) =>
      preview ? this.sql('SELECT 1 FROM stories WHERE slug = ? LIMIT 1').get(slug) !== undefined : this.sql(`SELECT 1 FROM stories s WHERE s.slug = ? AND ${PUBLIC_STORY} LIMIT 1`).get(slug, nowMs) !== undefined,
    );
  }

  listingPages(kind: 'section' | 'tag' | 'author', locale: string, key: string): number | undefined {
    if (!isLocale(locale)) return undefined;
    return this.kept(`${kind}:${locale}:${key}`, (nowMs) => {
      const filter = { section: 's.section = ?', tag: 's.id IN (SELECT story FROM story_tags WHERE locale = ? AND tag = ?)', author: 's.id IN (SELECT story FROM story_authors WHERE locale = ? AND author = ?)' }[kind];
      const args = kind === 'section' ? [key] : [locale, key];
      const count = (this.sql(`SELECT COUNT(*) AS n FROM stories s WHERE s.locale = ? AND ${PUBLIC_STORY} AND ${filter}`).get(locale, nowMs, ...args) as { n: number }).n;
      // Every section and author has a page (an empty one too); a tag only while a story has it.
      if (count === 0 && (kind === 'tag' || !this.listed(kind, key))) return undefined;
      return pageCount(count);
    });
  }

  private listed(kind: 'section' | 'author', key: string): boolean {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get(kind === 'section' ? 'sections' : 'authors') as { value: string } | undefined;
    return row !== undefined && (JSON.parse(row.value) as { id: string }[]).some((entry) => entry.id === key);
  }

  private generation(): number {
    const row = this.sql('SELECT n, now_ms FROM generations ORDER BY n DESC LIMIT 1').get() as { n: number; now_ms: number } | undefined;
    const n = row?.n ?? 0;
    if (n !== this.answers.generation) this.answers = { generation: n, nowMs: row?.now_ms ?? 0, keys: new Map() };
    return n;
  }

  /** One answer per generation; a few thousand kept, the oldest dropped first. */
  private kept<T>(key: string, compute: (nowMs: number) => T): T {
    this.generation();
    const { keys, nowMs } = this.answers;
    if (keys.has(key)) return keys.get(key) as T;
    const value = compute(nowMs);
    keys.set(key, value);
    if (keys.size > 5000) keys.delete(keys.keys().next().value!);
    return value;
  }

  private sql(text: string): StatementSync {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db!.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }
}

