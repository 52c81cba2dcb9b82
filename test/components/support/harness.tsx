import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../../src/components/index.js';
import type { EndOfCallSurveyProps } from '../../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../../src/strings/index.js';
import type { Issue, SurveyCategory } from '../../../src/core/types.js';
export { deferred } from '../../support/deferred.js';

/** Props of the test harness: the dialog's props plus the provider's theme and direction. */
export interface HarnessProps extends Partial<EndOfCallSurveyProps> {
  theme?: Theme;
  dir?: 'ltr' | 'rtl';
  /** Render an opener button and start closed. */
  withOpener?: boolean;
}

/** A controlled survey inside a FluentProvider, closing itself on `onOpenChange`, thank-you delay 0. */
export function Harness({ theme = webLightTheme, dir = 'ltr', withOpener = false, ...props }: HarnessProps) {
  const [open, setOpen] = React.useState(!withOpener);
  return (
    <FluentProvider theme={theme} dir={dir}>
      {withOpener ? <button onClick={() => setOpen(true)}>Leave call</button> : null}
      <EndOfCallSurvey
        closeDelayMs={0}
        {...props}
        open={open}
        onOpenChange={(ev, data) => {
          setOpen(data.open);
          props.onOpenChange?.(ev, data);
        }}
      />
    </FluentProvider>
  );
}

/** The visible label of an SDK tag (tests find checkboxes by the label users read). */
export function tagLabel(category: SurveyCategory, tag: Issue): string {
  const label = (DEFAULT_SURVEY_STRINGS.issues[category] as Readonly<Record<string, string>>)[tag];
  if (!label) throw new Error(`no label for ${category}.${tag}`);
  return label;
}


/** Sorts each category's issue list, so payloads compare independent of click order. */
export function normalizeSurvey<T>(survey: T): T {
  const copy = JSON.parse(JSON.stringify(survey)) as Record<string, { issues?: string[] }>;
  for (const rating of Object.values(copy)) if (rating.issues) rating.issues.sort();
  return copy as T;
}
