import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CallingAppDemo } from './support/calling/CallingAppDemo.js';
import { endCallThroughComposite, expectCompositeFillsBox, findEndCallButton } from './support/calling/compositeLayout.js';

/**
 * The survey inside a calling app: communication-react's real `CallComposite` (its built-in survey off) on a fake
 * `CallAdapter` with two remote participants. End call opens the kit's survey (`useSurveyTrigger` on the adapter's
 * `callEnded`), which submits through `submitterForCallAdapter(adapter)` and `useSurveySubmission`. The log shows
 * the adapter calls and the telemetry events.
 */
const meta = {
  title: 'Integration/In a calling app',
  component: CallingAppDemo,
  parameters: {
    layout: 'fullscreen',
    // axe checks the kit's survey and the demo chrome, not communication-react's composite: the composite has
    // findings of its own in 1.34 (nested-interactive on its split buttons, aria-hidden-focus on its LayerHost).
    a11y: { context: { exclude: ['[data-testid="composite-box"]'] } },
  },
  args: { dark: false, submit: 'succeed', sampleRate: 1 },
  argTypes: {
    submit: { control: 'inline-radio', options: ['succeed', 'not-sent-once', 'hang'] },
    sampleRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
} satisfies Meta<typeof CallingAppDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const NAMES = ['Ada Lovelace', 'Grace Hopper'] as const;

/** In a call: the composite fills its box, control bar at the bottom. Press Leave to see the survey. */
export const InACall: Story = {
  play: async ({ canvasElement }) => {
    await findEndCallButton(canvasElement);
    await expectCompositeFillsBox(canvasElement, NAMES);
  },
};

/** End the call, rate it Good and submit: the adapter receives exactly one survey and the dialog thanks the user. */
export const EndCallAndSubmit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await endCallThroughComposite(canvasElement);
    const dialog = await body.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('radio', { name: /good/i }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(canvas.getByLabelText('Submission status').textContent).toBe('submitted'), {
      timeout: 5000,
    });
    await expect(canvas.getByText(/onEvent submitted surveyId=demo-survey-1/)).toBeInTheDocument();
    await expect(canvas.queryAllByText(/adapter.submitSurvey #/)).toHaveLength(1);
  },
};

/** The SDK reports 408/45101 ("not sent") once: the hook retries by itself and the survey arrives once. */
export const RetriedAfterNotSent: Story = {
  args: { submit: 'not-sent-once' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await endCallThroughComposite(canvasElement);
    const dialog = await body.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('radio', { name: /excellent/i }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(canvas.getByText(/attempts=2/)).toBeInTheDocument(), { timeout: 5000 });
    await expect(canvas.getByLabelText('Submission status').textContent).toBe('submitted');
  },
};

/** Dark: communication-react's dark theme, and the survey themed from it with `v9ThemeFromV8`. */
export const Dark: Story = {
  args: { dark: true },
  globals: { theme: 'web-dark' },
  play: async ({ canvasElement }) => {
    await findEndCallButton(canvasElement);
    await expectCompositeFillsBox(canvasElement, NAMES);
  },
};
