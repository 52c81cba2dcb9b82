// @vitest-environment node
/**
 * The locale entries: end-of-call-survey/locales/<tag> exports that locale's dialog and dashboard strings (the very
 * objects of the registries), package.json exports one per shipped locale with types, and the root entry's
 * loadSurveyStrings loads a locale on demand with resolveSurveyLocale's fallback.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SurveyArgumentError } from '../../src/core/errors.js';
import * as root from '../../src/index.js';
import * as all from '../../src/locales/index.js';
import type { SurveyLocale } from '../../src/locales/index.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, { types: string; import: string } | string>;
};
const constant = (tag: string) => tag.toUpperCase().replace('-', '_');
const entryOf = (tag: SurveyLocale) => import(`../../src/locales/${tag}.ts`) as Promise<Record<string, unknown>>;

describe('locale entries', () => {
  it('ships the nine locales, en-US first, and package.json exports an entry with types for each', () => {
    expect(root.SURVEY_LOCALE_TAGS).toEqual(['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'zh-CN', 'ar-SA', 'he-IL']);
    expect(Object.keys(all.SURVEY_LOCALES)).toEqual([...root.SURVEY_LOCALE_TAGS]);
    expect(Object.isFrozen(root.SURVEY_LOCALE_TAGS)).toBe(true);
    for (const tag of root.SURVEY_LOCALE_TAGS) {
      expect(pkg.exports[`./locales/${tag}`], tag).toEqual({ types: `./dist/locales/${tag}.d.ts`, import: `./dist/locales/${tag}.js` });
    }
    expect(pkg.exports['./locales']).toEqual({ types: './dist/locales/index.d.ts', import: './dist/locales/index.js' });
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'zh-CN', 'ar-SA', 'he-IL'] as SurveyLocale[])(
    'locales/%s exports exactly its dialog and dashboard strings',
    async (tag) => {
      const entry = await entryOf(tag);
      expect(Object.keys(entry).sort()).toEqual([`SURVEY_STRINGS_${constant(tag)}`, `SURVEY_SUMMARY_STRINGS_${constant(tag)}`]);
      expect(entry[`SURVEY_STRINGS_${constant(tag)}`]).toBe(all.SURVEY_LOCALES[tag]);
      expect(entry[`SURVEY_SUMMARY_STRINGS_${constant(tag)}`]).toBe(all.SURVEY_SUMMARY_LOCALES[tag]);
      expect(all.SURVEY_LOCALES[tag].locale).toBe(tag);
    },
  );

  it('the root entry no longer carries the other locales (they are entries of their own)', () => {
    expect(root.DEFAULT_SURVEY_STRINGS.locale).toBe('en-US');
    for (const gone of ['SURVEY_LOCALES', 'getSurveyStrings', 'SURVEY_STRINGS_DE_DE', 'SURVEY_STRINGS_HE_IL']) {
      expect(root, gone).not.toHaveProperty(gone);
    }
  });
});

describe('loadSurveyStrings', () => {
  it.each([
    ['de-DE', 'de-DE'],
    ['de-AT', 'de-DE'],
    ['pt_br', 'pt-BR'],
    ['zh-Hans-CN', 'zh-CN'],
    ['iw', 'he-IL'],
    ['en-GB', 'en-US'],
    ['xx', 'en-US'],
    ['', 'en-US'],
  ] as [string, SurveyLocale][])('%s → the %s strings (the same frozen object as its entry)', async (tag, locale) => {
    const strings = await root.loadSurveyStrings(tag);
    expect(strings).toBe(all.SURVEY_LOCALES[locale]);
    expect(strings).toBe(all.getSurveyStrings(tag));
    expect(root.getSurveyLocaleDirection(tag)).toBe(root.SURVEY_LOCALE_DIRECTIONS[locale]);
  });

  it('rejects a tag that is not a string with a SurveyArgumentError naming locale and the shipped tags', async () => {
    const error = await root.loadSurveyStrings(42 as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SurveyArgumentError);
    expect(error).toMatchObject({ code: 'SURVEY_ARGUMENT_INVALID', path: 'locale' });
    expect((error as Error).message).toMatch(/locale must be a string/);
    for (const tag of root.SURVEY_LOCALE_TAGS) expect((error as Error).message).toContain(tag);
  });
});
