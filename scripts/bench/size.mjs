// Bundle size (esbuild, minified, gzip): our JS over Fluent for { EndOfCallSurvey, useSurveySubmission }, and a
// whole app (React + Fluent bundled) mounting the survey, against the floor in the same run: the same app built on
// bare Fluent (Dialog, RadioGroup, Checkbox, Button, Textarea, MessageBar, Spinner) with no kit.
import { bundleSize, rolldownSize, SIZE_ENTRIES } from '../lib/size.mjs';

// The app total is measured with esbuild and with Rolldown (Vite 8's bundler). esbuild splits by file: a lazily
// imported module whose files the page's `@fluentui/react-components` barrel also reaches stays in the page's chunk
// (as Fluent's `Slider` did), so the wide-scale slider behind `React.lazy` is the kit's own code, which only the
// dynamic import reaches (test/components/SurveyRating.bundle.test.ts checks both bundlers). Ratios to 3 decimals.

const kb = (n) => `${(n / 1024).toFixed(2)} KB gzip`;

const APP = `
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey, useSurveySubmission } from './dist/index.js';
function App() {
  const submission = useSurveySubmission(async () => ({ id: 'x' }), { timeoutMs: 15000 });
  return <EndOfCallSurvey open onOpenChange={() => {}} onSubmit={submission.onSubmit} onDismiss={submission.onDismiss} />;
}
createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><App /></FluentProvider>);
`;

const FLOOR = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, FluentProvider,
  MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Textarea, webLightTheme } from '@fluentui/react-components';
function App() {
  const [step, setStep] = useState(1);
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>How was the call?</DialogTitle>
          <DialogContent>
            {step === 1 ? (
              <RadioGroup layout="horizontal">{[1, 2, 3, 4, 5].map((n) => <Radio key={n} value={String(n)} label={String(n)} />)}</RadioGroup>
            ) : (
              <>
                <Checkbox label="Audio" /><Checkbox label="Video" /><Textarea />
                <MessageBar intent="error"><MessageBarBody>Failed</MessageBarBody></MessageBar><Spinner size="tiny" />
              </>
            )}
          </DialogContent>
          <DialogActions><Button appearance="primary" onClick={() => setStep(2)}>Next</Button><Button>Skip</Button></DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><App /></FluentProvider>);
`;

export async function run({ root }) {
  const ours = await bundleSize(root, SIZE_ENTRIES[0].contents);
  const app = await bundleSize(root, APP, { bundlePackages: true });
  const floor = await bundleSize(root, FLOOR, { bundlePackages: true });
  const appRolldown = await rolldownSize(root, 'app', APP);
  const floorRolldown = await rolldownSize(root, 'floor', FLOOR);
  return [
    { benchmark: 'our JS over Fluent: { EndOfCallSurvey, useSurveySubmission }', input: 'esbuild, minified, peers external', time: '', memory: kb(ours.gzip), anchor: 'goal 8 KB', ratio: `×${(ours.gzip / 8192).toFixed(2)} of goal` },
    { benchmark: 'app total: the survey mounted, React + Fluent bundled', input: 'esbuild, minified', time: '', memory: kb(app.gzip), anchor: `bare Fluent dialog app: ${kb(floor.gzip)}`, ratio: `×${(app.gzip / floor.gzip).toFixed(3)}` },
    { benchmark: 'app total: the survey mounted, React + Fluent bundled', input: 'Rolldown (Vite 8), minified', time: '', memory: kb(appRolldown.gzip), anchor: `bare Fluent dialog app: ${kb(floorRolldown.gzip)}`, ratio: `×${(appRolldown.gzip / floorRolldown.gzip).toFixed(3)}` },
  ];
}
