import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor wait up to 5 s (default 1 s): these tests share two cores with the other projects under `npm test`.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
