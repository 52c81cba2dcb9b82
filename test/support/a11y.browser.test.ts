import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { AXE_RULES } from './a11y.js';

async function ruleViolations(html: string) {
  const host = document.createElement('main');
  host.innerHTML = html;
  document.body.append(host);
  axe.configure({ rules: [...AXE_RULES] });
  const result = await axe.run(host, { runOnly: ['aria-hidden-focus'], resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`));
}

afterEach(() => {
  document.body.querySelectorAll('main').forEach((m) => m.remove());
  axe.reset();
});

describe('the axe exception for Tabster', () => {
  it("leaves out only Tabster's focus redirectors", async () => {
    expect(await ruleViolations('<p>Text</p><i data-tabster-dummy="" aria-hidden="true" tabindex="0"></i>')).toEqual([]);
  });

  it('still fails any other focusable element hidden from screen readers', async () => {
    const violations = await ruleViolations(
      '<i aria-hidden="true" tabindex="0"></i><div aria-hidden="true"><button>Send</button></div>',
    );
    expect(violations).toHaveLength(2);
    expect(violations.every((v) => v.startsWith('aria-hidden-focus'))).toBe(true);
  });
});
