// @vitest-environment node
/**
 * Server rendering in plain Node (no DOM): the dialog renders with `renderToString` closed and open, inside a
 * FluentProvider, without touching `document` or `window` and without an error logged. The open surface is a portal,
 * which Fluent mounts on the client only.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { FluentProvider, SSRProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/index.js';

function render(open: boolean): string {
  return renderToString(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>
        <main>call ended</main>
        <EndOfCallSurvey open={open} onSubmit={() => undefined} />
      </FluentProvider>
    </SSRProvider>,
  );
}

describe('EndOfCallSurvey on the server (plain Node, no DOM)', () => {
  it('has no document here', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it('renders closed', () => {
    const html = render(false);
    expect(html).toContain('call ended');
    expect(html).not.toContain('How was the call quality?');
  });

  it('renders open without throwing or logging an error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const html = render(true);
      expect(html).toContain('call ended');
      // The surface is portalled, and Fluent mounts portals only on the client (after hydration): the server HTML
      // holds the page around it, the browser then shows the dialog.
      expect(html).not.toContain('role="dialog"');
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
