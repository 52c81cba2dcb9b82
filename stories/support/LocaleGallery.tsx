/**
 * Story helper: one survey per shipped locale, each opened by its own button (one modal at a time), with a shared log.
 */
import * as React from 'react';
import { Button, FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/index.js';
import type { SurveyLocale, SurveyStrings } from '../../src/index.js';
// Every locale at once (the gallery shows them all): the all-locales entry, end-of-call-survey/locales.
import { SURVEY_LOCALES, SURVEY_LOCALE_DIRECTIONS } from '../../src/locales/index.js';
import { EventLog, useDemoStyles, useDemoSurvey } from './SurveyDemo.js';
import type { SurveyDemoProps } from './SurveyDemo.js';

/** Every shipped locale, from the locale registry, with its writing direction. */
export const DEMO_LOCALES: readonly { locale: SurveyLocale; strings: Readonly<SurveyStrings>; dir: 'ltr' | 'rtl' }[] = (
  Object.keys(SURVEY_LOCALES) as SurveyLocale[]
).map((locale) => ({ locale, strings: SURVEY_LOCALES[locale], dir: SURVEY_LOCALE_DIRECTIONS[locale] }));

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A button per locale; the first locale's survey is open initially. */
export function LocaleGallery(props: SurveyDemoProps) {
  const styles = useStyles();
  const page = useDemoStyles();
  const demo = useDemoSurvey({ ...props, initiallyOpen: false });
  const [current, setCurrent] = React.useState<SurveyLocale | null>(DEMO_LOCALES[0]?.locale ?? null);
  return (
    <main className={page.root}>
      <div className={styles.buttons}>
        {DEMO_LOCALES.map(({ locale }) => (
          <Button key={locale} lang={locale} onClick={() => setCurrent(locale)}>
            {locale}
          </Button>
        ))}
      </div>
      {DEMO_LOCALES.map(({ locale, strings, dir }) => (
        <FluentProvider key={locale} dir={dir} lang={locale}>
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
        </FluentProvider>
      ))}
      <EventLog entries={demo.log} />
    </main>
  );
}
