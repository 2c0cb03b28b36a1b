import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, signInAs, test } from './fixtures';

const seed = readFileSync('tests/fixtures/seed-press-release.txt', 'utf8');

/** A record as the embedded API has it now, read the way the app reads it. */
async function storedRecord(page: Page, id: string) {
  return page.evaluate(async (recordId) => {
    const response = await fetch(`/api/consultations/${recordId}`, {
      headers: { Authorization: `Bearer ${localStorage.getItem('kenes.session')}` },
    });
    return (await response.json()) as {
      version: number;
      title: string;
      summary: string;
      planItemId: string | null;
      delegations: { partyId: string; leadBodyId: string | null }[];
    };
  }, id);
}

const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });

test('an analyst logs the KZ–BY consultation by pasting the seed news item', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/consultations/new');
  await page.getByRole('button', { name: 'Paste a press release' }).click();
  await page.getByRole('textbox', { name: 'Text of the news item' }).fill(seed);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(page.getByText('2 consultations found in the text.')).toBeVisible();

  const kzBy = page.getByRole('article', {
    name: 'Қазақстан мен Беларусь арасында СІМ-аралық консультациялар өтті',
  });
  await expect(kzBy).toContainText('Kazakhstan; Belarus');
  await expect(kzBy).toContainText(
    'Foreign Policy Analysis and Forecasting Department; Main Information-Analytical Directorate',
  );
  await expect(page.getByRole('article', { name: /ТМД-ға қатысушы/ })).toContainText(
    'Erlan Shamishev',
  );
  // Held "according to the 2020–2021 cooperation plan": its item led by the same two bodies.
  await expect(kzBy).toContainText('Консультации по вопросам внешнеполитического анализа и прогнозирования');
  await kzBy.getByRole('button', { name: /^Fill the form with/ }).click();
  await expect(page.getByRole('combobox', { name: 'Cooperation plan item' })).toHaveValue(
    'pi-kz-by-2020-fp-analysis',
  );

  await expect(titleBox(page)).toHaveValue(
    'Қазақстан мен Беларусь арасында СІМ-аралық консультациялар өтті',
  );
  const delegation2 = page.getByRole('group', { name: 'Delegation 2' });
  await expect(delegation2.getByRole('combobox', { name: 'Lead body' })).toHaveValue(
    'Main Information-Analytical Directorate',
  );
  await expect(
    page.getByRole('group', { name: 'Follow-up 1' }).getByRole('textbox', { name: 'Year' }),
  ).toHaveValue('2021');
  // The demo data already has this meeting: the warning says so without blocking.
  await expect(
    page.getByText('A consultation with the same parties in this period exists:'),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The analyst corrects what the text could not say, then saves from the keyboard.
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption('video');
  await titleBox(page).focus();
  await page.keyboard.press('Control+Enter');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Қазақстан мен Беларусь арасында СІМ-аралық консультациялар өтті',
    }),
  ).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/')[2] ?? '';
  const stored = await storedRecord(page, id);
  expect(stored.planItemId).toBe('pi-kz-by-2020-fp-analysis');
  expect(stored.delegations.map((d) => [d.partyId, d.leadBodyId])).toEqual([
    ['party-kz', 'body-kz-fpad'],
    ['party-by', 'body-by-miad'],
  ]);
  expect(consoleErrors).toEqual([]);
});

test('one consultation edited in two tabs: the later save meets the conflict and resolves it field by field', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-analyst');
  const first = page;
  const second = await page.context().newPage();
  await first.goto('/consultations/c-seed-cis/edit');
  await second.goto('/consultations/c-seed-cis/edit');
  await expect(titleBox(first)).toHaveValue(/ТМД-ға қатысушы/);
  await expect(titleBox(second)).toHaveValue(/ТМД-ға қатысушы/);

  await titleBox(second).fill('Retitled in the second tab');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    second.getByRole('heading', { level: 1, name: 'Retitled in the second tab' }),
  ).toBeVisible();

  await first.getByRole('textbox', { name: 'Summary' }).fill('Summary written in the first tab');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  const panel = first.getByRole('region', {
    name: 'Someone saved this consultation while you were editing it',
  });
  await expect(panel).toBeVisible();
  const title = panel.getByRole('group', { name: 'Title' });
  await expect(
    title.getByRole('radio', { name: /Take the stored.*Retitled in the second tab/ }),
  ).toBeVisible();
  await expect(
    panel
      .getByRole('group', { name: 'Summary' })
      .getByRole('radio', { name: /Keep mine.*Summary written in the first tab/ }),
  ).toBeChecked();
  expect(await accessibilityViolations(first)).toEqual([]);

  await title.getByRole('radio', { name: /Take the stored/ }).check();
  await panel.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(
    first.getByRole('heading', { level: 1, name: 'Retitled in the second tab' }),
  ).toBeVisible();
  const stored = await storedRecord(first, 'c-seed-cis');
  expect(stored).toMatchObject({
    version: 3,
    title: 'Retitled in the second tab',
    summary: 'Summary written in the first tab',
  });
  // Chromium logs every 4xx answer; the one 409 is the conflict this journey is about.
  expect(consoleErrors.filter((e) => !e.includes('status of 409'))).toEqual([]);
  expect(consoleErrors.filter((e) => e.includes('status of 409'))).toHaveLength(1);
});

test('a reload in the middle of typing brings the draft back', async ({ page, consoleErrors }) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/consultations/new');
  await titleBox(page).click();
  await page.keyboard.type('Consultations typed before the rel');
  await page.getByRole('textbox', { name: 'Summary' }).fill('The sides discussed');
  await page.reload();
  await expect(page.getByText(/^Draft restored from /)).toBeVisible();
  await expect(titleBox(page)).toHaveValue('Consultations typed before the rel');
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue('The sides discussed');
  // Typing goes on where it stopped.
  await titleBox(page).press('End');
  await page.keyboard.type('oad');
  await expect(titleBox(page)).toHaveValue('Consultations typed before the reload');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
