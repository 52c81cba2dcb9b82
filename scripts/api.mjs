#!/usr/bin/env node
// npm run api:check / npm run api:update: the public API of every package.json entry point, as an
// @microsoft/api-extractor report in api/ (checked in, as Fluent does). The declarations are built once (tsc
// --emitDeclarationOnly into .api-dts/, git-ignored) and one TypeScript program serves every entry.
//   node scripts/api.mjs check   fails, naming the entries, when the surface differs from api/ (default)
//   node scripts/api.mjs update  rewrites api/ (commit the result with the change that caused it)
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const mode = process.argv[2] ?? 'check';
if (mode !== 'check' && mode !== 'update') {
  console.error(`api: unknown mode ${JSON.stringify(mode)}; use check or update.`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
// Not under node_modules: api-extractor treats every file there as an external package.
const dts = `${root}.api-dts`;
const temp = `${root}node_modules/.cache/api-report`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

const started = Date.now();
rmSync(dts, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--emitDeclarationOnly', '--declarationMap', 'false', '--sourceMap', 'false', '--outDir', dts],
  { cwd: root, stdio: 'inherit' },
);
mkdirSync(`${root}api`, { recursive: true });
mkdirSync(temp, { recursive: true });

/** `.` → `end-of-call-survey`, `./core` → `end-of-call-survey-core` … */
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([name, target]) => ({
    name,
    report: name === '.' ? pkg.name : `${pkg.name}-${name.slice(2).replace(/\//g, '-')}`,
    dts: `${dts}/${target.types.replace('./dist/', '')}`,
  }));

const messages = {
  // Everything is reported in the API file (where a reviewer sees it), nothing fails the run by itself.
  compilerMessageReporting: { default: { logLevel: 'warning' } },
  extractorMessageReporting: {
    default: { logLevel: 'none', addToApiReportFile: true },
    'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
    'ae-internal-missing-underscore': { logLevel: 'none', addToApiReportFile: false },
  },
  tsdocMessageReporting: { default: { logLevel: 'none' } },
};

const configs = entries.map((entry) =>
  ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.dts,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            types: ['node'],
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          },
          files: [entry.dts],
        },
      },
      apiReport: { enabled: true, reportFileName: entry.report, reportFolder: `${root}api/`, reportTempFolder: `${temp}/` },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages,
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: `${root}package.json`,
  }),
);

const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: entries.map((e) => e.dts) });
const changed = [];
let errors = 0;
for (const [i, config] of configs.entries()) {
  const entry = entries[i];
  const reportPath = `${root}api/${entry.report}.api.md`;
  const isNew = !existsSync(reportPath);
  const result = Extractor.invoke(config, {
    compilerState,
    localBuild: mode === 'update',
    showVerboseMessages: false,
    messageCallback: (message) => {
      // api-extractor's own "the report changed, copy it" notices: this script says it once, below.
      if (String(message.messageId).startsWith('console-') && message.logLevel !== 'error') message.handled = true;
    },
  });
  errors += result.errorCount;
  if (result.apiReportChanged || isNew) changed.push(entry.name);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(`api: api-extractor reported ${errors} error(s) (see above).`);
  process.exit(1);
}
if (mode === 'update') {
  console.log(changed.length ? `api: updated api/ for ${changed.join(', ')} (${seconds} s)` : `api: api/ already up to date (${seconds} s)`);
} else if (changed.length) {
  console.error(
    `api: the public API of ${changed.map((n) => `'${n}'`).join(', ')} differs from its report in api/.\n` +
      `     If the change is intended, run \`npm run api:update\` and commit api/ with it; the new reports are in\n` +
      `     node_modules/.cache/api-report/ (git diff --no-index api node_modules/.cache/api-report shows the difference).`,
  );
  process.exit(1);
} else {
  console.log(`api: the public API of ${entries.length} entry points matches api/ (${seconds} s)`);
}
