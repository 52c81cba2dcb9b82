'use client';

import * as React from 'react';

/**
 * The wide-scale slider (`SurveyRatingSlider.tsx`) behind a dynamic `import()`: only wide scales (more than
 * `MAX_RADIO_POINTS` points) render it, so a 1–5 or 0–10 survey never loads it. `renderSurveyRating_unstable` shows
 * an empty rail of the same height while it loads, and on the server (`renderToString` renders that placeholder; the
 * client loads the slider).
 */
export const LazySurveyRatingSlider = React.lazy(() => import('./SurveyRatingSlider.js'));
