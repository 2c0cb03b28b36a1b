import { accessibilityViolations, expect, signInAs, test } from './fixtures';

const SEED_TITLE = 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар';

test('a head filters the timeline to Belarus over 2020–2021, opens the KZ–BY consultation, switches to the table and prints', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-head');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const frame = page.locator('[data-bench="timeline"]');
  await expect(frame).toHaveAttribute('data-state', 'ready');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Belarus, from the party picker; the period 2020–2021, from the date fields.
  await page.getByRole('button', { name: /^Filters/ }).click();
  const party = page.getByRole('combobox', { name: 'Country or organisation' });
  await party.fill('Belarus');
  await page.getByRole('option', { name: /^Belarus/ }).click();
  await expect(page).toHaveURL(/party=party-by/);
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await page.getByLabel('To', { exact: true }).fill('2021-12-31');
  await expect(page).toHaveURL(/from=2020-01-01&to=2021-12-31/);
  await page.getByRole('button', { name: /^Filters/ }).click();
  const timeline = page.getByRole('region', { name: /^Timeline, 1 January 2020 – 31 December 2021, lanes by Counterpart/ });
  await expect(timeline).toBeVisible();
  await expect(page.getByRole('group', { name: 'Belarus' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The KZ–BY consultation, drawn as Q4 2020 (its date is known only to the quarter), in the panel.
  const mark = page.getByRole('button', { name: new RegExp(`^${SEED_TITLE} — approx\\. Q4 2020 — held`) });
  await mark.click();
  const panel = page.getByRole('dialog', { name: SEED_TITLE });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/selected=c-seed-kz-by/);
  await expect(panel.getByText('Belarus', { exact: true })).toBeVisible();
  await expect(panel.getByText('Foreign Policy Analysis and Forecasting Department')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Open the full record' })).toHaveAttribute('href', '/consultations/c-seed-kz-by');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(mark).toBeFocused();

  // The same consultations as a table.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table', { name: /1 January 2020 – 31 December 2021/ });
  await expect(table.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Back to the timeline, and print: the report's header names the period and the filter.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(frame).toHaveAttribute('data-state', 'ready');
  await page.emulateMedia({ media: 'print' });
  const header = page.getByTestId('print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('1 January 2020 – 31 December 2021');
  await expect(header).toContainText('Country or organisation: Belarus');
  await expect(frame).toBeVisible();
  await expect(page.locator('[data-mark-id="c-seed-kz-by"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  expect(consoleErrors).toEqual([]);
});

test('the timeline is usable from the keyboard alone', async ({ page }) => {
  await signInAs(page, 'u-head');
  await page.goto('/timeline?party=party-by&from=2020-01-01&to=2021-12-31&zoom=custom');
  await expect(page.locator('[data-bench="timeline"]')).toHaveAttribute('data-state', 'ready');
  const first = page.locator('[data-focus-key][tabindex="0"]');
  await first.focus();
  const before = await first.getAttribute('data-focus-key');
  await page.keyboard.press('ArrowRight');
  const after = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey);
  expect(after).toBeTruthy();
  expect(after).not.toBe(before);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // Page Down shows the next period, and the address follows.
  await page.evaluate(() => (document.querySelector('[data-focus-key][tabindex="0"]') as HTMLElement | null)?.focus());
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/from=2022-01-01/);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a drag pans the timeline and the zoom buttons rescale it; the lanes end up laid out exactly, and the address follows', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-head');
  await page.goto('/timeline?from=2020-01-01&to=2020-12-31&zoom=custom');
  const frame = page.locator('[data-bench="timeline"]');
  await expect(frame).toHaveAttribute('data-state', 'ready');
  const windowOf = async () => (await frame.getAttribute('data-window'))?.split('..').map(Number) as [number, number];
  const [start, end] = await windowOf();
  // While moving, the drawn lanes are shifted or stretched; once laid out for the new window, never.
  const layersAtRest = () =>
    expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.tl-track-layer')].every((layer) => !layer.style.transform)))
      .toBe(true);

  // A drag of 300 pixels to the left shows later dates: the window moves by as many days.
  const lanes = await page.locator('.tl-lanes').boundingBox();
  if (!lanes) throw new Error('no lanes');
  const y = lanes.y + 40;
  const x = lanes.x + lanes.width * 0.7;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step += 1) await page.mouse.move(x - step * 50, y);
  await page.mouse.up();
  await expect.poll(async () => (await windowOf())[0]).toBeGreaterThan(start + 30);
  const [panned, pannedEnd] = await windowOf();
  expect(pannedEnd - panned).toBe(end - start);
  await expect(frame).toHaveAttribute('data-state', 'ready');
  await layersAtRest();
  await expect(page).not.toHaveURL(/from=2020-01-01/);

  // Zoom in: a shorter window, in the address, and Back returns to the year.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => {
    const [s, e] = await windowOf();
    return e - s;
  }).toBeLessThan(end - start);
  await expect(frame).toHaveAttribute('data-state', 'ready');
  await layersAtRest();
  await expect(page).toHaveURL(/zoom=quarter/);
  await page.goBack();
  await expect.poll(async () => (await windowOf())[0]).toBe(panned);
  await layersAtRest();
  expect(consoleErrors).toEqual([]);
});

test('a dense timeline (10,000 consultations) has no accessibility violation, targets included', async ({ page, consoleErrors }) => {
  await signInAs(page, 'u-head');
  for (const view of ['from=2019-01-01&to=2022-12-31&zoom=custom', 'from=2020-12-01&zoom=month', 'from=2020-10-01&zoom=quarter&group=topic']) {
    await page.goto(`/timeline?demo=10000&${view}`);
    await expect(page.locator('[data-bench="timeline"]')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(page.locator('.tl-cluster').first()).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  }
  expect(consoleErrors).toEqual([]);
});
