/**
 * The dashboard strings shipped for other languages (the dialog's locales), and the lookup that picks them for a
 * BCP-47 tag the same way the dialog's `getSurveyStrings` does.
 *
 * @example
 * ```tsx
 * const locale = navigator.language;                                     // e.g. "de-AT"
 * <FluentProvider dir={getSurveyLocaleDirection(locale)}>
 *   <SurveySummaryDashboard summary={summary} strings={getSurveySummaryStrings(locale)} />   // German (de-DE)
 * </FluentProvider>
 * ```
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { DEFAULT_SURVEY_SUMMARY_STRINGS } from '../SurveySummaryStrings.js';
import type { SurveyLocale } from '../locales/resolve.js';
import { resolveSurveyLocale } from '../locales/resolve.js';
import { SURVEY_SUMMARY_STRINGS_AR_SA } from './ar-SA.js';
import { SURVEY_SUMMARY_STRINGS_DE_DE } from './de-DE.js';
import { SURVEY_SUMMARY_STRINGS_ES_ES } from './es-ES.js';
import { SURVEY_SUMMARY_STRINGS_FR_FR } from './fr-FR.js';
import { SURVEY_SUMMARY_STRINGS_HE_IL } from './he-IL.js';
import { SURVEY_SUMMARY_STRINGS_JA_JP } from './ja-JP.js';
import { SURVEY_SUMMARY_STRINGS_PT_BR } from './pt-BR.js';
import { SURVEY_SUMMARY_STRINGS_ZH_CN } from './zh-CN.js';

export {
  SURVEY_SUMMARY_STRINGS_AR_SA,
  SURVEY_SUMMARY_STRINGS_DE_DE,
  SURVEY_SUMMARY_STRINGS_ES_ES,
  SURVEY_SUMMARY_STRINGS_FR_FR,
  SURVEY_SUMMARY_STRINGS_HE_IL,
  SURVEY_SUMMARY_STRINGS_JA_JP,
  SURVEY_SUMMARY_STRINGS_PT_BR,
  SURVEY_SUMMARY_STRINGS_ZH_CN,
};

/** Every shipped locale's dashboard strings, by locale tag (the same tags as the dialog's `SURVEY_LOCALES`). Frozen. */
export const SURVEY_SUMMARY_LOCALES: Readonly<Record<SurveyLocale, Readonly<SurveySummaryStrings>>> = Object.freeze({
  'en-US': DEFAULT_SURVEY_SUMMARY_STRINGS,
  'de-DE': SURVEY_SUMMARY_STRINGS_DE_DE,
  'fr-FR': SURVEY_SUMMARY_STRINGS_FR_FR,
  'es-ES': SURVEY_SUMMARY_STRINGS_ES_ES,
  'pt-BR': SURVEY_SUMMARY_STRINGS_PT_BR,
  'ja-JP': SURVEY_SUMMARY_STRINGS_JA_JP,
  'zh-CN': SURVEY_SUMMARY_STRINGS_ZH_CN,
  'ar-SA': SURVEY_SUMMARY_STRINGS_AR_SA,
  'he-IL': SURVEY_SUMMARY_STRINGS_HE_IL,
});

/**
 * The shipped dashboard strings that best serve a BCP-47 tag: the same choice as the dialog's `getSurveyStrings`
 * (`resolveSurveyLocale`: exact tag, then same language, then en-US), so a dashboard and a dialog for one tag speak
 * one language with one vocabulary. Frozen; pass it to the `strings` prop, or as the `base` of
 * `mergeSurveySummaryStrings` to override single keys.
 *
 * @param locale - A BCP-47 language tag, e.g. `navigator.language`.
 */
export function getSurveySummaryStrings(locale: string): SurveySummaryStrings {
  return SURVEY_SUMMARY_LOCALES[resolveSurveyLocale(locale)] as SurveySummaryStrings;
}
