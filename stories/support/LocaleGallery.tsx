/**
 * Story helper: one survey per shipped locale, each opened by its own button (one modal at a time), with a shared log.
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_SURVEY_STRINGS, EndOfCallSurvey } from '../../src/index.js';
import type { SurveyStringsOverride } from '../../src/index.js';
import { EventLog, useDemoSurvey } from './SurveyDemo.js';
import type { SurveyDemoProps } from './SurveyDemo.js';

/** The locales shown. TODO: read the shipped locale registry once `src/strings/locales` exports it. */
export const DEMO_LOCALES: readonly { locale: string; strings: SurveyStringsOverride }[] = [
  { locale: 'en-US', strings: DEFAULT_SURVEY_STRINGS },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A button per locale; the first locale's survey is open initially. */
export function LocaleGallery(props: SurveyDemoProps) {
  const styles = useStyles();
  const demo = useDemoSurvey({ ...props, initiallyOpen: false });
  const [current, setCurrent] = React.useState<string | null>(DEMO_LOCALES[0]?.locale ?? null);
  return (
    <main className={styles.root}>
      <div className={styles.buttons}>
        {DEMO_LOCALES.map(({ locale }) => (
          <Button key={locale} lang={locale} onClick={() => setCurrent(locale)}>
            {locale}
          </Button>
        ))}
      </div>
      {DEMO_LOCALES.map(({ locale, strings }) => (
        <div key={locale} lang={locale}>
          <EndOfCallSurvey
            config={props.config}
            comments={props.comments}
            strings={strings}
            open={current === locale}
            onOpenChange={(_ev, data) => setCurrent(data.open ? locale : null)}
            random={demo.random}
            onSubmit={demo.onSubmit}
            onDismiss={demo.onDismiss}
          />
        </div>
      ))}
      <EventLog entries={demo.log} />
    </main>
  );
}
