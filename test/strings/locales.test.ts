import { describe, expect, it } from 'vitest';
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from '../../src/core/types.js';
import { SurveyArgumentError } from '../../src/core/errors.js';
import { DEFAULT_SURVEY_STRINGS, mergeSurveyStrings } from '../../src/strings/en-US.js';
import { formatSurveyString } from '../../src/strings/SurveyStrings.js';
import type { SurveyStrings } from '../../src/strings/SurveyStrings.js';
import {
  SURVEY_LOCALES,
  SURVEY_LOCALE_DIRECTIONS,
  SURVEY_STRINGS_AR_SA,
  SURVEY_STRINGS_DE_DE,
  SURVEY_STRINGS_ES_ES,
  SURVEY_STRINGS_FR_FR,
  SURVEY_STRINGS_HE_IL,
  SURVEY_STRINGS_JA_JP,
  SURVEY_STRINGS_PT_BR,
  SURVEY_STRINGS_ZH_CN,
  getSurveyLocaleDirection,
  getSurveyStrings,
  resolveSurveyLocale,
} from '../../src/strings/locales/index.js';
import type { SurveyLocale } from '../../src/strings/locales/index.js';

/** The translations (every shipped locale but the English defaults). */
const TRANSLATIONS = {
  'de-DE': SURVEY_STRINGS_DE_DE,
  'fr-FR': SURVEY_STRINGS_FR_FR,
  'es-ES': SURVEY_STRINGS_ES_ES,
  'pt-BR': SURVEY_STRINGS_PT_BR,
  'ja-JP': SURVEY_STRINGS_JA_JP,
  'zh-CN': SURVEY_STRINGS_ZH_CN,
  'ar-SA': SURVEY_STRINGS_AR_SA,
  'he-IL': SURVEY_STRINGS_HE_IL,
} satisfies Record<Exclude<SurveyLocale, 'en-US'>, Readonly<SurveyStrings>>;
const TRANSLATED = Object.entries(TRANSLATIONS) as [Exclude<SurveyLocale, 'en-US'>, Readonly<SurveyStrings>][];

/** Words that are legitimately spelled as in English in some languages (e.g. German "Audio", "Video"). */
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<string> = new Set(['Audio', 'Video', 'OK']);

/** Every string leaf as [path, value], e.g. ["issues.audioRating.Echo", "…"], ["ratingLabels.0", "…"]. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  throw new Error(`${path} is neither a string nor an object: ${String(value)}`);
}

/** The structure without the words: every key, arrays with their length, strings as "string". */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shape(child)]));
  }
  return typeof value;
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

function english(path: string): string {
  const found = leaves(DEFAULT_SURVEY_STRINGS).find(([p]) => p === path);
  if (!found) throw new Error(`en-US has no string at ${path}`);
  return found[1];
}

function isDeeplyFrozen(value: unknown): boolean {
  if (!value || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe.each(TRANSLATED)('%s', (locale, strings) => {
  it('has exactly the keys of en-US, deeply (every category, every SDK issue tag, five rating labels)', () => {
    expect(shape(strings)).toEqual(shape(DEFAULT_SURVEY_STRINGS));
    for (const category of SURVEY_CATEGORIES) {
      expect(Object.keys(strings.issues[category]).sort(), category).toEqual([...SURVEY_ISSUES[category]].sort());
      expect(strings.categoryNames[category], category).toMatch(/\S/);
      expect(strings.categoryProblem[category], category).toMatch(/\S/);
    }
    expect(strings.ratingLabels).toHaveLength(5);
  });

  it('has no empty string and no stray whitespace at either end', () => {
    for (const [path, value] of leaves(strings)) {
      expect(value.trim(), `${locale} ${path}`).not.toBe('');
      expect(value, `${locale} ${path}`).toBe(value.trim());
    }
  });

  it('keeps every {placeholder} of the English template and adds no unknown one', () => {
    for (const [path, value] of leaves(strings)) {
      expect(placeholders(value), `${locale} ${path}`).toEqual(placeholders(english(path)));
      // A broken slot such as "{ category}" or "{category" would be shown to users verbatim.
      const braces = (value.match(/[{}]/g) ?? []).length;
      expect(braces, `${locale} ${path}: unbalanced or malformed braces in "${value}"`).toBe(
        placeholders(value).length * 2,
      );
    }
  });

  it('fills every template completely with formatSurveyString', () => {
    const values = {
      category: strings.categoryNames.audioRating,
      value: 3,
      max: 10,
      min: 0,
      label: strings.ratingLabels[3] ?? '',
      step: 1,
      total: 2,
      prompt: strings.overallPrompt,
    };
    for (const [path, value] of leaves(strings)) {
      expect(formatSurveyString(value, values), `${locale} ${path}`).not.toMatch(/[{}]/);
    }
    expect(formatSurveyString(strings.stepCounter, { step: 1, total: 2 })).toMatch(/1[^]*2|2[^]*1/);
  });

  it('is translated: every string that equals the English one is on the short allow-list', () => {
    const all = leaves(strings);
    const same = all.filter(([path, value]) => value === english(path));
    for (const [path, value] of same) {
      expect(SAME_AS_ENGLISH_ALLOWED.has(value), `${locale} ${path} is still English: "${value}"`).toBe(true);
    }
    expect(same.length / all.length).toBeLessThan(0.1);
  });

  it('gives every issue tag of a category its own label, and the five rating labels are distinct', () => {
    for (const category of SURVEY_CATEGORIES) {
      const labels = Object.values(strings.issues[category]);
      expect(new Set(labels).size, category).toBe(labels.length);
    }
    expect(new Set(strings.ratingLabels).size).toBe(5);
  });

  it('keeps button labels button-sized', () => {
    for (const key of ['next', 'submit', 'skip', 'back', 'tryAgain', 'close'] as const) {
      expect([...strings[key]].length, `${locale} ${key}: "${strings[key]}"`).toBeLessThanOrEqual(20);
    }
    for (const label of strings.ratingLabels) expect([...label].length, label).toBeLessThanOrEqual(16);
  });

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(strings)).toBe(true);
    expect(() => {
      (strings.issues.audioRating as { Echo: string }).Echo = 'changed';
    }).toThrow(TypeError);
  });
});

describe('scripts', () => {
  const kana = /[\u3040-\u30ff]/u;
  const han = /\p{Script=Han}/u;
  // `locale` is a language tag (e.g. 'ja-JP'), not text a person reads.
  const all = (strings: Readonly<SurveyStrings>) => leaves(strings).filter(([path]) => path !== 'locale');

  it('ja-JP is Japanese: every string has kana or kanji, and most have kana', () => {
    const values = all(SURVEY_STRINGS_JA_JP);
    for (const [path, value] of values) expect(value, path).toMatch(/[\u3040-\u30ff\p{Script=Han}]/u);
    expect(values.filter(([, v]) => kana.test(v)).length / values.length).toBeGreaterThan(0.6);
  });

  it('zh-CN is Simplified Chinese: every string has Han characters, none has kana or a Traditional-only form', () => {
    const traditionalOnly = /[話質視頻語聲畫們無問題選擇開關閉試傳與這個讓螢饋評]/u;
    for (const [path, value] of all(SURVEY_STRINGS_ZH_CN)) {
      expect(value, path).toMatch(han);
      expect(value, path).not.toMatch(kana);
      expect(value, path).not.toMatch(traditionalOnly);
    }
  });

  it('ar-SA is written in Arabic script and he-IL in Hebrew script, with no Latin words', () => {
    for (const [path, value] of all(SURVEY_STRINGS_AR_SA)) {
      expect(value, path).toMatch(/\p{Script=Arabic}/u);
      expect(value.replace(/\{\w+\}/g, ''), path).not.toMatch(/[A-Za-z]/);
    }
    for (const [path, value] of all(SURVEY_STRINGS_HE_IL)) {
      expect(value, path).toMatch(/\p{Script=Hebrew}/u);
      expect(value.replace(/\{\w+\}/g, ''), path).not.toMatch(/[A-Za-z]/);
    }
  });

  it('Arabic uses the Arabic question mark, French puts a no-break space before ? ! :', () => {
    for (const [path, value] of all(SURVEY_STRINGS_AR_SA)) expect(value, path).not.toContain('?');
    for (const [path, value] of all(SURVEY_STRINGS_FR_FR)) expect(value, path).not.toMatch(/ [?!:;]|\S[?!;]/);
  });
});

describe('SURVEY_LOCALES', () => {
  it('holds en-US (the defaults) and the eight translations, and is frozen', () => {
    expect(Object.keys(SURVEY_LOCALES).sort()).toEqual(
      ['ar-SA', 'de-DE', 'en-US', 'es-ES', 'fr-FR', 'he-IL', 'ja-JP', 'pt-BR', 'zh-CN'],
    );
    expect(SURVEY_LOCALES['en-US']).toBe(DEFAULT_SURVEY_STRINGS);
    for (const [locale, strings] of TRANSLATED) expect(SURVEY_LOCALES[locale]).toBe(strings);
    expect(Object.isFrozen(SURVEY_LOCALES)).toBe(true);
  });
});

describe('directions', () => {
  it('reports rtl for Arabic and Hebrew and ltr for every other shipped locale', () => {
    expect(Object.keys(SURVEY_LOCALE_DIRECTIONS).sort()).toEqual(Object.keys(SURVEY_LOCALES).sort());
    for (const locale of Object.keys(SURVEY_LOCALES) as SurveyLocale[]) {
      const expected = locale === 'ar-SA' || locale === 'he-IL' ? 'rtl' : 'ltr';
      expect(SURVEY_LOCALE_DIRECTIONS[locale], locale).toBe(expected);
      expect(getSurveyLocaleDirection(locale), locale).toBe(expected);
    }
    expect(Object.isFrozen(SURVEY_LOCALE_DIRECTIONS)).toBe(true);
  });

  it('follows the same fallback as the strings', () => {
    expect(getSurveyLocaleDirection('ar-EG')).toBe('rtl');
    expect(getSurveyLocaleDirection('he')).toBe('rtl');
    expect(getSurveyLocaleDirection('iw')).toBe('rtl');
    expect(getSurveyLocaleDirection('AR')).toBe('rtl');
    // Persian is not shipped: the strings fall back to English, which is written left to right.
    expect(getSurveyLocaleDirection('fa-IR')).toBe('ltr');
    expect(getSurveyStrings('fa-IR')).toBe(DEFAULT_SURVEY_STRINGS);
    expect(getSurveyLocaleDirection('de-AT')).toBe('ltr');
  });
});

describe('getSurveyStrings', () => {
  it('returns each shipped locale for its exact tag, case-insensitively', () => {
    for (const [locale, strings] of Object.entries(SURVEY_LOCALES)) {
      expect(getSurveyStrings(locale)).toBe(strings);
      expect(getSurveyStrings(locale.toLowerCase())).toBe(strings);
      expect(getSurveyStrings(locale.toUpperCase())).toBe(strings);
    }
    expect(getSurveyStrings('pt_BR')).toBe(SURVEY_STRINGS_PT_BR);
    expect(getSurveyStrings('  fr-FR ')).toBe(SURVEY_STRINGS_FR_FR);
  });

  it.each([
    ['de-AT', 'de-DE'],
    ['de-CH', 'de-DE'],
    ['de', 'de-DE'],
    ['fr-CA', 'fr-FR'],
    ['es-MX', 'es-ES'],
    ['es-419', 'es-ES'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['ja', 'ja-JP'],
    ['ja-JP-u-ca-japanese', 'ja-JP'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ar', 'ar-SA'],
    ['ar-EG', 'ar-SA'],
    ['he', 'he-IL'],
    ['iw', 'he-IL'],
    ['iw-IL', 'he-IL'],
    ['en-GB', 'en-US'],
    ['en', 'en-US'],
  ] as const)('falls back from %s to %s (same language)', (tag, expected) => {
    expect(resolveSurveyLocale(tag)).toBe(expected);
    expect(getSurveyStrings(tag)).toBe(SURVEY_LOCALES[expected]);
  });

  it.each(['xx', 'ko-KR', 'nl-NL', 'it', 'he2', 'dee-DE', '', '   ', '-'])(
    'falls back to en-US for an unshipped language: %j',
    (tag) => {
      expect(resolveSurveyLocale(tag)).toBe('en-US');
      expect(getSurveyStrings(tag)).toBe(DEFAULT_SURVEY_STRINGS);
    },
  );

  it('rejects a non-string with an error naming the field and the shipped locales', () => {
    for (const bad of [undefined, null, 42, {}] as unknown as string[]) {
      expect(() => getSurveyStrings(bad)).toThrow(SurveyArgumentError);
      expect(() => getSurveyStrings(bad)).toThrow(/locale must be a string[^]*de-DE[^]*he-IL/);
      expect(() => getSurveyLocaleDirection(bad)).toThrow(/locale must be a string/);
    }
  });

  it('serves as the base of mergeSurveyStrings, so an app can override one key of a locale', () => {
    const merged = mergeSurveyStrings(
      { submit: 'Abschicken', issues: { audioRating: { Echo: 'Hall' } } },
      getSurveyStrings('de-AT'),
    );
    expect(merged.submit).toBe('Abschicken');
    expect(merged.issues.audioRating.Echo).toBe('Hall');
    expect(merged.next).toBe(SURVEY_STRINGS_DE_DE.next);
    expect(merged.issues.audioRating.LowVolume).toBe(SURVEY_STRINGS_DE_DE.issues.audioRating.LowVolume);
    expect(SURVEY_STRINGS_DE_DE.submit).not.toBe('Abschicken');
  });
});
