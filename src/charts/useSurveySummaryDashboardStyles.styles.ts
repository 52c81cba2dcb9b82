import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { SurveySummaryDashboardState } from './SurveySummaryDashboard.types.js';

/** Static class names of the dashboard's slots (for app CSS). */
export const surveySummaryDashboardClassNames = {
  root: 'eocs-SurveySummaryDashboard',
  section: 'eocs-SurveySummaryDashboard__section',
  table: 'eocs-SurveySummaryDashboard__table',
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
  },
  textCell: { '&&': { textAlign: 'start' } },
  chart: { maxWidth: '100%', overflowX: 'auto' },
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
    table: mergeClasses(surveySummaryDashboardClassNames.table, styles.table),
    textCell: styles.textCell,
  };
  return state;
}
