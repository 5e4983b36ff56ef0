import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigProblems, parseSiteConfig, type ConfigProblem } from '../../../src/lib/config/parse-config.ts';
import { scopeTest, unmatchedScope } from '../../../src/lib/config/scope.ts';
import { configEnv, splitSiteUrl } from '../../../src/lib/config/settings.ts';
import { SiteConfigSchema } from '../../../src/lib/config/site-config.ts';
import { apiLinks, laoApiFiles } from '../../../src/lib/export/api.ts';
import { licenceFrom, licenceLabel } from '../../../src/lib/export/provenance.ts';
import { threshold, withThresholds } from '../../../src/lib/flags/config.ts';
import { FlagConfigSchema } from '../../../src/lib/schema/flags.ts';
import { hasOwnTitle, siteLangs, siteName, siteSettings } from '../../../src/lib/site/site-settings.ts';
import { loadSiteConfig, SiteConfigError } from '../../../src/pipeline/site-config-file.ts';

function problems(text: string): ConfigProblem[] {
  const result = parseSiteConfig(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseSiteConfig', () => {
  it('reads a title written as plain text, and fills the defaults', () => {
    const result = parseSiteConfig('title: ข้อมูลเปิด อบต.ตัวอย่าง\n');
    expect(result).toEqual({ ok: true, config: { title: { th: 'ข้อมูลเปิด อบต.ตัวอย่าง' }, data: 'data', languages: ['th', 'en'] } });
  });

  it('reads the starter configuration', async () => {
    const { readFileSync } = await import('node:fs');
    const result = parseSiteConfig(readFileSync(new URL('../../../starter/prongsai.config.yaml', import.meta.url), 'utf8'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.scope?.laos).toEqual([{ name: 'เทศบาลตำบลหนองโพธิ์งาม', province: 'อุทัยธานี' }]);
  });

  it('says a missing title is required, at the top of the file', () => {
    expect(problems('languages: [th]\n')).toEqual([
      { line: 1, setting: 'title', th: expect.stringContaining('ต้องมีชื่อเว็บไซต์'), en: expect.stringContaining('needs a title') },
    ]);
  });

  it('names a misspelt setting, its line, and the setting meant', () => {
    const [p] = problems('title: x\ncontact:\n  name: กองคลัง\n  emial: a@b.go.th\n');
    expect(p).toMatchObject({ line: 4, setting: 'contact.emial' });
    expect(p!.en).toContain('did you mean "email"');
    expect(p!.th).toContain('หมายถึง "email"');
  });

  it('explains a tab used to indent', () => {
    expect(problems('title:\n\tth: x\n')[0]).toMatchObject({ line: 2, en: expect.stringContaining('tab') });
  });

  it('explains broken YAML with its line', () => {
    expect(problems('title: "unclosed\nurl: x\n')[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('explains a setting given twice', () => {
    expect(problems('title: a\ntitle: b\n')[0]).toMatchObject({ line: 2, en: expect.stringContaining('twice') });
  });

  it('checks addresses, e-mail, phone, logo, provinces, codes and languages, each at its line', () => {
    const found = problems([
      'title: x',
      'url: example.github.io/my-lao',
      'contact:',
      '  name: กองคลัง',
      '  email: info-at-example',
      '  phone: call us',
      'logo: logo.gif',
      'scope:',
      '  laos:',
      '    - code: 610401',
      '    - code: "12345"',
      '  provinces: [อุทัยธานีี]',
      'languages: [en]',
    ].join('\n'));
    expect(found.map((p) => [p.line, p.setting])).toEqual([
      [2, 'url'], [5, 'contact.email'], [6, 'contact.phone'], [7, 'logo'],
      [10, 'scope.laos[0].code'], [11, 'scope.laos[1].code'], [12, 'scope.provinces[0]'], [13, 'languages'],
    ]);
    expect(found.find((p) => p.setting === 'scope.laos[0].code')!.th).toContain('7 หลัก');
    expect(found.find((p) => p.setting === 'languages')!.en).toContain('Thai (th) is always published');
  });

  it('names an unknown red-flag threshold and refuses a negative one', () => {
    const found = problems('title: x\nredFlags:\n  thresholds:\n    minimumBiders: 2\n    repeatWins: -1\n');
    expect(found.map((p) => p.setting)).toEqual(['redFlags.thresholds.minimumBiders', 'redFlags.thresholds.repeatWins']);
    expect(found[0]!.en).toContain('"minimumBidders"');
  });

  it('refuses a file that is not a list of settings', () => {
    expect(problems('- a\n- b\n')[0]!.en).toContain('name: value');
  });

  it('formats problems with file, line and setting, Thai then English', () => {
    const text = formatConfigProblems('prongsai.config.yaml', [{ line: 4, setting: 'contact.email', th: 'ไทย', en: 'English' }]);
    expect(text).toBe('ไฟล์ตั้งค่า prongsai.config.yaml มีจุดที่ต้องแก้ 1 จุด / The configuration prongsai.config.yaml has 1 problem to fix:\n  ✗ prongsai.config.yaml:4 (contact.email)\n    ไทย\n    English');
  });
});

describe('loadSiteConfig', () => {
  it('returns null without a file, and refuses a named file that is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-config-'));
    expect(loadSiteConfig(dir, {})).toBeNull();
    expect(() => loadSiteConfig(dir, { PRONGSAI_CONFIG: join(dir, 'nope.yaml') })).toThrow(SiteConfigError);
  });

  it('names the data folder, logo and red-flag file that are not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-config-'));
    writeFileSync(join(dir, 'prongsai.config.yaml'), 'title: x\ndata: csv\nlogo: logo.png\nredFlags:\n  file: flags.json\n');
    expect(() => loadSiteConfig(dir, {})).toThrow(/data folder "csv"[\s\S]*logo file "logo.png"[\s\S]*red-flag file "flags.json"/);
  });

  it('reads --config over PRONGSAI_CONFIG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-config-'));
    writeFileSync(join(dir, 'a.yaml'), 'title: A\ndata: .\n');
    writeFileSync(join(dir, 'b.yaml'), 'title: B\ndata: .\n');
    expect(loadSiteConfig(dir, { PRONGSAI_CONFIG: join(dir, 'a.yaml') }, ['--config', join(dir, 'b.yaml')])!.config.title.th).toBe('B');
  });
});

describe('configEnv', () => {
  const config = SiteConfigSchema.parse({
    title: { th: 'ไทย', en: 'English' }, url: 'https://example.github.io/my-lao', logo: 'img/Logo.SVG', data: 'csv',
    licence: { id: 'CC-BY-4.0' }, publisher: 'อบต.ตัวอย่าง', languages: ['th'], redFlags: { thresholds: { minimumBidders: 2 } },
    scope: { provinces: ['อุทัยธานี'] },
  });

  it('gives the settings the build reads, paths from the file’s folder', () => {
    const env = configEnv(config, '/repo', {});
    expect(env).toMatchObject({
      PRONGSAI_SITE: 'https://example.github.io', PRONGSAI_BASE: '/my-lao/', PRONGSAI_DATA: '/repo/csv', PRONGSAI_LICENCE: 'CC-BY-4.0',
      PRONGSAI_PUBLISHER: 'อบต.ตัวอย่าง', PRONGSAI_LOGO_FILE: '/repo/img/Logo.SVG', PRONGSAI_FLAG_THRESHOLDS: '{"minimumBidders":2}',
    });
    const settings = siteSettings(env);
    expect(settings).toMatchObject({ logo: 'logo.svg', languages: ['th'] });
    expect(siteName('en', settings)).toBe('English');
    expect(siteLangs(settings)).toEqual(['th']);
    expect(hasOwnTitle(settings)).toBe(true);
  });

  it('keeps what the environment already sets; PRONGSAI_URL (CI’s Pages address) wins over the file', () => {
    expect(configEnv(config, '/repo', { PRONGSAI_URL: 'https://example.gitlab.io/group/site' })).toMatchObject({ PRONGSAI_SITE: 'https://example.gitlab.io', PRONGSAI_BASE: '/group/site/' });
    const env = configEnv(config, '/repo', { PRONGSAI_SITE: 'https://x.org', PRONGSAI_DATA: '/elsewhere' });
    expect(env.PRONGSAI_SITE).toBeUndefined();
    expect(env.PRONGSAI_BASE).toBeUndefined();
    expect(env.PRONGSAI_DATA).toBeUndefined();
  });

  it('names the licence the configuration gives on the pages, and CC BY 4.0 without one', () => {
    const env = configEnv(config, '/repo', {});
    expect(licenceLabel(licenceFrom(env))).toBe('CC-BY-4.0');
    expect(licenceLabel(licenceFrom(configEnv({ ...config, licence: { id: 'OGL-TH', title: 'Open Government Licence Thailand' } }, '/repo', {})))).toBe('Open Government Licence Thailand');
    expect(licenceLabel(licenceFrom({}))).toBe('CC BY 4.0');
  });

  it('splits a site address into origin and base path', () => {
    expect(splitSiteUrl('https://example.github.io')).toEqual({ site: 'https://example.github.io', base: '/' });
    expect(splitSiteUrl('https://example.github.io/my-lao//')).toEqual({ site: 'https://example.github.io', base: '/my-lao/' });
  });

  it('falls back to Prongsai’s name and both languages without a configuration', () => {
    const settings = siteSettings({});
    expect(siteName('th', settings)).toBe('โปร่งใส');
    expect(siteLangs(settings)).toEqual(['th', 'en']);
    expect(hasOwnTitle(settings)).toBe(false);
  });
});

describe('scope', () => {
  const laos = [
    { code: '5610401', name: 'เทศบาลตำบลหนองโพธิ์งาม', province: 'อุทัยธานี' },
    { code: null, name: 'องค์การบริหารส่วนตำบลห้วยทรายทอง', province: 'อุทัยธานี', otherNames: ['อบต.ห้วยทรายทองใหม่'] },
    { code: '4180101', name: 'เทศบาลเมืองบางหลวงทอง', province: 'ชัยนาท' },
  ];
  const inScope = (scope: unknown) => {
    const test = scopeTest(SiteConfigSchema.shape.scope.unwrap().parse(scope))!;
    return laos.filter(test).map((l) => l.name);
  };

  it('publishes everything without a scope', () => {
    expect(scopeTest(undefined)).toBeNull();
    expect(scopeTest({ laos: [], provinces: [] })).toBeNull();
  });

  it('matches a province by its Thai or English name', () => {
    expect(inScope({ provinces: ['จังหวัดชัยนาท'] })).toEqual(['เทศบาลเมืองบางหลวงทอง']);
    expect(inScope({ provinces: ['Chai Nat'] })).toEqual(['เทศบาลเมืองบางหลวงทอง']);
  });

  it('matches an LAO by name (abbreviated or not, another name it was seen under) and province', () => {
    expect(inScope({ laos: [{ name: 'ทต.หนองโพธิ์งาม' }] })).toEqual(['เทศบาลตำบลหนองโพธิ์งาม']);
    expect(inScope({ laos: [{ name: 'อบต.ห้วยทรายทองใหม่', province: 'อุทัยธานี' }] })).toEqual(['องค์การบริหารส่วนตำบลห้วยทรายทอง']);
    expect(inScope({ laos: [{ name: 'เทศบาลตำบลหนองโพธิ์งาม', province: 'ชัยนาท' }] })).toEqual([]);
  });

  it('matches a code whatever its type digit says (it goes stale when an LAO is upgraded)', () => {
    expect(inScope({ laos: [{ code: '6610401' }] })).toEqual(['เทศบาลตำบลหนองโพธิ์งาม']);
    expect(inScope({ laos: [{ code: '5610402' }] })).toEqual([]);
  });

  it('lists the entries that name nothing', () => {
    const scope = SiteConfigSchema.shape.scope.unwrap().parse({ laos: [{ name: 'เทศบาลตำบลหนองโพธิ์งาม' }, { name: 'อบต.ไม่มี', province: 'ตาก' }, { code: '1111111' }], provinces: ['ลำพูน', 'ชัยนาท'] });
    expect(unmatchedScope(scope, laos)).toEqual(['อบต.ไม่มี (ตาก)', '1111111', 'ลำพูน']);
  });
});

describe('withThresholds', () => {
  it('replaces a threshold by the site’s value for every date, leaving the others', async () => {
    const { readFileSync } = await import('node:fs');
    const base = FlagConfigSchema.parse(JSON.parse(readFileSync(new URL('../../../config/red-flags.json', import.meta.url), 'utf8')));
    const changed = withThresholds(base, { minimumBidders: 5 });
    expect(threshold(changed, 'minimumBidders', '2020-01-01')).toBe(5);
    expect(threshold(changed, 'minimumBidders', '2030-01-01')).toBe(5);
    expect(changed.thresholds.minimumBidders[0]!.basis.en).toContain('prongsai.config.yaml');
    expect(changed.thresholds.specificCeiling).toBe(base.thresholds.specificCeiling);
  });
});

describe('apiLinks', () => {
  it('puts the API documents’ links under the base path, and the API under the data address', () => {
    const links = apiLinks('/my-lao/');
    expect(links.page('/lao/1/')).toBe('/my-lao/lao/1/');
    expect(links.api('/api/lao/1.json')).toBe('/my-lao/api/lao/1.json');
    const apart = apiLinks('/my-lao/', 'https://data.example.org/site/');
    expect(apart.api('/api/lao/1.json')).toBe('https://data.example.org/site/api/lao/1.json');
    expect(apart.page('/lao/1/')).toBe('/my-lao/lao/1/');
    expect(typeof laoApiFiles).toBe('function');
  });
});
