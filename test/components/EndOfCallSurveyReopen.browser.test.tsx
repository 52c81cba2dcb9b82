import { describe, expect, it } from 'vitest';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  webLightTheme,
} from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/components/index.js';
import { createSeededRandom } from '../../src/core/index.js';
import { Harness } from './support/harness.js';

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

/** Whether Chromium's accessibility tree (what a screen reader gets) has a dialog with this name. */
interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

function frameIds(tree: FrameTree): string[] {
  return [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frameIds)];
}

/** Whether Chromium's accessibility tree (what a screen reader gets) has a dialog with this name (in any frame:
 * the test runs inside the runner's iframe). */
async function dialogInAccessibilityTree(name: string): Promise<boolean> {
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: FrameTree };
  for (const frameId of frameIds(frameTree)) {
    const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    if (nodes.some((n) => !n.ignored && n.role?.value === 'dialog' && n.name?.value === name)) return true;
  }
  return false;
}

function inside(surface: HTMLElement): boolean {
  return document.activeElement !== null && surface.contains(document.activeElement);
}

describe('every opening is as accessible as the first (Chromium)', () => {
  it('open, close, open again (three times): in the accessibility tree, focus trapped by Tab / Shift+Tab, a star click keeps focus', async () => {
    render(<Harness withOpener random={createSeededRandom(4)} />);
    const opener = screen.getByRole('button', { name: 'Leave call' });
    const closers = ['{Escape}', 'skip', '{Escape}'];
    for (let opening = 1; opening <= 3; opening++) {
      opener.focus();
      await userEvent.keyboard('{Enter}');
      const surface = await screen.findByRole('dialog', { name: 'Call feedback' });
      expect(surface.getAttribute('aria-hidden'), `opening ${opening}: surface aria-hidden`).toBeNull();
      await waitFor(async () => expect(await dialogInAccessibilityTree('Call feedback')).toBe(true));
      await waitFor(() => expect(inside(surface), `opening ${opening}: focus inside`).toBe(true));

      for (let i = 0; i < 10; i++) {
        await userEvent.keyboard('{Tab}');
        expect(inside(surface), `opening ${opening}: Tab #${i + 1} left the dialog`).toBe(true);
      }
      for (let i = 0; i < 10; i++) {
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
        expect(inside(surface), `opening ${opening}: Shift+Tab #${i + 1} left the dialog`).toBe(true);
      }
      const group = screen.getByRole('radiogroup', { name: 'How was the call quality?' });
      // A fresh survey: nothing selected.
      for (const radio of within(group).getAllByRole('radio')) expect((radio as HTMLInputElement).checked).toBe(false);
      await userEvent.click(within(group).getByRole('radio', { name: 'Good' }));
      expect(inside(surface), `opening ${opening}: the star click moved focus out`).toBe(true);

      const closer = closers[opening - 1]!;
      if (closer === 'skip') await userEvent.click(screen.getByRole('button', { name: 'Skip' }));
      else await userEvent.keyboard(closer);
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    }
  });
});

/** An app that shows its own dialog ("Call ended") as soon as the survey closes. */
function SurveyThenAppDialog() {
  const [survey, setSurvey] = React.useState(false);
  const [ended, setEnded] = React.useState(false);
  return (
    <FluentProvider theme={webLightTheme}>
      <button onClick={() => setSurvey(true)}>Leave call</button>
      <EndOfCallSurvey
        open={survey}
        random={createSeededRandom(4)}
        onOpenChange={(_ev, data) => {
          setSurvey(data.open);
          if (!data.open) setEnded(true);
        }}
        onSubmit={() => undefined}
      />
      <Dialog open={ended} onOpenChange={(_ev, data) => setEnded(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Call ended</DialogTitle>
            <DialogActions>
              <Button onClick={() => setEnded(false)}>Rejoin</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}

describe('a dialog the app opens as the survey closes (Chromium)', () => {
  it('keeps its focus and stays in the accessibility tree: the survey does not take focus back to its opener', async () => {
    render(<SurveyThenAppDialog />);
    const opener = screen.getByRole('button', { name: 'Leave call' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Call feedback' });
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }));
    const ended = await screen.findByRole('dialog', { name: 'Call ended' });
    await waitFor(() => expect(inside(ended)).toBe(true));
    // Past the survey's second attempt to give focus back (250 ms after closing).
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(inside(ended), 'focus left the app dialog').toBe(true);
    expect(ended.closest('[aria-hidden="true"]')).toBeNull();
    expect(await dialogInAccessibilityTree('Call ended')).toBe(true);
    await userEvent.click(within(ended).getByRole('button', { name: 'Rejoin' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
