// Proof that the package's types resolve (not `any`) under both module resolutions: each line must be an error.
import type { EndOfCallSurveyProps } from 'end-of-call-survey';
import type { SurveyConfigInput } from 'end-of-call-survey/core';
import type { SurveySummary } from 'end-of-call-survey/analytics';
import { SURVEY_STRINGS_DE_DE } from 'end-of-call-survey/locales/de-DE';

// @ts-expect-error open is a boolean
export const badProps: EndOfCallSurveyProps = { open: 'yes' };
// A valid config is accepted …
export const goodConfig: SurveyConfigInput = { audioRating: { issues: ['Echo'] } };
// @ts-expect-error … and an issue tag of another category is not (the tags are typed per category)
export const badConfig: SurveyConfigInput = { audioRating: { issues: ['Freezes'] } };
// @ts-expect-error surveys is a number
export const badSummary: Pick<SurveySummary, 'surveys'> = { surveys: 'many' };
// @ts-expect-error a locale entry's strings are typed (title is a string)
export const badTitle: number = SURVEY_STRINGS_DE_DE.title;
