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
import type { SurveyStrings } from '../SurveyStrings.js';
import { DEFAULT_SURVEY_STRINGS } from '../en-US.js';
import type { SurveyLocale } from './resolve.js';
import { resolveSurveyLocale } from './resolve.js';
import { SURVEY_STRINGS_AR_SA } from './ar-SA.js';
import { SURVEY_STRINGS_DE_DE } from './de-DE.js';
import { SURVEY_STRINGS_ES_ES } from './es-ES.js';
import { SURVEY_STRINGS_FR_FR } from './fr-FR.js';
import { SURVEY_STRINGS_HE_IL } from './he-IL.js';
import { SURVEY_STRINGS_JA_JP } from './ja-JP.js';
import { SURVEY_STRINGS_PT_BR } from './pt-BR.js';
import { SURVEY_STRINGS_ZH_CN } from './zh-CN.js';

export type { SurveyLocale, SurveyTextDirection } from './resolve.js';
export { SURVEY_LOCALE_DIRECTIONS, SURVEY_LOCALE_TAGS, getSurveyLocaleDirection, resolveSurveyLocale } from './resolve.js';
export { loadSurveyStrings } from './load.js';
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
