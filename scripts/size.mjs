#!/usr/bin/env node
// npm run size (part of npm test): the gzip size of what an app pays for each entry point, bundled from the built dist/ (Griffel AOT styles; rebuilt first when stale)
// with esbuild (minified, peers external), checked against the budgets in size-budget.json. Fails when an entry
// grows past its budget; `node scripts/size.mjs --update` writes the measured sizes (+2 % headroom) as budgets.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureEntries } from './lib/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const budgetFile = new URL('../size-budget.json', import.meta.url);
const update = process.argv.includes('--update');
const budgets = update ? {} : JSON.parse(readFileSync(budgetFile, 'utf8'));
const sizes = await measureEntries(root);
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let failed = 0;
const lines = [];
for (const { name, gzip } of sizes) {
  const budget = budgets[name];
  if (update) budgets[name] = Math.ceil(gzip * 1.02);
  const over = !update && (budget === undefined || gzip > budget);
  if (over) failed++;
  lines.push(`  ${over ? '✗' : '✓'} ${name.padEnd(56)} ${kb(gzip).padStart(9)} gzip${budget === undefined ? (update ? '' : '  (no budget)') : `  budget ${kb(budget)}`}`);
}
console.log(`size: gzip of each entry point, minified, peers external\n${lines.join('\n')}`);
if (update) {
  writeFileSync(budgetFile, JSON.stringify(budgets, null, 2) + '\n');
  console.log('size: wrote size-budget.json');
} else if (failed) {
  console.error(
    `\nsize: ${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget. Make it smaller, or if the growth is deliberate, run\n` +
      '  node scripts/size.mjs --update\nand commit size-budget.json with a message that says why.\n',
  );
  process.exit(1);
}
