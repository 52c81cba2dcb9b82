// Griffel ahead-of-time compilation, as Fluent UI ships its own styles: every `makeStyles` /
// `makeResetStyles` call in the built JavaScript becomes `__styles` / `__resetStyles` with the atomic CSS
// pre-computed (@griffel/babel-preset, the preset Fluent's babel config applies to its lib output), so the app
// pays neither the style objects nor their resolution at runtime. Source maps are chained onto tsc's.
//
// Run as a child of scripts/build.mjs with `--no-experimental-require-module`: the preset evaluates the style
// modules (and @fluentui/react-components' CommonJS build) in a VM through its own require, which breaks when
// Node 20.19+ lets require() load ESM (@swc/helpers' ESM files are then picked up).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { transformAsync } from '@babel/core';

// The preset's own evaluator (its default first rule), resolved from the preset so no extra dependency is needed.
const presetRequire = createRequire(createRequire(import.meta.url).resolve('@griffel/babel-preset'));
const shaker = presetRequire('@linaria/shaker').default;

const STYLE_CALL = /\b(makeStyles|makeResetStyles|makeStaticStyles)\(/;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** Compiles the style calls of every .js file under `outDir` in place; returns the files it rewrote. */
export async function compileGriffelStyles(outDir, root) {
  const rewritten = [];
  for (const file of walk(outDir)) {
    const code = readFileSync(file, 'utf8');
    if (!STYLE_CALL.test(code)) continue;
    const mapFile = `${file}.map`;
    const inputSourceMap = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : undefined;
    const result = await transformAsync(code, {
      filename: file,
      cwd: root,
      babelrc: false,
      configFile: false,
      sourceMaps: Boolean(inputSourceMap),
      inputSourceMap,
      presets: [
        [
          '@griffel/babel-preset',
          {
            projectRoot: root,
            // The preset's default rules, except that an output directory inside node_modules (a test's build)
            // is still shaken and evaluated rather than ignored as a package.
            evaluationRules: [
              { action: shaker },
              { test: (path) => /[/\\]node_modules[/\\]/.test(path) && !path.startsWith(outDir), action: 'ignore' },
            ],
          },
        ],
      ],
    });
    if (!result?.code) throw new Error(`griffel-aot: no output for ${relative(root, file)}`);
    if (STYLE_CALL.test(result.code)) throw new Error(`griffel-aot: ${relative(root, file)} still calls ${result.code.match(STYLE_CALL)[1]}`);
    const mapName = mapFile.slice(mapFile.lastIndexOf('/') + 1);
    writeFileSync(file, result.code.replace(/\n?\/\/# sourceMappingURL=.*$/m, '') + (result.map ? `\n//# sourceMappingURL=${mapName}\n` : '\n'));
    if (result.map) writeFileSync(mapFile, JSON.stringify({ ...result.map, file: file.slice(file.lastIndexOf('/') + 1), sources: inputSourceMap.sources, sourceRoot: inputSourceMap.sourceRoot }));
    rewritten.push(relative(root, file));
  }
  return rewritten;
}

// As a script: node --no-experimental-require-module scripts/lib/griffel-aot.mjs <outDir> <root>
if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, root] = process.argv.slice(2);
  const files = await compileGriffelStyles(outDir, root);
  console.log(`build: griffel AOT compiled ${files.length} style module${files.length === 1 ? '' : 's'} (${files.join(', ')})`);
}
