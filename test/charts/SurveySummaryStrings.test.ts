import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURVEY_SUMMARY_STRINGS,
  getSurveySummaryStrings,
  mergeSurveySummaryStrings,
  niceAxisMax,
  surveyIssueLabel,
  SURVEY_SUMMARY_LOCALES,
} from '../../src/charts/index.js';
import { DEFAULT_SURVEY_STRINGS, getSurveyStrings, SURVEY_LOCALES } from '../../src/strings/index.js';
import type { SurveyLocale } from '../../src/strings/index.js';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dashboard strings: one string system with the dialog', () => {
  const locales = Object.keys(SURVEY_LOCALES) as SurveyLocale[];

  it('ships the dashboard in every locale the dialog ships', () => {
    expect(Object.keys(SURVEY_SUMMARY_LOCALES).sort()).toEqual([...locales].sort());
  });

  it.each(locales)('%s: complete, translated, same placeholders as en-US, deeply frozen', (locale) => {
    const strings = SURVEY_SUMMARY_LOCALES[locale];
    expect(Object.keys(strings).sort()).toEqual(Object.keys(DEFAULT_SURVEY_SUMMARY_STRINGS).sort());
    expect(strings.locale).toBe(locale);
    for (const [key, value] of Object.entries(DEFAULT_SURVEY_SUMMARY_STRINGS)) {
      if (typeof value !== 'string') continue;
      const translated = (strings as unknown as Record<string, string>)[key] as string;
      expect(translated.trim(), key).not.toBe('');
      expect(slots(translated), `${locale}.${key}`).toEqual(slots(value));
    }
    if (locale !== 'en-US') expect(strings.title).not.toBe(DEFAULT_SURVEY_SUMMARY_STRINGS.title);
    expect(Object.isFrozen(strings)).toBe(true);
    expect(Object.isFrozen(strings.categoryNames)).toBe(true);
    expect(Object.isFrozen(strings.issues.audioRating)).toBe(true);
  });

  it.each(locales)("%s: category names and tag labels are the dialog's own (one vocabulary)", (locale) => {
    expect(SURVEY_SUMMARY_LOCALES[locale].categoryNames).toEqual(SURVEY_LOCALES[locale].categoryNames);
    expect(SURVEY_SUMMARY_LOCALES[locale].issues).toEqual(SURVEY_LOCALES[locale].issues);
  });

  it('uses "The call itself" for the overall category, as the dialog does', () => {
    expect(DEFAULT_SURVEY_SUMMARY_STRINGS.categoryNames.overallRating).toBe(DEFAULT_SURVEY_STRINGS.categoryNames.overallRating);
    expect(DEFAULT_SURVEY_SUMMARY_STRINGS.categoryNames.overallRating).toBe('The call itself');
  });

  it.each(['de-AT', 'DE-de', 'pt', 'pt_PT', 'zh-Hans-CN', 'iw', 'es-419', 'ar', 'he-IL', 'xx-YY', ''])(
    'picks the same locale as the dialog for %j',
    (tag) => {
      expect(getSurveySummaryStrings(tag).locale).toBe(
        (Object.keys(SURVEY_LOCALES) as SurveyLocale[]).find((l) => SURVEY_LOCALES[l] === getSurveyStrings(tag)),
      );
    },
  );

  it('merges overrides per key, per category and per tag, without touching the base', () => {
    const base = getSurveySummaryStrings('de-DE');
    const merged = mergeSurveySummaryStrings(
      { title: 'Q3', categoryNames: { audioRating: 'Ton' }, issues: { audioRating: { Echo: 'Hall' } } },
      base,
    );
    expect(merged.title).toBe('Q3');
    expect(merged.totals).toBe(base.totals);
    expect(merged.categoryNames).toEqual({ ...base.categoryNames, audioRating: 'Ton' });
    expect(merged.issues.audioRating.Echo).toBe('Hall');
    expect(merged.issues.audioRating.NoLocalAudio).toBe(base.issues.audioRating.NoLocalAudio);
    expect(merged.issues.videoRating).toBe(base.issues.videoRating);
    expect(base.issues.audioRating.Echo).not.toBe('Hall');
    expect(mergeSurveySummaryStrings(undefined)).toBe(DEFAULT_SURVEY_SUMMARY_STRINGS);
  });

  it('labels a tag the dialog does not know (a newer SDK) with the tag itself', () => {
    expect(surveyIssueLabel(DEFAULT_SURVEY_SUMMARY_STRINGS, 'audioRating', 'NoLocalAudio')).toBe("Others couldn't hear me");
    expect(surveyIssueLabel(DEFAULT_SURVEY_SUMMARY_STRINGS, 'audioRating', 'BrandNewTag')).toBe('BrandNewTag');
    expect(surveyIssueLabel(DEFAULT_SURVEY_SUMMARY_STRINGS, 'audioRating', 'toString')).toBe('toString');
  });
});

describe('niceAxisMax (the responses axis)', () => {
  it.each([
    [0, 4],
    [1, 4],
    [3, 4],
    [5, 8],
    [48, 60],
    [1356, 1600],
    [1808, 2000],
    [2484, 3200],
    [99_999, 100_000],
  ])('%d → %d', (max, top) => {
    expect(niceAxisMax(max)).toBe(top);
  });

  it('always gives a top ≥ max that splits into 4 whole, round steps', () => {
    for (let max = 0; max <= 20_000; max += 7) {
      const top = niceAxisMax(max);
      const step = top / 4;
      expect(top).toBeGreaterThanOrEqual(max);
      expect(Number.isInteger(step)).toBe(true);
      expect(String(step)).toMatch(/^(1|15|2|25|3|4|5|6|8)0*$/);
    }
  });
});
