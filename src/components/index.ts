'use client';

/** The survey's React components: the `EndOfCallSurvey` dialog and its `SurveyRating` control. */
export * from './EndOfCallSurvey/index.js';
export * from './SurveyRating/index.js';
