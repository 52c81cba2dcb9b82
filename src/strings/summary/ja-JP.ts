/**
 * Japanese strings of the analytics dashboard. The category names and issue labels are the dialog's ja-JP strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_JA_JP } from '../locales/ja-JP.js';

/** Japanese (ja-JP) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_JA_JP: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'ja-JP',
    title: '通話終了アンケートの概要',
    totals: '通話 {calls} 件 · アンケート {surveys} 件',
    empty: 'この期間のアンケート回答はありません。',
    categoryHeading: '{category}（{lower}–{upper}、{threshold} 以下は低評価）',
    distributionChartTitle: '{title}: {category}（{lower}–{upper}）、評価別の回答者の割合',
    percentOfRespondents: '回答者の割合 (%)',
    numberOfResponses: '回答数',
    score: '評価',
    statisticsCaption: '{category}（{lower}–{upper}）の統計',
    distributionCaption: '{category}（{lower}–{upper}）の評価別回答数',
    statistic: '統計',
    value: '値',
    responses: '回答（アンケート）',
    callsWithResponse: '回答のあった通話',
    percentOfCalls: '通話に占める割合 (%)',
    mean: '平均評価',
    median: '評価の中央値',
    standardDeviation: '標準偏差',
    lowScoreCutoff: '低評価の基準',
    lowScoreResponses: '低評価（アンケート）',
    lowScorePercent: '低評価の割合 (%)',
    issuesHeading: '報告された問題',
    issuesChartTitle: '{title}: 報告された問題の内訳',
    issuesCaption: '頻度順の問題',
    noIssues: '問題は報告されていません。',
    category: 'カテゴリ',
    issue: '問題',
    sdkTag: 'SDK タグ',
    count: 'アンケート',
    calls: '通話',
    issueLegend: '{category}: {issue}',
    comparisonCaption: '{a} と比較した {b}',
    comparisonScale: '質問',
    comparisonMeans: '平均（{a} / {b}）',
    comparisonMeanDifference: '平均の差（95% 区間）',
    comparisonLowShares: '低評価の割合（{a} / {b}）',
    comparisonShareDifference: '割合の差、ポイント（95% 区間）',
    comparisonVerdict: '結論',
    verdictShareLower: '{b} の低評価の割合は {points} ポイント低い（{p}）',
    verdictShareHigher: '{b} の低評価の割合は {points} ポイント高い（{p}）',
    verdictScoresHigher: '{b} の評価の方が高い（{p}）',
    verdictScoresLower: '{b} の評価の方が低い（{p}）',
    verdictNone: '有意な差はありません',
    comparisonQuestion: '{category}（{lower}–{upper}）',
    interval: '{low}～{high}',
  },
  SURVEY_STRINGS_JA_JP,
);
