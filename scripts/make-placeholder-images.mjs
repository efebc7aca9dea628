// Renders the sample articles' placeholder illustrations (flat SVG -> JPEG).
// There is no photo archive in the sample content, so each picture is drawn here and the
// article's `alt` text describes the drawing, not the news photo the caption talks about.
//
// Usage: node scripts/make-placeholder-images.mjs
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1200;
const H = 800;
const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'images');
const MAX_BYTES = 120 * 1024;

const svg = (body, defs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<defs>${defs}</defs>${body}</svg>`;

// Small deterministic PRNG so the images are identical on every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A standing person seen from the front: head, coat, legs. */
function person(x, y, scale, coat, skin = '#e2b48c') {
  const s = scale;
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <rect x="-11" y="62" width="9" height="44" fill="#1d1d1d"/>
    <rect x="2" y="62" width="9" height="44" fill="#1d1d1d"/>
    <path d="M-20 22 Q0 12 20 22 L24 70 L-24 70 Z" fill="${coat}"/>
    <circle cx="0" cy="4" r="13" fill="${skin}"/>
    <path d="M-13 0 Q0 -16 13 0 Q10 -8 0 -9 Q-10 -8 -13 0Z" fill="#1b1b1b"/>
  </g>`;
}

// 1. Seed story: Kim Jong-un's special train.
function train() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#9ea3a8"/><stop offset="1" stop-color="#c9ccce"/></linearGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  // Low clouds.
  body += `<g fill="#b3b7bb" opacity="0.8">
      <ellipse cx="220" cy="110" rx="210" ry="38"/><ellipse cx="640" cy="70" rx="260" ry="34"/>
      <ellipse cx="1030" cy="130" rx="220" ry="40"/></g>`;
  // Distant tree line.
  body += `<path d="M0 300 Q60 250 120 290 Q180 240 260 285 Q330 250 400 290 Q480 245 560 288 Q640 250 720 292 Q800 248 880 286 Q960 252 1040 290 Q1120 255 1200 285 L1200 340 L0 340Z" fill="#6f7a69"/>`;
  // Station canopy posts and roof behind the train.
  body += `<rect x="0" y="200" width="${W}" height="22" fill="#5b5f63"/>`;
  for (let x = 60; x < W; x += 280) body += `<rect x="${x}" y="222" width="14" height="120" fill="#5b5f63"/>`;
  // Carriages.
  const carY = 290;
  const carH = 270;
  const carW = 560;
  const starts = [-300, 290, 880];
  starts.forEach((x0, i) => {
    body += `<rect x="${x0}" y="${carY}" width="${carW}" height="${carH}" rx="22" fill="#3f4a2b"/>`;
    body += `<path d="M${x0 + 10} ${carY + 8} Q${x0 + carW / 2} ${carY - 26} ${x0 + carW - 10} ${carY + 8}Z" fill="#333c22"/>`;
    body += `<rect x="${x0}" y="${carY + 168}" width="${carW}" height="16" fill="#e5c22e"/>`;
    body += `<rect x="${x0}" y="${carY + 196}" width="${carW}" height="7" fill="#e5c22e"/>`;
    // Windows (tinted).
    for (let wx = x0 + 40; wx < x0 + carW - 80; wx += 92) {
      if (i === 1 && wx > x0 + 300 && wx < x0 + 420) continue; // leave room for the door
      body += `<rect x="${wx}" y="${carY + 55}" width="66" height="72" rx="8" fill="#232a22"/>`;
      body += `<path d="M${wx + 8} ${carY + 64} L${wx + 30} ${carY + 64} L${wx + 8} ${carY + 100}Z" fill="#46524a"/>`;
    }
    // Coupling gap between carriages.
    body += `<rect x="${x0 + carW}" y="${carY + 60}" width="30" height="170" fill="#26291f"/>`;
  });
  // Open door in the middle carriage with a figure standing in it.
  const dx = 290 + 330;
  body += `<rect x="${dx}" y="${carY + 30}" width="96" height="224" rx="6" fill="#2c331e"/>`;
  body += `<rect x="${dx + 8}" y="${carY + 38}" width="80" height="212" rx="4" fill="#d8c48e"/>`;
  body += person(dx + 48, carY + 112, 1.25, '#202020');
  // Wheels / bogies peeking above the platform edge.
  body += `<rect x="0" y="${carY + carH - 4}" width="${W}" height="24" fill="#1f211c"/>`;
  // Platform: top surface, yellow safety line, front edge.
  body += `<path d="M0 580 L${W} 580 L${W} ${H} L0 ${H}Z" fill="#a9a8a2"/>`;
  body += `<rect x="0" y="580" width="${W}" height="12" fill="#e7c53a"/>`;
  body += `<rect x="0" y="592" width="${W}" height="6" fill="#8d8c86"/>`;
  for (let x = 0; x < W; x += 150) body += `<rect x="${x}" y="598" width="3" height="${H - 598}" fill="#9a9993"/>`;
  body += `<rect x="0" y="690" width="${W}" height="3" fill="#9a9993"/>`;
  // Lamp post on the platform.
  body += `<rect x="150" y="420" width="12" height="300" fill="#3a3d40"/><rect x="128" y="410" width="56" height="18" rx="6" fill="#3a3d40"/>`;
  body += `<rect x="1040" y="420" width="12" height="300" fill="#3a3d40"/><rect x="1018" y="410" width="56" height="18" rx="6" fill="#3a3d40"/>`;
  return svg(body, defs);
}

// 2. National Assembly audit: white building with a green dome.
function assembly() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#4f9bd9"/><stop offset="1" stop-color="#a9d4f2"/></linearGradient>
    <linearGradient id="dome" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#3d7a5c"/><stop offset="0.45" stop-color="#6fae8b"/><stop offset="1" stop-color="#356b50"/></linearGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<g fill="#ffffff" opacity="0.85"><ellipse cx="200" cy="120" rx="120" ry="30"/><ellipse cx="280" cy="105" rx="80" ry="28"/>
    <ellipse cx="980" cy="150" rx="140" ry="30"/></g>`;
  // Dome and drum.
  body += `<rect x="450" y="250" width="300" height="60" fill="#e9e7e1"/>`;
  body += `<path d="M440 252 A160 150 0 0 1 760 252 Z" fill="url(#dome)"/>`;
  body += `<rect x="430" y="246" width="340" height="10" fill="#d8d5ce"/>`;
  // Main block.
  body += `<rect x="170" y="310" width="860" height="300" fill="#f2f0ea"/>`;
  body += `<rect x="150" y="296" width="900" height="26" fill="#dedbd3"/>`;
  // Columns.
  for (let i = 0; i < 16; i++) {
    const x = 200 + i * 52;
    body += `<rect x="${x}" y="326" width="22" height="270" fill="#ffffff"/>`;
    body += `<rect x="${x + 22}" y="326" width="6" height="270" fill="#d3d0c8"/>`;
  }
  // Shadowed facade behind columns.
  body += `<rect x="170" y="596" width="860" height="14" fill="#cfccc4"/>`;
  // Steps.
  for (let i = 0; i < 5; i++) body += `<rect x="${150 - i * 20}" y="${610 + i * 12}" width="${900 + i * 40}" height="12" fill="${i % 2 ? '#e3e0d9' : '#d6d3cb'}"/>`;
  // Lawn and trees.
  body += `<rect x="0" y="670" width="${W}" height="130" fill="#5e9e4b"/>`;
  body += `<path d="M0 700 Q600 660 1200 700 L1200 800 L0 800Z" fill="#6cae56"/>`;
  const tree = (x, y, r) => `<rect x="${x - 6}" y="${y}" width="12" height="${r}" fill="#5a4130"/><circle cx="${x}" cy="${y}" r="${r}" fill="#3f7f3a"/><circle cx="${x - r * 0.4}" cy="${y - r * 0.3}" r="${r * 0.6}" fill="#4c8f44"/>`;
  body += tree(70, 600, 70) + tree(1130, 600, 70) + tree(40, 680, 50) + tree(1160, 680, 50);
  return svg(body, defs);
}

// 3. Samsung earnings: a silicon wafer and a packaged chip.
function wafer() {
  const defs = `<radialGradient id="bg" cx="0.5" cy="0.5" r="0.75">
      <stop offset="0" stop-color="#1b3a6b"/><stop offset="1" stop-color="#0a1730"/></radialGradient>
    <linearGradient id="w" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#c7d3e0"/><stop offset="0.5" stop-color="#8aa0bb"/><stop offset="1" stop-color="#b7a6d4"/></linearGradient>
    <clipPath id="wc"><circle cx="500" cy="400" r="300"/></clipPath>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  body += `<circle cx="500" cy="400" r="312" fill="#5b6f8c"/>`;
  body += `<circle cx="500" cy="400" r="300" fill="url(#w)"/>`;
  // Grid of dies, only the ones fully inside the wafer.
  let dies = '';
  const step = 44;
  const colours = ['#9fb4cc', '#a9bdd6', '#b4b0d8', '#98b9c9'];
  for (let gx = 200; gx < 800; gx += step) {
    for (let gy = 100; gy < 700; gy += step) {
      const corners = [[gx, gy], [gx + step, gy], [gx, gy + step], [gx + step, gy + step]];
      if (corners.every(([x, y]) => (x - 500) ** 2 + (y - 400) ** 2 < 292 ** 2)) {
        const c = colours[((gx + gy) / step) % colours.length | 0];
        dies += `<rect x="${gx + 3}" y="${gy + 3}" width="${step - 6}" height="${step - 6}" fill="${c}" stroke="#6d819d" stroke-width="1.5"/>`;
      }
    }
  }
  body += `<g clip-path="url(#wc)">${dies}</g>`;
  body += `<path d="M470 700 L530 700 L520 712 L480 712Z" fill="#0a1730"/>`; // wafer notch
  // Highlight.
  body += `<path d="M300 220 Q420 130 560 130" stroke="#ffffff" stroke-opacity="0.35" stroke-width="14" fill="none" stroke-linecap="round"/>`;
  // Packaged chip with pins.
  const cx = 960;
  const cy = 430;
  let pins = '';
  for (let i = 0; i < 7; i++) {
    const o = -105 + i * 35;
    pins += `<rect x="${cx + o - 6}" y="${cy - 160}" width="12" height="34" fill="#c9ccd2"/>`;
    pins += `<rect x="${cx + o - 6}" y="${cy + 126}" width="12" height="34" fill="#c9ccd2"/>`;
    pins += `<rect x="${cx - 160}" y="${cy + o - 6}" width="34" height="12" fill="#c9ccd2"/>`;
    pins += `<rect x="${cx + 126}" y="${cy + o - 6}" width="34" height="12" fill="#c9ccd2"/>`;
  }
  body += pins;
  body += `<rect x="${cx - 130}" y="${cy - 130}" width="260" height="260" rx="14" fill="#1c1d22"/>`;
  body += `<rect x="${cx - 100}" y="${cy - 100}" width="200" height="200" rx="8" fill="#2a2c33"/>`;
  body += `<circle cx="${cx - 100}" cy="${cy - 100}" r="9" fill="#3a3d46"/>`;
  return svg(body, defs);
}

// 4. Chuseok: full moon over a busy expressway at dusk.
function chuseok() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0e1a3d"/><stop offset="0.65" stop-color="#3b3f78"/><stop offset="1" stop-color="#c77a6a"/></linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0.55" stop-color="#fff3c4" stop-opacity="0.5"/><stop offset="1" stop-color="#fff3c4" stop-opacity="0"/></radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  const r = rng(7);
  for (let i = 0; i < 70; i++) body += `<circle cx="${(r() * W) | 0}" cy="${(r() * 300) | 0}" r="${(1 + r() * 1.6).toFixed(1)}" fill="#ffffff" opacity="${(0.4 + r() * 0.6).toFixed(2)}"/>`;
  body += `<circle cx="860" cy="200" r="170" fill="url(#glow)"/>`;
  body += `<circle cx="860" cy="200" r="105" fill="#fbeab0"/>`;
  body += `<circle cx="830" cy="180" r="18" fill="#efd894"/><circle cx="890" cy="230" r="12" fill="#efd894"/><circle cx="880" cy="160" r="9" fill="#efd894"/>`;
  // Hills.
  body += `<path d="M0 470 Q150 360 320 440 Q470 330 640 430 Q800 350 960 440 Q1090 380 1200 430 L1200 560 L0 560Z" fill="#1d2340"/>`;
  body += `<path d="M0 520 Q200 450 420 510 Q650 450 880 515 Q1050 470 1200 505 L1200 580 L0 580Z" fill="#151a30"/>`;
  // Expressway: two carriageways separated by a median.
  body += `<rect x="0" y="560" width="${W}" height="240" fill="#2b2d33"/>`;
  body += `<rect x="0" y="556" width="${W}" height="8" fill="#8a8d94"/>`;
  body += `<rect x="0" y="672" width="${W}" height="10" fill="#8a8d94"/>`;
  for (let x = 0; x < W; x += 90) {
    body += `<rect x="${x}" y="614" width="46" height="4" fill="#d9d9d9"/>`;
    body += `<rect x="${x + 30}" y="738" width="46" height="4" fill="#d9d9d9"/>`;
  }
  // Streetlights.
  for (let x = 80; x < W; x += 260) body += `<rect x="${x}" y="470" width="6" height="200" fill="#4a4d55"/><rect x="${x}" y="470" width="40" height="6" fill="#4a4d55"/><circle cx="${x + 40}" cy="478" r="7" fill="#ffd77a"/>`;
  // Cars: far lanes leaving (tail lights), near lanes coming (headlights).
  const car = (x, y, colour, lights, facingLeft) => {
    const lx = facingLeft ? x + 4 : x + 78;
    return `<rect x="${x}" y="${y}" width="86" height="30" rx="9" fill="${colour}"/>` +
      `<rect x="${x + 18}" y="${y - 16}" width="48" height="20" rx="7" fill="${colour}"/>` +
      `<rect x="${x + 24}" y="${y - 12}" width="36" height="12" rx="3" fill="#9fb3c8"/>` +
      `<circle cx="${x + 18}" cy="${y + 32}" r="7" fill="#111"/><circle cx="${x + 68}" cy="${y + 32}" r="7" fill="#111"/>` +
      `<rect x="${lx}" y="${y + 8}" width="6" height="8" fill="${lights}"/>`;
  };
  const palette = ['#c9c9c9', '#3d5a80', '#8c2f39', '#f2f2f2', '#4f5d2f', '#2e2e2e', '#b08b3b'];
  let i = 0;
  for (let x = 10; x < W; x += 104) body += car(x, 586, palette[i++ % palette.length], '#ff3b3b', false);
  for (let x = 50; x < W; x += 112) body += car(x, 634, palette[i++ % palette.length], '#ff3b3b', false);
  for (let x = -20; x < W; x += 230) body += car(x, 704, palette[i++ % palette.length], '#fff6c8', true);
  for (let x = 90; x < W; x += 260) body += car(x, 756, palette[i++ % palette.length], '#fff6c8', true);
  return svg(body, defs);
}

// 5. BIFF hero: red carpet under a huge illuminated flat roof at night.
function biffRoof() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#070a1f"/><stop offset="1" stop-color="#1f2250"/></linearGradient>
    <linearGradient id="roof" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#5e3bd1"/><stop offset="0.5" stop-color="#2fb4e0"/><stop offset="1" stop-color="#e04fa8"/></linearGradient>
    <linearGradient id="carpet" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#8e0f1e"/><stop offset="1" stop-color="#c8182c"/></linearGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  // Building below the roof.
  body += `<rect x="160" y="330" width="880" height="260" fill="#1a1d33"/>`;
  for (let x = 190; x < 1020; x += 70) body += `<rect x="${x}" y="360" width="48" height="200" fill="#e9c46a" opacity="0.55"/>`;
  // Cantilevered roof, wedge shape, covered with light points.
  body += `<path d="M40 200 L1160 160 L1190 230 L30 290 Z" fill="url(#roof)"/>`;
  body += `<path d="M30 290 L1190 230 L1190 246 L30 306Z" fill="#111427"/>`;
  const r = rng(11);
  for (let i = 0; i < 200; i++) {
    const t = r();
    const u = r();
    const x = 40 + t * 1130;
    const yTop = 200 - t * 40;
    const yBot = 290 - t * 60;
    const y = yTop + u * (yBot - yTop);
    body += `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="2.2" fill="#ffffff" opacity="${(0.5 + r() * 0.5).toFixed(2)}"/>`;
  }
  // Supporting pillar.
  body += `<rect x="585" y="280" width="30" height="310" fill="#2a2e4a"/>`;
  // Ground and red carpet in perspective.
  body += `<rect x="0" y="590" width="${W}" height="210" fill="#2a2a35"/>`;
  body += `<path d="M540 590 L660 590 L860 800 L340 800Z" fill="url(#carpet)"/>`;
  // Rope barriers.
  for (let i = 0; i < 5; i++) {
    const t = i / 4;
    const y = 600 + t * 190;
    const xl = 520 - t * 210;
    const xr = 680 + t * 210;
    const h = 30 + t * 30;
    body += `<rect x="${xl}" y="${y - h}" width="${4 + t * 4}" height="${h}" fill="#d4af37"/><rect x="${xr}" y="${y - h}" width="${4 + t * 4}" height="${h}" fill="#d4af37"/>`;
  }
  // Guests on the carpet.
  body += person(560, 560, 0.55, '#111111') + person(630, 566, 0.6, '#f0f0f0') + person(590, 650, 0.9, '#151515') + person(655, 655, 0.9, '#b0183a');
  // Crowd silhouettes and camera flashes at the sides.
  for (let x = 0; x < 330; x += 34) body += `<circle cx="${x + 10}" cy="${700 + (x % 3) * 6}" r="16" fill="#0c0d16"/><rect x="${x - 8}" y="${712 + (x % 3) * 6}" width="36" height="100" fill="#0c0d16"/>`;
  for (let x = 880; x < W; x += 34) body += `<circle cx="${x + 10}" cy="${700 + (x % 3) * 6}" r="16" fill="#0c0d16"/><rect x="${x - 8}" y="${712 + (x % 3) * 6}" width="36" height="100" fill="#0c0d16"/>`;
  const flash = (x, y) => `<circle cx="${x}" cy="${y}" r="22" fill="#ffffff" opacity="0.25"/><circle cx="${x}" cy="${y}" r="8" fill="#ffffff"/>`;
  body += flash(120, 660) + flash(260, 672) + flash(940, 665) + flash(1090, 650) + flash(40, 690);
  return svg(body, defs);
}

// 6. BIFF inline image: audience silhouettes before an outdoor screen at night.
function biffOutdoor() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#050814"/><stop offset="1" stop-color="#1b2145"/></linearGradient>
    <linearGradient id="scene" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f6b26b"/><stop offset="1" stop-color="#f9e1a8"/></linearGradient>
    <radialGradient id="beam" cx="0.5" cy="0.4" r="0.6">
      <stop offset="0" stop-color="#fff0c8" stop-opacity="0.35"/><stop offset="1" stop-color="#fff0c8" stop-opacity="0"/></radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  const r = rng(23);
  for (let i = 0; i < 60; i++) body += `<circle cx="${(r() * W) | 0}" cy="${(r() * 160) | 0}" r="${(0.8 + r() * 1.5).toFixed(1)}" fill="#ffffff" opacity="${(0.3 + r() * 0.7).toFixed(2)}"/>`;
  body += `<ellipse cx="600" cy="300" rx="560" ry="260" fill="url(#beam)"/>`;
  // Screen frame and picture (a simple landscape with a sunset).
  body += `<rect x="170" y="110" width="860" height="400" fill="#11131f"/>`;
  body += `<rect x="190" y="130" width="820" height="360" fill="url(#scene)"/>`;
  body += `<circle cx="720" cy="330" r="70" fill="#f47b4f"/>`;
  body += `<path d="M190 400 L360 260 L480 360 L610 240 L800 400 L900 320 L1010 390 L1010 490 L190 490Z" fill="#5c4a78"/>`;
  body += `<path d="M190 450 Q400 400 600 450 Q800 500 1010 440 L1010 490 L190 490Z" fill="#3b3157"/>`;
  // Screen legs.
  body += `<rect x="260" y="510" width="20" height="80" fill="#11131f"/><rect x="920" y="510" width="20" height="80" fill="#11131f"/>`;
  body += `<rect x="0" y="580" width="${W}" height="220" fill="#0d1020"/>`;
  // Rows of audience heads and shoulders, nearer rows larger and darker.
  const rows = [
    { y: 600, rad: 13, gap: 38, colour: '#1c2038' },
    { y: 645, rad: 17, gap: 48, colour: '#151830' },
    { y: 700, rad: 22, gap: 60, colour: '#0e1024' },
    { y: 770, rad: 30, gap: 80, colour: '#07081a' },
  ];
  rows.forEach(({ y, rad, gap, colour }, ri) => {
    for (let x = (ri % 2) * (gap / 2); x < W + gap; x += gap) {
      const jitter = ((x * 7 + ri * 13) % 9) - 4;
      body += `<circle cx="${x}" cy="${y + jitter}" r="${rad}" fill="${colour}"/>`;
      body += `<path d="M${x - rad * 1.8} ${y + jitter + rad * 3} Q${x} ${y + jitter + rad * 0.3} ${x + rad * 1.8} ${y + jitter + rad * 3}Z" fill="${colour}"/>`;
    }
  });
  return svg(body, defs);
}

// 7. Asian Games closing: fireworks over a lit stadium.
function fireworks() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#04061a"/><stop offset="1" stop-color="#1a1f4d"/></linearGradient>
    <radialGradient id="halo" cx="0.5" cy="1" r="0.7">
      <stop offset="0" stop-color="#ffe9a8" stop-opacity="0.55"/><stop offset="1" stop-color="#ffe9a8" stop-opacity="0"/></radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<ellipse cx="600" cy="640" rx="640" ry="300" fill="url(#halo)"/>`;
  const burst = (cx, cy, radius, colour, rays, seed) => {
    const r = rng(seed);
    let g = `<g stroke="${colour}" stroke-linecap="round">`;
    for (let i = 0; i < rays; i++) {
      const a = (i / rays) * Math.PI * 2 + r() * 0.1;
      const len = radius * (0.75 + r() * 0.25);
      const x1 = cx + Math.cos(a) * radius * 0.18;
      const y1 = cy + Math.sin(a) * radius * 0.18;
      const x2 = cx + Math.cos(a) * len;
      const y2 = cy + Math.sin(a) * len;
      g += `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke-width="4"/>`;
      g += `<circle cx="${x2.toFixed(1)}" cy="${y2.toFixed(1)}" r="5" fill="${colour}" stroke="none"/>`;
    }
    return g + `</g><circle cx="${cx}" cy="${cy}" r="${radius * 0.12}" fill="#ffffff" opacity="0.8"/>`;
  };
  body += burst(250, 190, 140, '#ff5a7a', 28, 1);
  body += burst(600, 130, 170, '#ffd24a', 34, 2);
  body += burst(950, 200, 150, '#5ad1ff', 30, 3);
  body += burst(420, 330, 90, '#9cff7a', 20, 4);
  body += burst(800, 340, 100, '#d07aff', 22, 5);
  // Rising trails.
  body += `<path d="M250 560 Q245 400 250 330" stroke="#ffb27a" stroke-width="3" fill="none" opacity="0.6"/>`;
  body += `<path d="M950 560 Q955 420 950 350" stroke="#7ad8ff" stroke-width="3" fill="none" opacity="0.6"/>`;
  // Stadium: an elliptical bowl with petal-like roof segments and floodlit rim.
  body += `<ellipse cx="600" cy="640" rx="560" ry="150" fill="#2a3050"/>`;
  body += `<ellipse cx="600" cy="600" rx="540" ry="110" fill="#c9d2e6"/>`;
  for (let i = 0; i < 18; i++) {
    const x = 80 + i * 58;
    body += `<path d="M${x} 560 Q${x + 29} 520 ${x + 58} 560 L${x + 58} 600 L${x} 600Z" fill="${i % 2 ? '#b8c3dc' : '#d9e0ef'}"/>`;
  }
  body += `<ellipse cx="600" cy="615" rx="420" ry="70" fill="#1a2140"/>`;
  body += `<ellipse cx="600" cy="625" rx="300" ry="44" fill="#3f8f4a"/>`;
  body += `<ellipse cx="600" cy="625" rx="200" ry="26" fill="none" stroke="#c8553d" stroke-width="10"/>`;
  for (let x = 140; x < 1080; x += 120) body += `<circle cx="${x}" cy="560" r="8" fill="#fff8d6"/>`;
  body += `<rect x="0" y="720" width="${W}" height="80" fill="#0b0e22"/>`;
  return svg(body, defs);
}

const images = {
  'kim-train-khabarovsk.jpg': train,
  'national-assembly-dome.jpg': assembly,
  'samsung-chip-wafer.jpg': wafer,
  'chuseok-expressway-moon.jpg': chuseok,
  'biff-red-carpet.jpg': biffRoof,
  'biff-outdoor-screening.jpg': biffOutdoor,
  'asian-games-closing-fireworks.jpg': fireworks,
};

await mkdir(OUT_DIR, { recursive: true });
for (const [name, draw] of Object.entries(images)) {
  const file = path.join(OUT_DIR, name);
  await sharp(Buffer.from(draw()))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(file);
  const { size } = await stat(file);
  if (size > MAX_BYTES) throw new Error(`${name} is ${size} bytes, over the ${MAX_BYTES}-byte budget`);
  console.log(`${name}  ${(size / 1024).toFixed(1)} KB`);
}
