import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, MARKET_REPORT_PREFIX, MARKET_REPORTS, marketReportFiles } from './e2e-fixtures';

const articles = path.resolve(import.meta.dirname, '..', FIXTURE_DIR, 'articles');

describe('the end-to-end content fixtures', () => {
  it('hold the market reports `npm run fixtures:e2e` writes, and no others', () => {
    const committed = fs.readdirSync(articles).filter((name) => name.startsWith(MARKET_REPORT_PREFIX));
    expect(committed).toHaveLength(MARKET_REPORTS);
    for (const [rel, body] of marketReportFiles()) {
      const file = path.join(articles, '..', rel);
      expect(fs.existsSync(file) && fs.readFileSync(file, 'utf8'), `${rel} is stale: run \`npm run fixtures:e2e\``).toBe(body);
    }
  });
});
