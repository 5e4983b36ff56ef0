// node scripts/make-icons.ts: draws the PNG icons and the sharing preview into public/ from
// public/favicon.svg, with Chromium (the browser tests' own, tests/browser/serve.ts) and the site's
// Sarabun font. The PNGs are committed; run this again only when the icon or the preview changes.
//   favicon-32.png        browsers without SVG favicons
//   apple-touch-icon.png  180 × 180, iOS home screen
//   icon-192.png, icon-512.png  the web app manifest's icons
//   og-image.png          1200 × 630, the Open Graph / Twitter card preview
// The home-screen and manifest icons are square to the edge: iOS and Android round them themselves.
import './check-node.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/serve.ts';
import th from '../src/i18n/th.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const publicDir = `${root}public/`;
const svg = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const squareSvg = svg.replace(' rx="14"', '');

const font = (file: string) => `data:font/woff2;base64,${readFileSync(`${root}node_modules/@fontsource/sarabun/files/${file}`).toString('base64')}`;
const fontFaces = ['thai', 'latin'].flatMap((subset) => [400, 700].map((weight) =>
  `@font-face { font-family: Sarabun; font-weight: ${weight}; src: url(${font(`sarabun-${subset}-${weight}-normal.woff2`)}) format('woff2'); }`)).join('\n');

/** The preview: icon, name in Thai and Latin script, the site's tagline; colours of src/layouts/global.css. */
const preview = `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
${fontFaces}
html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; }
body { font-family: Sarabun; color: #1a1a1a; background: #fff; display: flex; flex-direction: column; }
main { flex: 1; display: flex; align-items: center; gap: 64px; padding: 0 88px; }
main > svg { width: 240px; height: 240px; flex: none; }
h1 { margin: 0; font-size: 128px; line-height: 1.15; font-weight: 700; }
.latin { margin: 0; font-size: 56px; line-height: 1.2; color: #555; }
footer { background: #f4f5f7; border-top: 2px solid #d0d4da; padding: 28px 88px 36px; font-size: 36px; line-height: 1.4; }
</style></head><body>
<main>${svg}<div><h1>โปร่งใส</h1><p class="latin">Prongsai</p></div></main>
<footer>${th['site.tagline']}</footer>
</body></html>`;

const icon = (markup: string, size: number) => `<!doctype html><html><head><style>
html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden; background: transparent; }
svg { display: block; width: ${size}px; height: ${size}px; }
</style></head><body>${markup}</body></html>`;

const browser = await launchChromium();
try {
  const draw = async (file: string, html: string, width: number, height: number, transparent: boolean) => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ type: 'png', omitBackground: transparent });
    await page.close();
    writeFileSync(`${publicDir}${file}`, png);
    console.log(`${file}: ${width} × ${height}, ${png.length.toLocaleString('en')} bytes`);
  };
  await draw('favicon-32.png', icon(svg, 32), 32, 32, true);
  await draw('apple-touch-icon.png', icon(squareSvg, 180), 180, 180, false);
  await draw('icon-192.png', icon(squareSvg, 192), 192, 192, false);
  await draw('icon-512.png', icon(squareSvg, 512), 512, 512, false);
  await draw('og-image.png', preview, 1200, 630, false);
} finally {
  await browser.close();
}
