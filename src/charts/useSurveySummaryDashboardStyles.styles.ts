'use client';

import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { SurveySummaryDashboardState } from './SurveySummaryDashboard.types.js';

/** Static class names of the dashboard's slots (for app CSS). */
export const surveySummaryDashboardClassNames = {
  root: 'eocs-SurveySummaryDashboard',
  section: 'eocs-SurveySummaryDashboard__section',
  table: 'eocs-SurveySummaryDashboard__table',
  /** A text cell in a table (start-aligned; numbers are end-aligned). */
  textCell: 'eocs-SurveySummaryDashboard__textCell',
  /** The header of a numeric column (end-aligned, over its numbers). */
  numberHeader: 'eocs-SurveySummaryDashboard__numberHeader',
} as const;

/** The dashboard's styles: Fluent tokens only, so every theme (dark, high contrast) applies. */
export const useSurveySummaryDashboardStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  title: { ...typographyStyles.title3, margin: 0 },
  totals: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  empty: { ...typographyStyles.body1Strong, margin: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  tables: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'flex-start',
  },
  table: {
    borderCollapse: 'collapse',
    maxWidth: '100%',
    // SDK tags (`AudioStoppedUnexpectedly`) wrap at their inner capitals (see the render), else the table overflowed its card.
    '& code': { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
    ...typographyStyles.body1,
    '& caption': { ...typographyStyles.body1Strong, textAlign: 'start', paddingBottom: tokens.spacingVerticalS },
    '& th, & td': {
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      paddingLeft: tokens.spacingHorizontalS,
      paddingRight: tokens.spacingHorizontalS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
    '& td': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
    // Nested under the table so they outrank `& td` / `& th` (a lone class would not).
    [`& .${surveySummaryDashboardClassNames.textCell}`]: { textAlign: 'start' },
    [`& .${surveySummaryDashboardClassNames.numberHeader}`]: { textAlign: 'end' },
  },
  chart: { maxWidth: '100%', overflowX: 'auto' },
  tableScroll: { maxWidth: '100%', overflowX: 'auto' },
  // The chart library title-cases legend text ("Number Of Responses"); the legend reads as the tables do.
  legend: { textTransform: 'none' },
});

/** Fills `state.classes` (static class names first, the app's `className` last on the root). */
export function useSurveySummaryDashboardStyles_unstable(state: SurveySummaryDashboardState): SurveySummaryDashboardState {
  const styles = useSurveySummaryDashboardStyles();
  state.classes = {
    root: mergeClasses(surveySummaryDashboardClassNames.root, styles.root, state.className),
    title: styles.title,
    totals: styles.totals,
    empty: styles.empty,
    section: mergeClasses(surveySummaryDashboardClassNames.section, styles.section),
    heading: styles.heading,
    chart: styles.chart,
    tables: styles.tables,
    tableScroll: styles.tableScroll,
    table: mergeClasses(surveySummaryDashboardClassNames.table, styles.table),
    textCell: surveySummaryDashboardClassNames.textCell,
    numberHeader: surveySummaryDashboardClassNames.numberHeader,
    legend: styles.legend,
  };
  return state;
}
