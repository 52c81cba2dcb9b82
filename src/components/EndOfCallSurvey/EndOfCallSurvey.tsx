'use client';

import type * as React from 'react';
import { useEndOfCallSurveyState_unstable } from './useEndOfCallSurveyState.js';
import { useEndOfCallSurveyStyles_unstable } from './useEndOfCallSurveyStyles.styles.js';
import { renderEndOfCallSurvey_unstable } from './renderEndOfCallSurvey.js';
import type { EndOfCallSurveyProps } from './EndOfCallSurvey.types.js';

/**
 * The ACS End of Call Survey as a Fluent UI v9 modal dialog: step 1 asks the overall rating; step 2 (only after a low
 * overall score, or first when overall is not asked) asks what could have been better, in a randomized order.
 * `onSubmit` receives exactly what `buildCallSurvey` returns for the answers.
 *
 * @example
 * <EndOfCallSurvey open={open} onOpenChange={(_, d) => setOpen(d.open)} onSubmit={submitterForCall(call)} />
 */
export function EndOfCallSurvey(props: EndOfCallSurveyProps): React.ReactElement {
  const state = useEndOfCallSurveyState_unstable(props);
  useEndOfCallSurveyStyles_unstable(state);
  return renderEndOfCallSurvey_unstable(state);
}
