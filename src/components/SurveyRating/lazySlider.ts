import * as React from 'react';

/**
 * Fluent's `Slider` behind a dynamic `import()`: only wide scales (more than `MAX_RADIO_POINTS` points) render it,
 * so a 1–5 or 0–10 survey never loads it. `renderSurveyRating_unstable` shows a native range input with the same
 * name, value text and keyboard while it loads, and on the server (`renderToString` renders the fallback).
 */
export const LazySurveyRatingSlider = React.lazy(() => import('./SurveyRatingSlider.js'));
