/**
 * The README's "Replacing the CallComposite's built-in survey" example works as written: the component in
 * support/ReadmeCallScreen.tsx is the README's code block (checked below), mounted on a fake CallAdapter with the
 * CallComposite itself stubbed (its real render needs a live call).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { CallAdapter } from '@azure/communication-react';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';
import type { SurveyTriggerAdapterState, SurveyTriggerCallEndedEvent } from '../../src/index.js';

const compositeOptions = vi.hoisted(() => [] as unknown[]);
vi.mock('@azure/communication-react', () => ({
  CallComposite: (props: { options?: unknown }) => {
    compositeOptions.push(props.options);
    return null;
  },
}));

const { CallScreen } = await import('./support/ReadmeCallScreen.js');
const S = DEFAULT_SURVEY_STRINGS;

function readmeBlock(): string {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  const from = readme.indexOf("### Replacing the CallComposite's built-in survey");
  const block = /```tsx\n([\s\S]*?)```/.exec(readme.slice(from));
  return (block?.[1] ?? '')
    .replace("from 'end-of-call-survey/acs'", "from '../../../src/acs/index.js'")
    .replace("from 'end-of-call-survey'", "from '../../../src/index.js'");
}

class FakeCallAdapter {
  private ended = new Set<(e: SurveyTriggerCallEndedEvent) => void>();
  private stateHandlers = new Set<(s: SurveyTriggerAdapterState) => void>();
  state: SurveyTriggerAdapterState = { userId: { rawId: '8:acs:me' } };
  submitSurvey = vi.fn(async (survey: unknown) => ({ ...(survey as object), id: 'acs-survey-1' }));
  on = (_e: string, l: (e: SurveyTriggerCallEndedEvent) => void) => void this.ended.add(l);
  off = (_e: string, l: (e: SurveyTriggerCallEndedEvent) => void) => void this.ended.delete(l);
  getState = () => this.state;
  onStateChange = (h: (s: SurveyTriggerAdapterState) => void) => void this.stateHandlers.add(h);
  offStateChange = (h: (s: SurveyTriggerAdapterState) => void) => void this.stateHandlers.delete(h);
  runCall(id: string, seconds: number, call: Record<string, unknown> = {}) {
    this.state = { ...this.state, call: { id, state: 'Connected', ...call } as never };
    for (const h of this.stateHandlers) h(this.state);
    now += seconds * 1000;
    this.state = { ...this.state, call: undefined };
    for (const l of [...this.ended]) l({ callId: id, code: 0, subCode: 0 });
  }
}
let now = Date.UTC(2026, 0, 1);

describe("README: Replacing the CallComposite's built-in survey", () => {
  it('the support file is the README code block', () => {
    expect(readFileSync(resolve(process.cwd(), 'test/react/support/ReadmeCallScreen.tsx'), 'utf8')).toContain(readmeBlock());
  });

  it('turns off the built-in survey, skips a short call, surveys the next and delivers through adapter.submitSurvey', async () => {
    localStorage.clear();
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => now);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    // The README's 20 % sample: pick a call id in the sample (decideSurvey is deterministic per call id).
    const { decideSurvey } = await import('../../src/delivery/index.js');
    const sampledId = Array.from({ length: 200 }, (_, i) => `call-${i}`).find(
      (id) => decideSurvey({ info: { callId: id, connected: true, modalities: { video: false, screenshare: false } }, policy: { sampleRate: 0.2 }, key: `${id}:8:acs:me`, now }).decision === 'open',
    )!;
    try {
      const user = userEvent.setup({ advanceTimers: () => undefined });
      const adapter = new FakeCallAdapter();
      render(<CallScreen adapter={adapter as unknown as CallAdapter} />);
      expect(compositeOptions.at(-1)).toEqual({ surveyOptions: { disableSurvey: true } });

      act(() => adapter.runCall(sampledId, 10)); // under minCallDurationSeconds: 30
      expect(screen.queryByRole('dialog')).toBeNull();

      act(() => adapter.runCall(sampledId, 120));
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).queryByRole('checkbox', { name: 'Video' })).toBeNull();
      await user.click(within(dialog).getByRole('radio', { name: new RegExp(S.ratingLabels[4] ?? 'Excellent') }));
      await user.click(within(dialog).getByRole('button', { name: S.submit }));
      await screen.findByRole('heading', { name: S.thankYou });
      expect(adapter.submitSurvey).toHaveBeenCalledTimes(1);
      expect(adapter.submitSurvey.mock.calls[0]?.[0]).toMatchObject({ overallRating: { score: 5 } });
      expect(info.mock.calls.map((c) => c[1])).toEqual(['shown', 'submitted']);
      expect(info.mock.calls[1]?.[3]).toBe('acs-survey-1');
    } finally {
      spy.mockRestore();
      info.mockRestore();
    }
  });
});
