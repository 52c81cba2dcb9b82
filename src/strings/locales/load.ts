/**
 * Loads a shipped locale's dialog strings on demand: each locale is its own module behind a dynamic `import()`, so a
 * bundler splits it into its own chunk and an app downloads only the locale it asks for.
 */
import type { SurveyStrings } from '../SurveyStrings.js';
import { DEFAULT_SURVEY_STRINGS } from '../en-US.js';
import type { SurveyLocale } from './resolve.js';
import { resolveSurveyLocale } from './resolve.js';

const LOADERS: Readonly<Record<Exclude<SurveyLocale, 'en-US'>, () => Promise<Readonly<SurveyStrings>>>> = {
  'de-DE': () => import('./de-DE.js').then((m) => m.SURVEY_STRINGS_DE_DE),
  'fr-FR': () => import('./fr-FR.js').then((m) => m.SURVEY_STRINGS_FR_FR),
  'es-ES': () => import('./es-ES.js').then((m) => m.SURVEY_STRINGS_ES_ES),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.SURVEY_STRINGS_PT_BR),
  'ja-JP': () => import('./ja-JP.js').then((m) => m.SURVEY_STRINGS_JA_JP),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.SURVEY_STRINGS_ZH_CN),
  'ar-SA': () => import('./ar-SA.js').then((m) => m.SURVEY_STRINGS_AR_SA),
  'he-IL': () => import('./he-IL.js').then((m) => m.SURVEY_STRINGS_HE_IL),
};

/**
 * The shipped dialog strings that best serve a BCP-47 tag, loaded on demand: the same choice as
 * `resolveSurveyLocale` (exact tag, then same language, then en-US), the same frozen objects as the
 * `end-of-call-survey/locales/<tag>` entries. en-US resolves without loading anything.
 *
 * @example
 * ```tsx
 * const strings = await loadSurveyStrings(navigator.language);   // e.g. "de-AT" → the de-DE strings
 * <FluentProvider dir={getSurveyLocaleDirection(navigator.language)}>
 *   <EndOfCallSurvey strings={strings} … />
 * </FluentProvider>
 * ```
 *
 * @param locale - A BCP-47 language tag, e.g. `navigator.language`.
 * @returns A promise of the strings; it rejects with a SurveyArgumentError (`path` `locale`, the message listing the
 *   shipped tags) when `locale` is not a string.
 */
export async function loadSurveyStrings(locale: string): Promise<SurveyStrings> {
  const tag = resolveSurveyLocale(locale);
  return (tag === 'en-US' ? DEFAULT_SURVEY_STRINGS : await LOADERS[tag]()) as SurveyStrings;
}
