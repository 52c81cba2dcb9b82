/**
 * French strings of the analytics dashboard. The category names and issue labels are the dialog's fr-FR strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_FR_FR } from '../locales/fr-FR.js';

/** French (fr-FR) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_FR_FR: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'fr-FR',
    title: 'Synthèse de l’enquête de fin d’appel',
    totals: '{calls} appels · {surveys} enquêtes',
    empty: 'Aucune réponse à l’enquête pour cette période.',
    categoryHeading: '{category} ({lower}–{upper}, faible jusqu’à {threshold})',
    distributionChartTitle: '{title} : {category} ({lower}–{upper}), pourcentage de répondants par note',
    percentOfRespondents: 'Pourcentage de répondants',
    numberOfResponses: 'Nombre de réponses',
    score: 'Note',
    statisticsCaption: '{category} ({lower}–{upper}) : statistiques',
    distributionCaption: '{category} ({lower}–{upper}) : réponses par note',
    statistic: 'Statistique',
    value: 'Valeur',
    responses: 'Réponses (enquêtes)',
    callsWithResponse: 'Appels avec une réponse',
    percentOfCalls: 'Pourcentage d’appels',
    mean: 'Note moyenne',
    median: 'Note médiane',
    standardDeviation: 'Écart type',
    lowScoreCutoff: 'Seuil de note faible',
    lowScoreResponses: 'Notes faibles (enquêtes)',
    lowScorePercent: 'Part de notes faibles (%)',
    issuesHeading: 'Problèmes signalés',
    issuesChartTitle: '{title} : répartition des problèmes signalés',
    issuesCaption: 'Problèmes par fréquence',
    noIssues: 'Aucun problème n’a été signalé.',
    category: 'Catégorie',
    issue: 'Problème',
    sdkTag: 'Balise SDK',
    count: 'Enquêtes',
    calls: 'Appels',
    issueLegend: '{category} : {issue}',
    comparisonCaption: '{b} comparé à {a}',
    comparisonScale: 'Question',
    comparisonMeans: 'Moyenne ({a} / {b})',
    comparisonMeanDifference: 'Écart de moyenne (intervalle à 95 %)',
    comparisonLowShares: 'Part de notes faibles ({a} / {b})',
    comparisonShareDifference: 'Écart de part, en points (intervalle à 95 %)',
    comparisonVerdict: 'Conclusion',
    verdictShareLower: 'La part de notes faibles de {b} est inférieure de {points} points ({p})',
    verdictShareHigher: 'La part de notes faibles de {b} est supérieure de {points} points ({p})',
    verdictScoresHigher: 'Les notes de {b} sont plus élevées ({p})',
    verdictScoresLower: 'Les notes de {b} sont plus basses ({p})',
    verdictNone: 'Aucune différence significative',
    comparisonQuestion: '{category} ({lower}–{upper})',
    interval: '{low} à {high}',
  },
  SURVEY_STRINGS_FR_FR,
);
