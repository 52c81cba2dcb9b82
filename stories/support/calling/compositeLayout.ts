/**
 * Layout checks for the "In a calling app" demo, shared by the story's play functions and the Chromium test: the
 * `CallComposite` fills its box, its control bar sits at the bottom of the box, and the participant names are
 * inside the box without overlapping (the collapsed layout of issue 11 failed all three).
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';

const TOLERANCE = 1;

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Finds the composite's box (`data-testid="composite-box"`) and the composite's root element in it. */
export function compositeElements(root: HTMLElement): { box: HTMLElement; composite: HTMLElement } {
  const box = within(root).getByTestId('composite-box');
  const composite = box.firstElementChild as HTMLElement | null;
  if (!composite) throw new Error('the CallComposite rendered nothing in its box');
  return { box, composite };
}

/** The End call button of the composite's control bar. */
export async function findEndCallButton(root: HTMLElement): Promise<HTMLElement> {
  const { box } = compositeElements(root);
  return within(box).findByRole('button', { name: /^leave|end call/i });
}

/** Asserts the composite fills its box, the control bar is at its bottom and the given names do not overlap. */
export async function expectCompositeFillsBox(root: HTMLElement, names: readonly string[]): Promise<void> {
  const { box, composite } = compositeElements(root);
  const boxRect = box.getBoundingClientRect();
  const rect = composite.getBoundingClientRect();
  await expect(boxRect.height, 'the box has a real height').toBeGreaterThan(200);
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    await expect(Math.abs(rect[side] - boxRect[side]), `composite ${side} = box ${side}`).toBeLessThanOrEqual(TOLERANCE);
  }

  const endCall = (await findEndCallButton(root)).getBoundingClientRect();
  // The control bar is the last band of the box: End call's bottom within 100 px of the box's bottom, in the box.
  await expect(endCall.bottom, 'End call inside the box').toBeLessThanOrEqual(boxRect.bottom + TOLERANCE);
  await expect(boxRect.bottom - endCall.bottom, 'End call at the bottom of the box').toBeLessThan(100);
  await expect(endCall.top, 'End call in the lower half').toBeGreaterThan(boxRect.top + boxRect.height / 2);

  const labels = names.map((name) => {
    const found = within(box).getAllByText(name).map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
    if (found.length === 0) throw new Error(`no visible participant name "${name}"`);
    return { name, rect: found[0]! };
  });
  for (const { name, rect: r } of labels) {
    await expect(r.top >= boxRect.top - TOLERANCE && r.bottom <= boxRect.bottom + TOLERANCE, `${name} inside the box`).toBe(true);
  }
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      await expect(overlaps(labels[i]!.rect, labels[j]!.rect), `${labels[i]!.name} / ${labels[j]!.name} overlap`).toBe(false);
    }
  }
}

/**
 * Presses the composite's End call (its "Leave" button) and confirms communication-react's "Leave the call?"
 * dialog, as a user does.
 */
export async function endCallThroughComposite(root: HTMLElement): Promise<void> {
  await userEvent.click(await findEndCallButton(root));
  const body = within(root.ownerDocument.body);
  const question = await body.findByText(/^leave the call\?$/i);
  const confirm = question.closest<HTMLElement>('[role="dialog"]');
  if (!confirm) throw new Error('the "Leave the call?" confirmation is not a dialog');
  await userEvent.click(within(confirm).getByRole('button', { name: /^leave$/i }));
  await waitFor(() => expect(body.queryByText(/^leave the call\?$/i)).toBeNull());
}
