/**
 * Arabic strings of the analytics dashboard. The category names and issue labels are the dialog's ar-SA strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_AR_SA } from '../locales/ar-SA.js';

/** Arabic (ar-SA) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_AR_SA: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'ar-SA',
    title: 'ملخص استطلاع نهاية المكالمة',
    totals: '{calls} مكالمة · {surveys} استطلاع',
    empty: 'لا توجد ردود على الاستطلاع في هذه الفترة.',
    categoryHeading: '{category} ({lower}–{upper}، منخفض عند {threshold} أو أقل)',
    distributionChartTitle: '{title}: {category} ({lower}–{upper})، نسبة المستجيبين حسب التقييم',
    percentOfRespondents: 'نسبة المستجيبين',
    numberOfResponses: 'عدد الردود',
    score: 'التقييم',
    statisticsCaption: 'إحصاءات {category} ({lower}–{upper})',
    distributionCaption: 'ردود {category} ({lower}–{upper}) حسب التقييم',
    statistic: 'الإحصاء',
    value: 'القيمة',
    responses: 'الردود (استطلاعات)',
    callsWithResponse: 'المكالمات التي بها رد',
    percentOfCalls: 'نسبة المكالمات',
    mean: 'متوسط التقييم',
    median: 'وسيط التقييم',
    standardDeviation: 'الانحراف المعياري',
    lowScoreCutoff: 'حد التقييم المنخفض',
    lowScoreResponses: 'التقييمات المنخفضة (استطلاعات)',
    lowScorePercent: 'نسبة التقييمات المنخفضة (%)',
    issuesHeading: 'المشكلات المُبلغ عنها',
    issuesChartTitle: '{title}: توزيع المشكلات المُبلغ عنها',
    issuesCaption: 'المشكلات حسب التكرار',
    noIssues: 'لم يتم الإبلاغ عن أي مشكلات.',
    category: 'الفئة',
    issue: 'المشكلة',
    sdkTag: 'وسم SDK',
    count: 'الاستطلاعات',
    calls: 'المكالمات',
    issueLegend: '{category}: {issue}',
    comparisonCaption: '{b} مقارنة بـ {a}',
    comparisonScale: 'السؤال',
    comparisonMeans: 'المتوسط ({a} / {b})',
    comparisonMeanDifference: 'فرق المتوسط (فترة 95 %)',
    comparisonLowShares: 'نسبة التقييمات المنخفضة ({a} / {b})',
    comparisonShareDifference: 'فرق النسبة بالنقاط (فترة 95 %)',
    comparisonVerdict: 'النتيجة',
    verdictShareLower: 'نسبة التقييمات المنخفضة لـ {b} أقل بمقدار {points} نقطة ({p})',
    verdictShareHigher: 'نسبة التقييمات المنخفضة لـ {b} أعلى بمقدار {points} نقطة ({p})',
    verdictScoresHigher: 'تقييمات {b} أعلى ({p})',
    verdictScoresLower: 'تقييمات {b} أقل ({p})',
    verdictNone: 'لا يوجد فرق ذو دلالة',
    comparisonQuestion: '{category} ({lower}–{upper})',
    interval: '{low} إلى {high}',
  },
  SURVEY_STRINGS_AR_SA,
);
