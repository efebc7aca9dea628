/** Korean grammar the site's text needs. */

/** Korean's subject particle after a name: 가 after a vowel, 이 after a final consonant. */
export function subjectParticle(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0 ? '이' : '가';
}
