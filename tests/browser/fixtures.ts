import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export type DemoUser = 'u-viewer' | 'u-analyst' | 'u-planner' | 'u-head';

/** Signs in as a demo user before the page's scripts run, and remembers English as the language. */
export async function signInAs(page: Page, user: DemoUser, language = 'en') {
  await page.addInitScript(
    ([token, lang]) => {
      if (!localStorage.getItem('kenes.session')) localStorage.setItem('kenes.session', token);
      if (!localStorage.getItem('kenes.language')) localStorage.setItem('kenes.language', lang);
    },
    [`demo.${user}`, language] as const,
  );
}

/** Runs axe-core for WCAG 2.x A and AA and returns the violations, readably. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Every console error and uncaught exception of the page, collected for a test to assert on. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };
