import { expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

it('renders Fluent in real Chromium', async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Button>Hello</Button>
    </FluentProvider>,
  );
  expect(screen.getByRole('button', { name: 'Hello' })).toBeVisible();
  expect(navigator.userAgent).toMatch(/Chrome/);
});
