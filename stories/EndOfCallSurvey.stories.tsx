import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CLOSE_WHILE_SENDING_AFTER_MS, DEFAULT_SURVEY_STRINGS } from '../src/index.js';
import { SurveyDemo } from './support/SurveyDemo.js';
import { MockCallingScreen } from './support/MockCallingScreen.js';
import { DEMO_LOCALES, LocaleGallery } from './support/LocaleGallery.js';

const meta = {
  title: 'Components/EndOfCallSurvey',
  component: SurveyDemo,
  parameters: {
    docs: {
      description: {
        component:
          'The two-step End of Call Survey dialog. Every story is a real survey (seeded random order) with a log of what `onSubmit` and `onDismiss` received.',
      },
    },
  },
  args: { seed: 1, submit: 'succeed' },
  argTypes: {
    submit: { control: 'inline-radio', options: ['succeed', 'slow', 'fail-once', 'fail-always', 'never-settles'] },
    comments: { control: 'boolean' },
    closeDelayMs: { control: 'number' },
  },
} satisfies Meta<typeof SurveyDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const audioTag = (tag: keyof typeof DEFAULT_SURVEY_STRINGS.issues.audioRating) =>
  DEFAULT_SURVEY_STRINGS.issues.audioRating[tag];

/** The seed's defaults: overall 1–5 (cutoff 2); audio, video and screen share as checkboxes. */
export const Default: Story = {};

/** A low overall score leads to step 2; the log shows the exact payload. */
export const LowRatingPath: Story = {
  play: async () => {
    const screen = body();
    await userEvent.click(await screen.findByRole('radio', { name: 'Poor' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await screen.findByRole('heading', { name: 'What could have been better?' });
    await waitFor(() => expect(heading).toHaveFocus());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Audio' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: audioTag('NoLocalAudio') }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const log = await screen.findByRole('log');
    await waitFor(() => expect(log).toHaveTextContent('"NoLocalAudio"'));
    await expect(log).toHaveTextContent('"overallRating"');
    await expect(log).toHaveTextContent('"score": 2');
  },
};

/** A high overall score submits straight from step 1. */
export const HighRatingPath: Story = {
  play: async () => {
    const screen = body();
    await userEvent.click(await screen.findByRole('radio', { name: 'Excellent' }));
    await expect(screen.getByText('Selected: Excellent')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const log = await screen.findByRole('log');
    await waitFor(() => expect(log).toHaveTextContent('"score": 5'));
    await expect(log).not.toHaveTextContent('audioRating');
  },
};

/** Overall 0–10 with cutoff 6 (a radio group of 11 points) and audio 1–5 with its own rating in step 2. */
export const CustomScales: Story = {
  args: {
    config: {
      overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } },
      audioRating: { scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } },
    },
  },
};

/** A 0–100 overall scale renders as a slider. */
export const WideScaleSlider: Story = {
  args: {
    config: {
      overallRating: { scale: { lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 } },
      videoRating: false,
      screenshareRating: false,
    },
  },
};

/** Only the overall question: no step 2. */
export const OverallOnly: Story = {
  args: { config: { overallRating: { issues: false }, audioRating: false, videoRating: false, screenshareRating: false } },
};

/** Overall not asked: the dialog starts at step 2. */
export const DetailsOnly: Story = {
  args: { config: { overallRating: false } },
};

/** A few tags per category. */
export const TagsLimited: Story = {
  args: {
    config: {
      overallRating: { issues: ['CallEndedUnexpectedly', 'OtherIssues'] },
      audioRating: { issues: ['NoLocalAudio', 'NoRemoteAudio', 'Echo'] },
      videoRating: { issues: ['Freezes', 'LowQuality'] },
      screenshareRating: false,
    },
  },
};

/** Optional free text per category, passed as `context.improvementSuggestions`. */
export const CommentsOn: Story = {
  args: { comments: true },
};

/** `onSubmit` takes a few seconds: busy surface, spinner, disabled inputs. */
export const SlowSubmit: Story = {
  args: { submit: 'slow', slowMs: 4000 },
};

/**
 * `onSubmit` never settles (e.g. a raw SDK call that hangs). Escape closes at once; after
 * `CLOSE_WHILE_SENDING_AFTER_MS` (5 s) an enabled "Close" replaces "Skip", so touch users are never held either.
 */
export const SubmitNeverSettles: Story = {
  args: { submit: 'never-settles' },
  play: async () => {
    const screen = body();
    await userEvent.click(await screen.findByRole('radio', { name: 'Good' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const close = await screen.findByRole('button', { name: 'Close' }, { timeout: CLOSE_WHILE_SENDING_AFTER_MS + 3000 });
    await userEvent.click(close);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('log')).toHaveTextContent('"step": "submitting"'));
  },
};

/** The first attempt fails; "Try again" sends the identical survey with the same idempotency key. */
export const FailingSubmitThenRetry: Story = {
  args: { submit: 'fail-once' },
  play: async () => {
    const screen = body();
    await userEvent.click(await screen.findByRole('radio', { name: 'Good' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const alert = await screen.findByRole('alert', {});
    await expect(alert).toHaveTextContent("We couldn't send your feedback");
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The log sits behind the modal dialog, so it is queried with hidden: true.
    const log = screen.getByRole('log', { hidden: true });
    await waitFor(() => expect(within(log).getAllByText(/^onSubmit:/)).toHaveLength(2));
    const [first, second] = within(log).getAllByText(/^onSubmit:/);
    await expect(second?.textContent).toBe(first?.textContent);
  },
};

/** One survey per shipped locale, each opened from its own button. */
export const EveryLocale: Story = {
  render: (args) => <LocaleGallery {...args} />,
  play: async () => {
    const screen = body();
    // Open each shipped locale's survey in turn: its title names the dialog, its "Skip" closes it.
    for (const { locale, strings } of DEMO_LOCALES) {
      // Wait for the opener to be reachable again (the previous modal has fully closed) before clicking it.
      if (!screen.queryByRole('dialog')) {
        await userEvent.click(await screen.findByRole('button', { name: locale }));
      }
      const dialog = await screen.findByRole('dialog', { name: strings.title });
      await expect(within(dialog).getByRole('radiogroup', { name: strings.overallPrompt })).toBeInTheDocument();
      await userEvent.click(within(dialog).getByRole('button', { name: strings.skip }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    await expect(screen.getByRole('log')).toHaveTextContent('"reason": "skip"');
  },
};

/** Web dark theme. */
export const ThemeWebDark: Story = { globals: { theme: 'web-dark' } };
/** Teams high contrast theme. */
export const ThemeTeamsHighContrast: Story = { globals: { theme: 'teams-high-contrast' } };
/** A custom brand theme (teal). */
export const ThemeBrandLight: Story = { globals: { theme: 'brand-light' } };
/** Teams dark theme. */
export const ThemeTeamsDark: Story = { globals: { theme: 'teams-dark' } };
/** Right to left: arrow keys are swapped in the rating. */
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** A fake call stage: "Leave" ends the call and opens the survey; focus returns to the button afterwards. */
export const InsideMockCallingScreen: Story = {
  render: (args) => <MockCallingScreen {...args} />,
  play: async () => {
    const screen = body();
    const leave = await screen.findByRole('button', { name: 'Leave' });
    await userEvent.click(leave);
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(screen.getByRole('log')).toHaveTextContent('"reason": "skip"');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rejoin' })).toHaveFocus());
  },
};
