import type { Meta, StoryObj } from '@storybook/react-vite';
import { Body1, Title2, tokens } from '@fluentui/react-components';
import { compareSurveySummaries, generateSampleSurveys, summarizeSurveys } from '../src/analytics/index.js';
import { SurveyComparisonTable, SurveySummaryDashboard } from '../src/charts/index.js';

const sample = summarizeSurveys(generateSampleSurveys(5000, 2026));
const empty = { totalCalls: 0, surveys: 0, categories: [], issues: [] };

const meta = {
  title: 'Analytics/Survey summary dashboard',
  component: SurveySummaryDashboard,
  args: { summary: sample },
} satisfies Meta<typeof SurveySummaryDashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** 5,000 generated surveys: most calls are good; a low overall score leads to the audio/video/screen-share step. */
export const SampleData: Story = {};

/** Dark theme, right to left. */
export const SampleDataDarkRtl: Story = { globals: { theme: 'web-dark', dir: 'rtl' } };

/** Nothing in the period. */
export const Empty: Story = { args: { summary: empty } };

const resourceA = summarizeSurveys(generateSampleSurveys(4000, 7, { lowScoreRate: 0.16, resourceId: 'acs-release-1' }));
const resourceB = summarizeSurveys(generateSampleSurveys(4000, 8, { lowScoreRate: 0.1, resourceId: 'acs-release-2' }));
const comparison = compareSurveySummaries(resourceA, resourceB, { labelA: 'Release 1', labelB: 'Release 2' });

function TwoResources() {
  return (
    <main style={{ padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL }}>
      <Title2 as="h1">Controlled experiment: two ACS resources</Title2>
      <Body1 as="p">Release 1 and Release 2 surveyed on separate resources; Release 2 is compared with Release 1.</Body1>
      <SurveyComparisonTable comparison={comparison} />
      <SurveySummaryDashboard summary={resourceA} strings={{ title: 'Release 1' }} />
      <SurveySummaryDashboard summary={resourceB} strings={{ title: 'Release 2' }} />
    </main>
  );
}

/** The seed's controlled experiment: two resources, compared with `compareSurveySummaries`. */
export const TwoResourceComparison: Story = { render: () => <TwoResources /> };
