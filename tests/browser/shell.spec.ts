import { accessibilityViolations, expect, signInAs, test } from './fixtures';

const routes = [
  { path: '/timeline', heading: 'Timeline' },
  { path: '/consultations', heading: 'Consultations' },
  { path: '/participants', heading: 'Participants' },
  { path: '/topics', heading: 'Topics' },
  { path: '/plans', heading: 'Plans' },
  { path: '/follow-ups', heading: 'Follow-ups' },
];

test('a newcomer signs in as a demo user and lands on the timeline', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /sign in|кіру|вход/i })).toBeVisible();
  await page.getByRole('combobox', { name: /language|тіл|язык/i }).selectOption('en');
  await page.getByRole('button', { name: /analyst/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText('analyst');
  expect(consoleErrors).toEqual([]);
});

for (const route of routes) {
  test(`${route.path} renders with no console error and no accessibility violation`, async ({ page, consoleErrors }) => {
    await signInAs(page, 'u-head');
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('an unknown address shows the not-found page', async ({ page }) => {
  await signInAs(page, 'u-viewer');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the language switch changes the whole interface and is remembered', async ({ page }) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/consultations');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('kk');
  await expect(page.getByRole('heading', { level: 1, name: 'Консультациялар' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Жоспарлар' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Тіл' }).selectOption('ru');
  await expect(page.getByRole('link', { name: 'Планы' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a logged consultation survives a reload of the browser', async ({ page }) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/consultations');
  await expect(page.getByRole('heading', { level: 1, name: 'Consultations' })).toBeVisible();
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/consultations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('kenes.session')}` },
      body: JSON.stringify({
        title: 'Reload-proof consultation with Mongolia',
        kind: 'bilateral',
        level: 'expert',
        format: 'video',
        status: 'held',
        date: { start: '2026-11-27', precision: 'day' },
        delegations: [{ partyId: 'party-kz' }, { partyId: 'party-mn' }],
        language: 'en',
      }),
    });
    return response.status;
  });
  expect(status).toBe(201);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Reload-proof consultation with Mongolia' })).toBeVisible();
});
