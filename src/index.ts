'use client';

/**
 * end-of-call-survey: the survey dialog, its headless hook, strings, and the submission hook.
 * The pure core (config, flow, payloads) is re-exported for convenience; it is also `end-of-call-survey/core`.
 */
export * from './core/index.js';
export * from './strings/index.js';
export * from './components/index.js';
export * from './delivery/index.js';
export * from './react/index.js';
