export * from './survey/index.js';
export * from './submission/index.js';
