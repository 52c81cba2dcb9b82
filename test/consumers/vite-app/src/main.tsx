// A calling app as a user of the published package writes it: the dialog, the submission hook with a custom
// sink, the pure core, the analytics entry and one locale entry, imported by their public names only.
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey, useSurveySubmission } from 'end-of-call-survey';
import type { SurveySubmitter } from 'end-of-call-survey';
import { validateCallSurvey } from 'end-of-call-survey/core';
import { summarizeSurveys } from 'end-of-call-survey/analytics';
import { SURVEY_STRINGS_DE_DE } from 'end-of-call-survey/locales/de-DE';

function App() {
  const [open, setOpen] = useState(false);
  const [received, setReceived] = useState<string>('');
  const sink: SurveySubmitter = async (survey) => {
    validateCallSurvey(survey);
    setReceived(JSON.stringify(survey));
    return { id: 'consumer-1' };
  };
  const submission = useSurveySubmission(sink);
  const summary = summarizeSurveys([], { totalCalls: 0 });
  return (
    <FluentProvider theme={webLightTheme}>
      <Button onClick={() => setOpen(true)}>Rate the call</Button>
      <EndOfCallSurvey
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        onSubmit={submission.onSubmit}
        onDismiss={submission.onDismiss}
      />
      <output aria-label="Received survey">{received}</output>
      <output aria-label="Summary surveys">{String(summary.surveys)}</output>
      <output aria-label="React version">{version}</output>
      <output aria-label="German title">{SURVEY_STRINGS_DE_DE.title}</output>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
