/**
 * The 1200x630 image shown when a page is shared (next/og draws it): the masthead, a kicker and
 * the headline, in the page's language. Only flexbox and inline styles: next/og's renderer
 * supports no more.
 */
export function SocialCard({ site, kicker, title, lang }: { site: string; kicker?: string; title: string; lang: string }) {
  // Long headlines get a smaller size so that four lines hold them.
  const size = title.length > 90 ? 52 : title.length > 60 ? 60 : 72;
  return (
    <div lang={lang} style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#ffffff', color: '#111111', padding: '64px 72px', fontFamily: 'Pretendard, "Noto Sans KR"', borderTop: '24px solid #a3161a' }}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        {kicker && <div style={{ display: 'flex', fontSize: 32, color: '#a3161a' }}>{kicker}</div>}
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.2, wordBreak: 'keep-all', lineClamp: 4 }}>{title}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 36, borderTop: '4px solid #111111', paddingTop: 20 }}>{site}</div>
    </div>
  );
}
