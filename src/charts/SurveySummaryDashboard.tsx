'use client';

import type * as React from 'react';
import { renderSurveySummaryDashboard_unstable } from './renderSurveySummaryDashboard.js';
import type { SurveySummaryDashboardProps } from './SurveySummaryDashboard.types.js';
import { useSurveySummaryDashboard_unstable } from './useSurveySummaryDashboard.js';
import { useSurveySummaryDashboardStyles_unstable } from './useSurveySummaryDashboardStyles.styles.js';

/**
 * The seed's End of Call Survey Summary as a dashboard: per (category, scale) a column chart of the percent of
 * respondents by score with the number of responses on a second axis, the statistics and distribution in accessible
 * tables, and a donut chart plus table of issue tags; an empty state when there are no responses. Themed by the
 * surrounding `FluentProvider` (tokens only); every word overridable through `strings`.
 */
export function SurveySummaryDashboard(props: SurveySummaryDashboardProps): React.ReactElement {
  const state = useSurveySummaryDashboard_unstable(props);
  useSurveySummaryDashboardStyles_unstable(state);
  return renderSurveySummaryDashboard_unstable(state);
}
