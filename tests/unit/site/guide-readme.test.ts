// The publishing guide: its README section is what `npm run docs` makes of docs/guide.*.md, both languages
// show the same screenshots (which exist, are PNGs and stay small), every link resolves, it names the
// starter files' steps and settings as they really are, and the site's rendering of it is sound.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SiteConfigSchema } from '../../../src/lib/config/site-config.ts';
import {
  demoteHeadings,
  fillReadmeGuide,
  fromDocs,
  GUIDE_END,
  GUIDE_IMAGE_BUDGET,
  GUIDE_IMAGE_LIMIT,
  GUIDE_LANGS,
  GUIDE_START,
  guideImages,
  guideIncludes,
  guideReadmeSection,
  pngSize,
  readGuide,
  readmeGuide,
  readmeGuideSectionOf,
  rewriteTargets,
  siteGuide,
  splitGuideTitle,
  STARTER_DOWNLOADS,
  starterDownload,
  type GuideSiteLinks,
} from '../../../src/lib/site/guide-readme.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const guides = { th: readGuide('th', root), en: readGuide('en', root) };

/** The relative link and image targets of a guide, as written (relative to docs/). */
const relativeTargets = (markdown: string): string[] => {
  const found: string[] = [];
  rewriteTargets(markdown, (target) => {
    found.push(target);
    return target;
  });
  return found;
};

describe('README section', () => {
  it('is what npm run docs makes of the two guides (run it after editing docs/guide.*.md)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readmeGuideSectionOf(readme)).toBe(guideReadmeSection(guides));
  });

  it('links images and files from the project root and nests the headings under the section', () => {
    const section = readmeGuide('# Title\n\n## Step\n\n![a shot](../public/guide/x.png) [format](data-format.md#csv) [web](https://example.org/a)\n');
    expect(section).toBe('### Title\n\n#### Step\n\n![a shot](public/guide/x.png) [format](docs/data-format.md#csv) [web](https://example.org/a)');
  });

  it('replaces only what lies between the markers, and refuses a README without them', () => {
    const readme = `intro\n\n${GUIDE_START}\nold\n${GUIDE_END}\n\nafter\n`;
    expect(fillReadmeGuide(readme, `${GUIDE_START}\nnew $& $1\n${GUIDE_END}`)).toBe(`intro\n\n${GUIDE_START}\nnew $& $1\n${GUIDE_END}\n\nafter\n`);
    expect(() => fillReadmeGuide('no markers', 'x')).toThrow(/guide:start/);
    expect(() => fillReadmeGuide(`${GUIDE_START}${GUIDE_END}${GUIDE_START}${GUIDE_END}`, 'x')).toThrow();
    expect(readmeGuideSectionOf(`${GUIDE_END} ${GUIDE_START}`)).toBeNull();
  });
});

describe('markdown helpers', () => {
  it('rewrites relative targets only, keeping titles, anchors and absolute links', () => {
    const md = '[a](x.md) [b](x.md "t") [c](#here) [d](/abs) [e](https://e.org) ![f](<../p q.png>)';
    expect(rewriteTargets(md, (t) => `R(${t})`)).toBe('[a](R(x.md)) [b](R(x.md) "t") [c](#here) [d](/abs) [e](https://e.org) ![f](R(../p q.png))');
  });

  it('resolves paths from docs/ to the project root', () => {
    expect(fromDocs('data-format.md')).toBe('docs/data-format.md');
    expect(fromDocs('../starter/.gitlab-ci.yml')).toBe('starter/.gitlab-ci.yml');
    expect(fromDocs('./a/../b.md#x')).toBe('docs/b.md#x');
    expect(fromDocs('../public/guide/')).toBe('public/guide/');
  });

  it('demotes headings outside fenced code only', () => {
    expect(demoteHeadings('# A\n```sh\n# comment\n```\n## B\n#nospace', 1)).toBe('## A\n```sh\n# comment\n```\n### B\n#nospace');
  });

  it('splits the title from the body and needs one', () => {
    expect(splitGuideTitle('# T one\n\ntext\n')).toEqual({ title: 'T one', body: 'text' });
    expect(() => splitGuideTitle('## no title')).toThrow(/title/);
  });

  it('reads a PNG size and refuses other files', () => {
    const png = readFileSync(join(root, 'public/guide', guideImages(guides.th)[0]!));
    expect(pngSize(png).width).toBeGreaterThan(300);
    expect(() => pngSize(new TextEncoder().encode('GIF89a not a png at all, really'))).toThrow(/PNG/);
  });
});

describe.each(GUIDE_LANGS)('the %s guide', (lang) => {
  const md = guides[lang];

  it('shows the same screenshots as the other language, in the same order, each with a description', () => {
    expect(guideImages(md)).toEqual(guideImages(guides.th));
    for (const [, alt] of md.matchAll(/!\[([^\]]*)\]\(/g)) expect(alt!.length).toBeGreaterThan(20);
  });

  it('has the same steps as the other language', () => {
    const steps = (text: string) => [...text.matchAll(/^## (\d+)\./gm)].map((m) => m[1]);
    expect(steps(md)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(md.match(/^## /gm)!.length).toBe(guides.th.match(/^## /gm)!.length);
    expect(guideIncludes(md).map((i) => i.path)).toEqual(guideIncludes(guides.th).map((i) => i.path));
  });

  it('links only to files that exist', () => {
    for (const target of relativeTargets(md)) {
      const path = fromDocs(target).replace(/#.*$/, '');
      expect(existsSync(join(root, path)), `${target} → ${path}`).toBe(true);
    }
    for (const { path } of guideIncludes(md)) expect(existsSync(join(root, path)), path).toBe(true);
  });

  it('names the workflow file, its data-check step and the settings as the starter files have them', () => {
    const workflow = parse(readFileSync(join(root, 'starter/.github/workflows/publish.yml'), 'utf8')) as {
      jobs: { build: { steps: { name: string; run?: string }[] } };
    };
    const check = workflow.jobs.build.steps.find((s) => s.run === 'npm run check-data');
    expect(check?.name).toBe('ตรวจข้อมูล / Check the data');
    expect(md).toContain(`**${check!.name}**`);
    expect(md).toContain('`.github/workflows/publish.yml`');
    const gitlab = parse(readFileSync(join(root, 'starter/.gitlab-ci.yml'), 'utf8')) as Record<string, unknown>;
    expect(gitlab['check-data']).toBeDefined();
    expect(md).toContain('`check-data`');
    const settings = new Set(Object.keys(SiteConfigSchema.shape));
    for (const [, key] of md.matchAll(/\(`([a-zA-Z]+)`\)/g)) expect(settings.has(key!), key).toBe(true);
    const starter = parse(readFileSync(join(root, 'starter/prongsai.config.yaml'), 'utf8')) as { scope: { laos: { name: string; province: string }[] } };
    expect(md).toContain(`\`${starter.scope.laos[0]!.name}\``);
    expect(md).toContain(`\`${starter.scope.laos[0]!.province}\``);
  });
});

describe('screenshots', () => {
  it('exist as PNGs at a phone width or more, each and all within their byte budget', () => {
    let total = 0;
    for (const name of guideImages(guides.th)) {
      const file = join(root, 'public/guide', name);
      const bytes = statSync(file).size;
      expect(bytes, name).toBeLessThanOrEqual(GUIDE_IMAGE_LIMIT);
      expect(pngSize(readFileSync(file)).width, name).toBeGreaterThanOrEqual(360);
      total += bytes;
    }
    expect(total).toBeLessThanOrEqual(GUIDE_IMAGE_BUDGET);
  });
});

describe('the guide on the site', () => {
  const links: GuideSiteLinks = {
    image: (name) => `/base/guide/${name}`,
    imageSize: () => ({ width: 390, height: 480 }),
    download: (name) => `/base/guide/starter/${name}`,
    read: (path) => (path === 'starter/x.yml' ? 'a: "<b>"\n' : readFileSync(join(root, path), 'utf8')),
  };

  it('draws images as sized, lazy figures with their description escaped', () => {
    const html = siteGuide('# T\n\n![a "quoted" <shot>](../public/guide/x.png)\n\n![elsewhere](other.png)\n', links);
    expect(html).toContain('<figure class="guide-shot"><img src="/base/guide/x.png" alt="a &quot;quoted&quot; &lt;shot&gt;" width="390" height="480" loading="lazy" decoding="async"></figure>');
    expect(html).toContain('![elsewhere](https://github.com/prongsai/prongsai/blob/main/docs/other.png)');
    expect(html).not.toContain('# T');
  });

  it('sends starter files to the downloads and other docs to the repository', () => {
    const html = siteGuide('# T\n\n[s](../starter/.github/workflows/publish.yml) [g](../starter/.gitlab-ci.yml) [f](data-format.md#x)\n', links);
    expect(html).toBe('[s](/base/guide/starter/publish.yml) [g](/base/guide/starter/gitlab-ci.yml) [f](https://github.com/prongsai/prongsai/blob/main/docs/data-format.md#x)');
  });

  it('shows an included file as escaped text to copy', () => {
    const html = siteGuide('# T\n\n<!-- include: ../starter/x.yml | Show <x> -->\n', links);
    expect(html).toBe('<details class="guide-file"><summary>Show &lt;x&gt;</summary>\n\n<pre><code>a: &quot;&lt;b&gt;&quot;</code></pre>\n\n</details>');
  });

  it('keeps an included file whole through Markdown: its blank lines and # comments stay in the <pre>', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
    const file = '# a comment\n\nkey: value\n\n\n## another\n';
    const html = (await processor.render(siteGuide('# T\n\n<!-- include: ../starter/x.yml | Show -->\n\nafter\n', { ...links, read: () => file }))).code;
    expect(html).not.toMatch(/<h\d/);
    expect(html).toContain(`<pre><code># a comment\n\nkey: value\n\n\n## another</code></pre>`);
    expect(html).toMatch(/<\/details>\s*<p>after<\/p>/);
  });

  it('offers every starter file the guides link to, and those files exist', () => {
    for (const path of Object.values(STARTER_DOWNLOADS)) expect(existsSync(join(root, path)), path).toBe(true);
    for (const lang of GUIDE_LANGS) {
      const starters = relativeTargets(guides[lang]).map(fromDocs).filter((p) => p.startsWith('starter/'));
      expect(starters.length).toBeGreaterThanOrEqual(3);
      for (const path of starters) expect(starterDownload(path), path).toBeDefined();
    }
  });
});
