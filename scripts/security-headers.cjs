// @ts-check
// The site's security headers: one list for Next.js (next.config.js `headers()`) and for the front
// door (scripts/front-door.mjs), which puts them on every answer Next.js's config does not reach
// (its own 400/405/502, the HTTP parser's errors, Next.js's redirects and 304s).
// CommonJS, because next.config.js is; plain Node, because the runtime image has no build tools.

/**
 * The Content-Security-Policy. script-src needs 'unsafe-inline': every statically generated page
 * carries Next.js's inline bootstrap scripts (different on every page, so no hash can list them,
 * and nonces would need per-request rendering) and our two constant inline scripts. No
 * 'unsafe-eval' outside `next dev`, no other origin than Kakao's CDN, no plugins, no framing.
 * @param {{ dev?: boolean, kakao?: boolean }} [options] kakao: KakaoTalk sharing is configured
 */
function contentSecurityPolicy({ dev = false, kakao = false } = {}) {
  // KakaoTalk sharing loads Kakao's SDK from its CDN, only when a key is configured.
  const kakaoCdn = kakao ? ' https://t1.kakaocdn.net' : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}${kakaoCdn}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${kakaoCdn}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * @param {{ dev?: boolean, kakao?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders(options) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

module.exports = { securityHeaders };
