// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|tsx|mts|cts|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Strips comments (so TSDoc may mention `window`), keeping string literals. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every module specifier imported at runtime (not `import type` / `export type`). */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) {
    const isTypeOnly = m[2] !== undefined || /^\{\s*\}$/.test(m[3] ?? '') || /^\{(\s*type\s+[^,}]+,?)+\s*\}$/.test(m[3] ?? '');
    if (!isTypeOnly) specifiers.push(m[4]!);
  }
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) specifiers.push(m[1]!);
  for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!);
  return specifiers;
}

const forbiddenModule = (specifier: string) =>
  specifier === 'react' ||
  specifier.startsWith('react/') ||
  specifier === 'react-dom' ||
  specifier.startsWith('react-dom/') ||
  specifier.startsWith('@fluentui/') ||
  specifier.startsWith('@azure/');
const forbiddenGlobals = /\b(window|document|localStorage|sessionStorage|navigator)\b/;

describe('core stays pure', () => {
  const files = filesUnder(coreDir);

  it('finds the core modules', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const name = relative(coreDir, file);
    it(`${name} imports no React, DOM, Fluent or @azure runtime and uses no browser globals`, () => {
      const source = stripComments(readFileSync(file, 'utf8'));
      expect(runtimeImports(source).filter(forbiddenModule)).toEqual([]);
      expect(source.match(forbiddenGlobals)?.[0]).toBeUndefined();
    });
  }

  it('the checker itself catches what it must', () => {
    expect(runtimeImports("import { Features } from '@azure/communication-calling';").filter(forbiddenModule)).toEqual(['@azure/communication-calling']);
    expect(runtimeImports("import React from 'react';").filter(forbiddenModule)).toEqual(['react']);
    expect(runtimeImports("export { x } from '@fluentui/react-components';").filter(forbiddenModule)).toEqual(['@fluentui/react-components']);
    expect(runtimeImports("const m = await import('@azure/communication-react');").filter(forbiddenModule)).toEqual(['@azure/communication-react']);
    expect(runtimeImports("import type { CallSurvey } from '@azure/communication-calling';").filter(forbiddenModule)).toEqual([]);
    expect(runtimeImports("import { type CallSurvey } from '@azure/communication-calling';").filter(forbiddenModule)).toEqual([]);
    expect(forbiddenGlobals.test(stripComments('const w = window.innerWidth;'))).toBe(true);
    expect(forbiddenGlobals.test(stripComments('/** not the window */ const a = 1;'))).toBe(false);
  });
});

describe('each folder holds what its name says', () => {
  const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
  const deliveryFiles = filesUnder(join(srcDir, 'delivery'));
  const relativeImports = (file: string) =>
    runtimeImports(stripComments(readFileSync(file, 'utf8')))
      .concat(
        [...stripComments(readFileSync(file, 'utf8')).matchAll(/(?:^|\n)\s*(?:import|export)\s+type\s+[^'";]*?from\s*['"]([^'"]+)['"]/g)].map(
          (m) => m[1]!,
        ),
      )
      .filter((s) => s.startsWith('.'));

  it('delivery/ is framework-free and imports only core (and itself)', () => {
    expect(deliveryFiles.length).toBeGreaterThan(4);
    for (const file of deliveryFiles) {
      expect(runtimeImports(stripComments(readFileSync(file, 'utf8'))).filter(forbiddenModule), relative(srcDir, file)).toEqual([]);
      for (const specifier of relativeImports(file)) {
        expect(specifier.startsWith('./') || specifier.startsWith('../core/'), `${relative(srcDir, file)} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('react/ holds only hooks (and its index)', () => {
    const names = readdirSync(join(srcDir, 'react')).filter((name) => name !== 'index.ts');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name, name).toMatch(/^use[A-Z]\w*\.tsx?$/);
  });

  it('acs/ builds on delivery, never on the React folder', () => {
    for (const file of filesUnder(join(srcDir, 'acs'))) {
      for (const specifier of relativeImports(file)) expect(specifier, relative(srcDir, file)).not.toMatch(/\/react\//);
    }
  });
});
