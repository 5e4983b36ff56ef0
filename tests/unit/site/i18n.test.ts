import { describe, expect, it } from 'vitest';
import th from '../../../src/i18n/th.json';
import en from '../../../src/i18n/en.json';
import { langOf, localePath, translate } from '../../../src/lib/site/i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  it('have the same keys in Thai and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
  });
  it('have no empty string, and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(th)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
  it('has no Thai script in the English file, except where Thai names are quoted', () => {
    const allowed = new Set(['lang.switch', 'lang.switchLabel', 'laos.intro', 'lao.planIntro', 'about.sourcesText', 'search.hint']);
    for (const [key, text] of Object.entries(en)) if (!allowed.has(key)) expect(text, key).not.toMatch(/[ก-๙]/);
  });
});

describe('translate(lang, key, vars)', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('th', 'common.fiscalYear', { fy: 2568 })).toBe('ปีงบประมาณ 2568');
    expect(translate('en', 'common.fiscalYear', { fy: 2568 })).toBe('Fiscal year 2568');
    expect(translate('en', 'common.fiscalYear')).toBe('Fiscal year {fy}');
  });
});

describe('localePath and langOf', () => {
  it('puts Thai at the root and English under /en/', () => {
    expect(localePath('th', '/lao/6100101/')).toBe('/lao/6100101/');
    expect(localePath('en', '/lao/6100101/')).toBe('/en/lao/6100101/');
    expect(localePath('en', '/')).toBe('/en/');
  });
  it('reads the route parameter and rejects anything else', () => {
    expect(langOf(undefined)).toBe('th');
    expect(langOf('en')).toBe('en');
    expect(() => langOf('fr')).toThrow(/Unknown language/);
  });
});
