import { describe, expect, it } from 'vitest';
import { mailtoUrl, shareServiceUrl } from './share';

const story = {
  url: 'https://news.example/en/article/kim-train-khabarovsk?utm=a&b=c',
  title: "N. Korean leader's train & Putin: \"summit\" #1",
};

describe('share links', () => {
  it.each(['facebook', 'x', 'line', 'naver'] as const)('%s gets the story URL URL-encoded, exactly once', (service) => {
    const href = new URL(shareServiceUrl(service, story));
    expect(href.protocol).toBe('https:');
    const carried = [...href.searchParams.values()];
    expect(carried).toContain(story.url);
  });

  it('passes the headline to services that take one, without breaking the query string', () => {
    expect(new URL(shareServiceUrl('x', story)).searchParams.get('text')).toBe(story.title);
    expect(new URL(shareServiceUrl('naver', story)).searchParams.get('title')).toBe(story.title);
  });

  it('builds a mailto link whose subject and body survive special characters and Korean', () => {
    const href = mailtoUrl('김정은 & 푸틴', `제목\n${story.url}`);
    const query = new URLSearchParams(href.slice('mailto:?'.length));
    expect(query.get('subject')).toBe('김정은 & 푸틴');
    expect(query.get('body')).toBe(`제목\n${story.url}`);
  });
});
