/**
 * The survey strings shipped for other languages, and the lookup that picks the best of them for a BCP-47 tag.
 *
 * @example
 * ```tsx
 * const locale = navigator.language;                 // e.g. "de-AT"
 * <EndOfCallSurvey strings={getSurveyStrings(locale)} />          // German (de-DE) strings
 * <FluentProvider dir={getSurveyLocaleDirection(locale)}>…       // "ltr"; "rtl" for ar-SA / he-IL
 * ```
 */
import { SurveyArgumentError } from '../../core/errors.js';
import type { SurveyStrings } from '../SurveyStrings.js';
import { DEFAULT_SURVEY_STRINGS } from '../en-US.js';
import { SURVEY_STRINGS_AR_SA } from './ar-SA.js';
import { SURVEY_STRINGS_DE_DE } from './de-DE.js';
import { SURVEY_STRINGS_ES_ES } from './es-ES.js';
import { SURVEY_STRINGS_FR_FR } from './fr-FR.js';
import { SURVEY_STRINGS_HE_IL } from './he-IL.js';
import { SURVEY_STRINGS_JA_JP } from './ja-JP.js';
import { SURVEY_STRINGS_PT_BR } from './pt-BR.js';
import { SURVEY_STRINGS_ZH_CN } from './zh-CN.js';

export {
  SURVEY_STRINGS_AR_SA,
  SURVEY_STRINGS_DE_DE,
  SURVEY_STRINGS_ES_ES,
  SURVEY_STRINGS_FR_FR,
  SURVEY_STRINGS_HE_IL,
  SURVEY_STRINGS_JA_JP,
  SURVEY_STRINGS_PT_BR,
  SURVEY_STRINGS_ZH_CN,
};

/** The locale tags the kit ships strings for (en-US is the default and the last fallback). */
export type SurveyLocale = 'en-US' | 'de-DE' | 'fr-FR' | 'es-ES' | 'pt-BR' | 'ja-JP' | 'zh-CN' | 'ar-SA' | 'he-IL';

/** The writing direction of a locale's strings: `'ltr'` (left to right) or `'rtl'` (right to left). */
export type SurveyTextDirection = 'ltr' | 'rtl';

/** Every shipped locale's strings, by locale tag. Frozen, as is every set of strings in it. */
export const SURVEY_LOCALES: Readonly<Record<SurveyLocale, Readonly<SurveyStrings>>> = Object.freeze({
  'en-US': DEFAULT_SURVEY_STRINGS,
  'de-DE': SURVEY_STRINGS_DE_DE,
  'fr-FR': SURVEY_STRINGS_FR_FR,
  'es-ES': SURVEY_STRINGS_ES_ES,
  'pt-BR': SURVEY_STRINGS_PT_BR,
  'ja-JP': SURVEY_STRINGS_JA_JP,
  'zh-CN': SURVEY_STRINGS_ZH_CN,
  'ar-SA': SURVEY_STRINGS_AR_SA,
  'he-IL': SURVEY_STRINGS_HE_IL,
});

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

const SHIPPED = Object.keys(SURVEY_LOCALES) as SurveyLocale[];

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
 * The shipped strings that best serve a BCP-47 tag (see {@link resolveSurveyLocale} for the fallback order:
 * exact tag, then same language, then en-US). The result is frozen; pass it to the `strings` prop as is, or as the
 * `base` of `mergeSurveyStrings` to override single keys.
 *
 * @param locale - A BCP-47 language tag, e.g. `navigator.language`.
 * @throws SurveyArgumentError (`path` `locale`) when `locale` is not a string.
 */
export function getSurveyStrings(locale: string): SurveyStrings {
  return SURVEY_LOCALES[resolveSurveyLocale(locale)] as SurveyStrings;
}

/**
 * The writing direction of the strings {@link getSurveyStrings} returns for the same tag: `'rtl'` when it resolves
 * to Arabic (ar-SA) or Hebrew (he-IL), else `'ltr'`. Give it to the `dir` of the surrounding `FluentProvider`.
 *
 * @param locale - A BCP-47 language tag, e.g. `navigator.language`.
 * @throws SurveyArgumentError (`path` `locale`) when `locale` is not a string.
 */
export function getSurveyLocaleDirection(locale: string): SurveyTextDirection {
  return SURVEY_LOCALE_DIRECTIONS[resolveSurveyLocale(locale)];
}
