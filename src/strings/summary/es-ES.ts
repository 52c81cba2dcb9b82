/**
 * Spanish strings of the analytics dashboard. The category names and issue labels are the dialog's es-ES strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_ES_ES } from '../locales/es-ES.js';

/** Spanish (es-ES) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_ES_ES: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'es-ES',
    title: 'Resumen de la encuesta de fin de llamada',
    totals: '{calls} llamadas · {surveys} encuestas',
    empty: 'No hay respuestas a la encuesta en este periodo.',
    categoryHeading: '{category} ({lower}–{upper}, baja hasta {threshold})',
    distributionChartTitle: '{title}: {category} ({lower}–{upper}), porcentaje de encuestados por puntuación',
    percentOfRespondents: 'Porcentaje de encuestados',
    numberOfResponses: 'Número de respuestas',
    score: 'Puntuación',
    statisticsCaption: '{category} ({lower}–{upper}): estadísticas',
    distributionCaption: '{category} ({lower}–{upper}): respuestas por puntuación',
    statistic: 'Estadística',
    value: 'Valor',
    responses: 'Respuestas (encuestas)',
    callsWithResponse: 'Llamadas con respuesta',
    percentOfCalls: 'Porcentaje de llamadas',
    mean: 'Puntuación media',
    median: 'Puntuación mediana',
    standardDeviation: 'Desviación estándar',
    lowScoreCutoff: 'Límite de puntuación baja',
    lowScoreResponses: 'Puntuaciones bajas (encuestas)',
    lowScorePercent: 'Proporción de puntuaciones bajas (%)',
    issuesHeading: 'Problemas notificados',
    issuesChartTitle: '{title}: reparto de los problemas notificados',
    issuesCaption: 'Problemas por frecuencia',
    noIssues: 'No se notificó ningún problema.',
    category: 'Categoría',
    issue: 'Problema',
    sdkTag: 'Etiqueta del SDK',
    count: 'Encuestas',
    calls: 'Llamadas',
    issueLegend: '{category}: {issue}',
    comparisonCaption: '{b} en comparación con {a}',
    comparisonScale: 'Pregunta',
    comparisonMeans: 'Media ({a} / {b})',
    comparisonMeanDifference: 'Diferencia de medias (intervalo del 95 %)',
    comparisonLowShares: 'Proporción de puntuaciones bajas ({a} / {b})',
    comparisonShareDifference: 'Diferencia de proporción, puntos (intervalo del 95 %)',
    comparisonVerdict: 'Conclusión',
    verdictShareLower: 'La proporción de puntuaciones bajas de {b} es {points} puntos menor ({p})',
    verdictShareHigher: 'La proporción de puntuaciones bajas de {b} es {points} puntos mayor ({p})',
    verdictScoresHigher: 'Las puntuaciones de {b} son más altas ({p})',
    verdictScoresLower: 'Las puntuaciones de {b} son más bajas ({p})',
    verdictNone: 'Sin diferencia significativa',
    comparisonQuestion: '{category} ({lower}–{upper})',
    interval: '{low} a {high}',
  },
  SURVEY_STRINGS_ES_ES,
);
