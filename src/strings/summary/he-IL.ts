/**
 * Hebrew strings of the analytics dashboard. The category names and issue labels are the dialog's he-IL strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_HE_IL } from '../locales/he-IL.js';

/** Hebrew (he-IL) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_HE_IL: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'he-IL',
    title: 'סיכום סקר סוף השיחה',
    totals: '{calls} שיחות · {surveys} סקרים',
    empty: 'אין תשובות לסקר בתקופה זו.',
    categoryHeading: '{category} ({lower}–{upper}, נמוך עד {threshold})',
    distributionChartTitle: '{title}: {category} ({lower}–{upper}), אחוז המשיבים לפי ציון',
    percentOfRespondents: 'אחוז המשיבים',
    numberOfResponses: 'מספר התשובות',
    score: 'ציון',
    statisticsCaption: 'נתונים סטטיסטיים: {category} ({lower}–{upper})',
    distributionCaption: 'תשובות לפי ציון: {category} ({lower}–{upper})',
    statistic: 'מדד',
    value: 'ערך',
    responses: 'תשובות (סקרים)',
    callsWithResponse: 'שיחות עם תשובה',
    percentOfCalls: 'אחוז מהשיחות',
    mean: 'ציון ממוצע',
    median: 'ציון חציוני',
    standardDeviation: 'סטיית תקן',
    lowScoreCutoff: 'סף ציון נמוך',
    lowScoreResponses: 'ציונים נמוכים (סקרים)',
    lowScorePercent: 'שיעור הציונים הנמוכים (%)',
    issuesHeading: 'בעיות שדווחו',
    issuesChartTitle: '{title}: התפלגות הבעיות שדווחו',
    issuesCaption: 'בעיות לפי שכיחות',
    noIssues: 'לא דווחו בעיות.',
    category: 'קטגוריה',
    issue: 'בעיה',
    sdkTag: 'תג SDK',
    count: 'סקרים',
    calls: 'שיחות',
    issueLegend: '{category}: {issue}',
    comparisonCaption: '{b} בהשוואה ל־{a}',
    comparisonScale: 'שאלה',
    comparisonMeans: 'ממוצע ({a} / {b})',
    comparisonMeanDifference: 'הפרש הממוצעים (רווח 95%)',
    comparisonLowShares: 'שיעור הציונים הנמוכים ({a} / {b})',
    comparisonShareDifference: 'הפרש השיעורים, נקודות (רווח 95%)',
    comparisonVerdict: 'מסקנה',
    verdictShareLower: 'שיעור הציונים הנמוכים של {b} נמוך ב־{points} נקודות ({p})',
    verdictShareHigher: 'שיעור הציונים הנמוכים של {b} גבוה ב־{points} נקודות ({p})',
    verdictScoresHigher: 'הציונים של {b} גבוהים יותר ({p})',
    verdictScoresLower: 'הציונים של {b} נמוכים יותר ({p})',
    verdictNone: 'אין הבדל מובהק',
    comparisonQuestion: '{category} ({lower}–{upper})',
    interval: '{low} עד {high}',
  },
  SURVEY_STRINGS_HE_IL,
);
