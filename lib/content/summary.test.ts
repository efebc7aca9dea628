import { describe, expect, it } from 'vitest';
import { TEXT_START_LENGTH } from './load';
import { renderMarkdown } from './markdown';
import { describe as describeStory } from './summary';

function story(markdown: string, dek?: string) {
  const body = renderMarkdown(markdown, { locale: 'en', imageSize: () => ({ problem: 'no images in these stories' }) });
  return { dek, textStart: body.plainText.slice(0, TEXT_START_LENGTH), firstParagraph: body.firstParagraph };
}

describe('a story description', () => {
  it('is the dek when there is one', () => {
    expect(describeStory(story('The body.', 'The dek.'))).toBe('The dek.');
  });

  it('is otherwise the first paragraph only', () => {
    expect(describeStory(story('## A subhead\n\nFirst paragraph.\n\nSecond paragraph.'))).toBe('First paragraph.');
  });

  it('is cut at a word, with an ellipsis, when long', () => {
    const long = `${'Seoul shares rallied on chipmakers '.repeat(10)}end.`;
    const text = describeStory(story(long));
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text.endsWith('chipmakers…') || text.endsWith('rallied…') || text.endsWith('on…') || text.endsWith('shares…') || text.endsWith('Seoul…')).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
  });
});
