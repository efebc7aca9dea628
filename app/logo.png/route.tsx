import { ImageResponse } from 'next/og';
import { LOGO } from '@/lib/distribution/structuredData';
import { cardFonts } from '@/lib/distribution/cardFonts';
import en from '@/messages/en.json';

/** The publisher logo in structured data: the masthead, 600x60, drawn at build. */
export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#ffffff', color: '#111111', fontFamily: 'Pretendard', fontSize: 40 }}>
        {en.Site.name}
      </div>
    ),
    { width: LOGO.width, height: LOGO.height, fonts: cardFonts(en.Site.name) },
  );
}
