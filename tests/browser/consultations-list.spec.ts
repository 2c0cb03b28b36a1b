import { accessibilityViolations, expect, signInAs, test } from './fixtures';

const KZ_BY_TITLE = 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар';

test('a head of department filters the list by Belarus and a period, then opens the KZ–BY record', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-head');
  await page.goto('/consultations');
  await expect(page.getByRole('heading', { level: 1, name: 'Consultations' })).toBeVisible();
  await expect(page.locator('[data-bench="consultation-row"]').first()).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Belarus, by typing its name in the party picker.
  const party = page.getByRole('combobox', { name: 'Country or organisation' });
  await party.click();
  await party.fill('Belarus');
  await page.getByRole('option', { name: /^Belarus/ }).click();
  await expect(page).toHaveURL(/party=party-by/);
  await expect(
    page
      .getByRole('list', { name: 'Active filters' })
      .getByText('Country or organisation: Belarus'),
  ).toBeVisible();

  // The last quarter of 2020.
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2020');
  await page.getByRole('combobox', { name: 'Quarter' }).selectOption('4');
  await expect(page).toHaveURL(/from=2020-10-01&to=2020-12-31/);

  const rows = page.locator('[data-bench="consultation-row"]');
  await expect(rows.getByRole('link', { name: KZ_BY_TITLE })).toBeVisible();
  // Every row is a Belarus one (a retrying count: the rows of the year before the quarter may
  // still be on screen while the quarter's answer arrives), and the table has settled.
  await expect(rows.filter({ hasNotText: 'Belarus' })).toHaveCount(0);
  await expect(page.locator('table.consultations-table')).not.toHaveAttribute('aria-busy', 'true');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The address reproduces the view.
  const url = page.url();
  await page.goto('/timeline');
  await page.goto(url);
  await expect(rows.getByRole('link', { name: KZ_BY_TITLE })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Quarter' })).toHaveValue('4');

  await rows.getByRole('link', { name: KZ_BY_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: KZ_BY_TITLE })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Delegations' }).getByRole('link', { name: 'Belarus' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByText('approx. Q4 2020'),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Change history' }).getByText('Logged'),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Back to the filtered list.
  await page.goBack();
  await expect(page).toHaveURL(/party=party-by/);
  await expect(rows.getByRole('link', { name: KZ_BY_TITLE })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a link with a bad value says what it ignored; the search field is marked for the / shortcut', async ({
  page,
}) => {
  await signInAs(page, 'u-viewer');
  await page.goto('/consultations?status=finished');
  await expect(page.getByText('Ignored unknown status “finished”.')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toHaveAttribute('data-search-input', '');
  expect(await accessibilityViolations(page)).toEqual([]);
});
