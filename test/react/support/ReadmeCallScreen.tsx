// The README's "Replacing the CallComposite's built-in survey" example, verbatim but for the import paths
// (test/react/readmeCallComposite.test.tsx checks it matches the README).
import { useMemo } from 'react';
import { CallComposite, type CallAdapter } from '@azure/communication-react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey, useSurveySubmission, useSurveyTrigger } from '../../../src/index.js';
import { submitterForCallAdapter } from '../../../src/acs/index.js';

export function CallScreen({ adapter }: { adapter: CallAdapter }) {
  // Opens the survey when a call that really connected ends (not after being removed, not after calls under 30 s):
  // 20 % of calls (the default without a policy is 10 %), at most once a week per user
  // (remembered in localStorage), always after a dropped call; Video / Screen share are only asked when used.
  const trigger = useSurveyTrigger({
    adapter,
    policy: { sampleRate: 0.2, cooldownDays: 7, alwaysWhen: ['callEndedUnexpectedly'] },
    minCallDurationSeconds: 30,
  });

  // Sends to ACS through adapter.submitSurvey (the call that just ended), with validation, a 15 s timeout per
  // attempt, retries only on 408/45101 ("not sent"), and telemetry for your own analytics.
  const submitter = useMemo(() => submitterForCallAdapter(adapter), [adapter]);
  const submission = useSurveySubmission(submitter, {
    onEvent: (event) => console.info('survey', event.type, event.msSinceShown, event.surveyId ?? event.reason ?? ''),
  });

  return (
    <>
      {/* The composite fills its parent: give the parent a height (here the viewport), or it collapses. */}
      <div style={{ height: '100vh' }}>
        <CallComposite adapter={adapter} options={{ surveyOptions: { disableSurvey: true } }} />
      </div>
      <FluentProvider theme={webLightTheme}>
        {/* dialogProps: open/config/onOpenChange from the trigger, onSubmit/onDismiss/onShown from the submission */}
        <EndOfCallSurvey {...trigger.dialogProps} {...submission.dialogProps} />
      </FluentProvider>
    </>
  );
}
