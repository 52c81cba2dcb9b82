import type { Meta, StoryObj } from '@storybook/react-vite';
import { Body1, Title2, tokens } from '@fluentui/react-components';

function Welcome() {
  return (
    <main style={{ padding: tokens.spacingHorizontalXXL }}>
      <Title2 as="h1">end-of-call-survey</Title2>
      <Body1 as="p">
        A two-step End of Call Survey for Azure Communication Services calling apps, built on Fluent UI v9.
      </Body1>
    </main>
  );
}

const meta = { title: 'Introduction', component: Welcome } satisfies Meta<typeof Welcome>;
export default meta;
export const Overview: StoryObj<typeof meta> = {};
