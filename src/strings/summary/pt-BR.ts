/**
 * Portuguese (Brazil) strings of the analytics dashboard. The category names and issue labels are the dialog's pt-BR strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_PT_BR } from '../locales/pt-BR.js';

/** Portuguese (Brazil) (pt-BR) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_PT_BR: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'pt-BR',
    title: 'Resumo da pesquisa de fim de chamada',
    totals: '{calls} chamadas · {surveys} pesquisas',
    empty: 'Nenhuma resposta à pesquisa neste período.',
    categoryHeading: '{category} ({lower}–{upper}, baixa até {threshold})',
    distributionChartTitle: '{title}: {category} ({lower}–{upper}), porcentagem de respondentes por nota',
    percentOfRespondents: 'Porcentagem de respondentes',
    numberOfResponses: 'Número de respostas',
    score: 'Nota',
    statisticsCaption: '{category} ({lower}–{upper}): estatísticas',
    distributionCaption: '{category} ({lower}–{upper}): respostas por nota',
    statistic: 'Estatística',
    value: 'Valor',
    responses: 'Respostas (pesquisas)',
    callsWithResponse: 'Chamadas com resposta',
    percentOfCalls: 'Porcentagem de chamadas',
    mean: 'Nota média',
    median: 'Nota mediana',
    standardDeviation: 'Desvio padrão',
    lowScoreCutoff: 'Limite de nota baixa',
    lowScoreResponses: 'Notas baixas (pesquisas)',
    lowScorePercent: 'Proporção de notas baixas (%)',
    issuesHeading: 'Problemas relatados',
    issuesChartTitle: '{title}: distribuição dos problemas relatados',
    issuesCaption: 'Problemas por frequência',
    noIssues: 'Nenhum problema foi relatado.',
    category: 'Categoria',
    issue: 'Problema',
    sdkTag: 'Tag do SDK',
    count: 'Pesquisas',
    calls: 'Chamadas',
    issueLegend: '{category}: {issue}',
    comparisonCaption: '{b} comparado com {a}',
    comparisonScale: 'Pergunta',
    comparisonMeans: 'Média ({a} / {b})',
    comparisonMeanDifference: 'Diferença de média (intervalo de 95 %)',
    comparisonLowShares: 'Proporção de notas baixas ({a} / {b})',
    comparisonShareDifference: 'Diferença de proporção, pontos (intervalo de 95 %)',
    comparisonVerdict: 'Conclusão',
    verdictShareLower: 'A proporção de notas baixas de {b} é {points} pontos menor ({p})',
    verdictShareHigher: 'A proporção de notas baixas de {b} é {points} pontos maior ({p})',
    verdictScoresHigher: 'As notas de {b} são mais altas ({p})',
    verdictScoresLower: 'As notas de {b} são mais baixas ({p})',
    verdictNone: 'Nenhuma diferença significativa',
    comparisonQuestion: '{category} ({lower}–{upper})',
    interval: '{low} a {high}',
  },
  SURVEY_STRINGS_PT_BR,
);
