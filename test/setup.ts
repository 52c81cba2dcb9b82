import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Testing Library only cleans up by itself when Vitest globals are on; they are not, so unmount here.
afterEach(() => {
  cleanup();
});

// The ACS Calling SDK touches MediaStream at import time; jsdom has none.
if (typeof (globalThis as { MediaStream?: unknown }).MediaStream === 'undefined') {
  (globalThis as { MediaStream?: unknown }).MediaStream = class MediaStream {};
}
