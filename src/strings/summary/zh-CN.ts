/**
 * Chinese (Simplified) strings of the analytics dashboard. The category names and issue labels are the dialog's zh-CN strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_ZH_CN } from '../locales/zh-CN.js';

/** Chinese (Simplified) (zh-CN) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_ZH_CN: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'zh-CN',
    title: '通话结束调查摘要',
    totals: '{calls} 个通话 · {surveys} 份调查',
    empty: '此期间没有调查回复。',
    categoryHeading: '{category}（{lower}–{upper}，不高于 {threshold} 为低分）',
    distributionChartTitle: '{title}：{category}（{lower}–{upper}），各评分的受访者百分比',
    percentOfRespondents: '受访者百分比',
    numberOfResponses: '回复数',
    score: '评分',
    statisticsCaption: '{category}（{lower}–{upper}）统计',
    distributionCaption: '{category}（{lower}–{upper}）各评分的回复',
    statistic: '统计项',
    value: '值',
    responses: '回复（调查）',
    callsWithResponse: '有回复的通话',
    percentOfCalls: '占通话的百分比',
    mean: '平均评分',
    median: '评分中位数',
    standardDeviation: '标准差',
    lowScoreCutoff: '低分界限',
    lowScoreResponses: '低分（调查）',
    lowScorePercent: '低分占比 (%)',
    issuesHeading: '报告的问题',
    issuesChartTitle: '{title}：报告问题的占比',
    issuesCaption: '按频率排列的问题',
    noIssues: '未报告任何问题。',
    category: '类别',
    issue: '问题',
    sdkTag: 'SDK 标记',
    count: '调查',
    calls: '通话',
    issueLegend: '{category}：{issue}',
    comparisonCaption: '{b} 与 {a} 的比较',
    comparisonScale: '问题',
    comparisonMeans: '平均值（{a} / {b}）',
    comparisonMeanDifference: '平均值差异（95% 区间）',
    comparisonLowShares: '低分占比（{a} / {b}）',
    comparisonShareDifference: '占比差异，百分点（95% 区间）',
    comparisonVerdict: '结论',
    verdictShareLower: '{b} 的低分占比低 {points} 个百分点（{p}）',
    verdictShareHigher: '{b} 的低分占比高 {points} 个百分点（{p}）',
    verdictScoresHigher: '{b} 的评分更高（{p}）',
    verdictScoresLower: '{b} 的评分更低（{p}）',
    verdictNone: '无显著差异',
    comparisonQuestion: '{category}（{lower}–{upper}）',
    interval: '{low} 至 {high}',
  },
  SURVEY_STRINGS_ZH_CN,
);
