/**
 * Issue 11: the "In a calling app" demo renders communication-react's real `CallComposite` correctly, measured in
 * Chromium at desktop sizes: the composite's root is exactly its box, the control bar (End call) sits at the bottom
 * of the box, the participant names are inside it and do not overlap; and End call (the composite's Leave, then
 * its "Leave the call?" confirmation) opens the kit's survey, not the composite's built-in one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CallingAppDemo } from '../../stories/support/calling/CallingAppDemo.js';
import {
  compositeElements,
  endCallThroughComposite,
  expectCompositeFillsBox,
  findEndCallButton,
} from '../../stories/support/calling/compositeLayout.js';
import { settle } from '../visual/support.js';

afterEach(async () => {
  await page.viewport(414, 896);
});

const NAMES = ['Ada Lovelace', 'Grace Hopper'] as const;

function renderDemo() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CallingAppDemo />
    </FluentProvider>,
  );
}

describe('CallComposite in the calling-app demo', () => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    it(`fills its box with the control bar at the bottom at ${width}×${height}`, async () => {
      await page.viewport(width, height);
      const { container } = renderDemo();
      await findEndCallButton(container);
      await settle(container);
      await expectCompositeFillsBox(container, NAMES);

      const { box } = compositeElements(container);
      const boxRect = box.getBoundingClientRect();
      // The box is the page's row: the viewport's height less the page padding, no blank band below.
      expect(boxRect.bottom).toBeGreaterThan(height - 40);
      expect(boxRect.height).toBeGreaterThan(height - 80);
      // For people: __screenshots__/ is git-ignored (no baseline; the assertions above are the check).
      await page.screenshot({ path: `__screenshots__/CallCompositeLayout/call-composite-${width}x${height}.png` });
    });
  }

  it('opens the kit survey after End call, with the composite built-in survey off', async () => {
    await page.viewport(1280, 800);
    const { container } = renderDemo();
    await endCallThroughComposite(container);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('radio', { name: /good/i });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    // The composite's left-call page still fills the box.
    const { box, composite } = compositeElements(container);
    expect(composite.getBoundingClientRect().height).toBeCloseTo(box.getBoundingClientRect().height, 0);
    await settle(document.body);
    await page.screenshot({ path: '__screenshots__/CallCompositeLayout/call-composite-survey-open.png' });
  });
});
