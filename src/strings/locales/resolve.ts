/**
 * Which shipped locale serves a BCP-47 tag, and its writing direction, without any locale's strings: the root entry
 * uses this, so an app pays only for the locales it imports (end-of-call-survey/locales/<tag>) or loads
 * (loadSurveyStrings).
 */
import { SurveyArgumentError } from '../../core/errors.js';

/** The locale tags the kit ships strings for (en-US is the default and the last fallback). */
export type SurveyLocale = 'en-US' | 'de-DE' | 'fr-FR' | 'es-ES' | 'pt-BR' | 'ja-JP' | 'zh-CN' | 'ar-SA' | 'he-IL';

/** Every shipped locale tag, en-US first (the default and the last fallback). Frozen. */
export const SURVEY_LOCALE_TAGS: readonly SurveyLocale[] = Object.freeze([
  'en-US',
  'de-DE',
  'fr-FR',
  'es-ES',
  'pt-BR',
  'ja-JP',
  'zh-CN',
  'ar-SA',
  'he-IL',
] as const);

/** The writing direction of a locale's strings: `'ltr'` (left to right) or `'rtl'` (right to left). */
export type SurveyTextDirection = 'ltr' | 'rtl';

/** The writing direction of every shipped locale: `'rtl'` for Arabic (ar-SA) and Hebrew (he-IL), else `'ltr'`. */
export const SURVEY_LOCALE_DIRECTIONS: Readonly<Record<SurveyLocale, SurveyTextDirection>> = Object.freeze({
  'en-US': 'ltr',
  'de-DE': 'ltr',
  'fr-FR': 'ltr',
  'es-ES': 'ltr',
  'pt-BR': 'ltr',
  'ja-JP': 'ltr',
  'zh-CN': 'ltr',
  'ar-SA': 'rtl',
  'he-IL': 'rtl',
});

const SHIPPED = SURVEY_LOCALE_TAGS;

/** Lower-cased tag → shipped locale (exact, case-insensitive match). */
const BY_TAG: ReadonlyMap<string, SurveyLocale> = new Map(SHIPPED.map((tag) => [tag.toLowerCase(), tag]));

/** Primary language subtag → the shipped locale that serves it, plus the deprecated ISO 639 alias `iw` (Hebrew). */
const BY_LANGUAGE: ReadonlyMap<string, SurveyLocale> = new Map<string, SurveyLocale>([
  ...SHIPPED.map((tag): [string, SurveyLocale] => [tag.slice(0, tag.indexOf('-')).toLowerCase(), tag]),
  ['iw', 'he-IL'],
]);

/**
 * The shipped locale that best serves a BCP-47 tag:
 * 1. the exact tag, case-insensitively (`_` is read as `-`, so `pt_br` works): `'DE-de'` → `'de-DE'`;
 * 2. else the shipped locale of the same language (region, script and extensions ignored): `'de-AT'` → `'de-DE'`,
 *    `'pt'` → `'pt-BR'`, `'pt-PT'` → `'pt-BR'`, `'zh-Hans-CN'` → `'zh-CN'`, `'es-419'` → `'es-ES'`,
 *    `'iw'` (the old code for Hebrew) → `'he-IL'`. Note that Traditional Chinese tags (`'zh-TW'`, `'zh-Hant'`) also
 *    resolve to the Simplified `'zh-CN'`;
 * 3. else `'en-US'` (also for an empty tag).
 *
 * @param locale - A BCP-47 language tag, e.g. `navigator.language`.
 * @throws SurveyArgumentError (`path` `locale`) when `locale` is not a string.
 */
export function resolveSurveyLocale(locale: string): SurveyLocale {
  if (typeof locale !== 'string') {
    throw new SurveyArgumentError(
      'locale',
      `locale must be a string (a BCP-47 tag such as 'de-DE'), got ${locale === null ? 'null' : typeof locale}. ` +
        `Shipped locales: ${SHIPPED.join(', ')}.`,
    );
  }
  const tag = locale.trim().replace(/_/g, '-').toLowerCase();
  const exact = BY_TAG.get(tag);
  if (exact) return exact;
  const language = tag.split(/[^a-z0-9]/)[0] ?? '';
  return BY_LANGUAGE.get(language) ?? 'en-US';
}

/**
 * The writing direction of the strings `getSurveyStrings` and `loadSurveyStrings` return for the same tag: `'rtl'` when it resolves
 * to Arabic (ar-SA) or Hebrew (he-IL), else `'ltr'`. Give it to the `dir` of the surrounding `FluentProvider`.
 *
 * @param locale - A BCP-47 language tag, e.g. `navigator.language`.
 * @throws SurveyArgumentError (`path` `locale`) when `locale` is not a string.
 */
export function getSurveyLocaleDirection(locale: string): SurveyTextDirection {
  return SURVEY_LOCALE_DIRECTIONS[resolveSurveyLocale(locale)];
}
