#!/usr/bin/env node
// The end-of-call-survey CLI. The logic lives in src/analytics/cli.ts (built to dist/ by `npm run build`).
import { main } from '../dist/analytics/cli.js';

process.exitCode = await main(process.argv.slice(2));
