import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, inject, it } from 'vitest';


describe('the React the tests run on (Chromium)', () => {
  it('is 18 in npm test and 19 in npm run test:react19, react and react-dom alike', () => {
    expect(version.split('.')[0]).toBe(inject('reactMajor'));
    expect(domVersion).toBe(version);
  });
});
