import { accessibilityViolations, expect, signInAs, test } from './fixtures';

const PANDEMIC = 'International relations under the coronavirus pandemic';

test('an analyst finds Erlan Shamishev in any spelling, sees the CIS consultation he led, then the pandemic topic’s trend', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/participants');
  await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  const table = page.getByRole('table', {
    name: /Participants with their number of consultations/,
  });
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const search = page.getByRole('searchbox', { name: 'Search by name' });
  for (const spelling of ['Ерлан Шәмішев', 'Ерлан Шамишев', 'Erlan Shamishev']) {
    await search.fill(spelling);
    await expect(page).toHaveURL(
      new RegExp(`q=${encodeURIComponent(spelling).replace(/%20/g, '(\\+|%20)')}`),
    );
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(table.getByRole('link', { name: 'Erlan Shamishev', exact: true })).toBeVisible();
  }

  await table.getByRole('link', { name: 'Erlan Shamishev', exact: true }).click();
  await expect(page).toHaveURL(/\/participants\/person\/person-kz-shamishev$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Erlan Shamishev' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Spellings' })).toContainText('Ерлан Шәмішев');
  const led = page.getByRole('region', { name: /Delegations led/ });
  const cis = led
    .locator('li')
    .filter({ has: page.locator('a[href="/consultations/c-seed-cis"]') });
  await expect(cis).toContainText('22 December 2020');
  await expect(cis).toContainText('held');
  await expect(
    page.getByRole('img', { name: 'Consultations with Erlan Shamishev per quarter' }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page
    .getByRole('region', { name: 'Topics discussed' })
    .getByRole('link', { name: PANDEMIC, exact: true })
    .click();
  await expect(page).toHaveURL(/\/topics\/topic-pandemic$/);
  await expect(page.getByRole('heading', { level: 1, name: PANDEMIC })).toBeVisible();
  const trend = page.getByRole('region', { name: 'Trend per quarter' });
  await expect(
    trend.getByRole('img', { name: `Consultations on “${PANDEMIC}” per quarter` }),
  ).toBeVisible();
  await trend.getByText('Show the numbers as a table').click();
  const quarter = trend
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Q4 2020' }) });
  await expect(quarter.getByRole('link')).toHaveAttribute(
    'href',
    '/consultations?from=2020-10-01&to=2020-12-31&topic=topic-pandemic',
  );
  expect(Number(await quarter.getByRole('link').textContent())).toBeGreaterThan(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Topics' })
    .click();
  const tree = page.getByRole('list', { name: 'Topics' });
  await expect(
    tree.getByRole('img', { name: new RegExp(`^${PANDEMIC} per quarter`) }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('an analyst merges a duplicate person and the survivor keeps every consultation', async ({
  page,
}) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/participants/person/person-kz-sarsenova');
  await expect(page.getByRole('heading', { level: 1, name: 'Aigul Sarsenova' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
  const panel = page.getByRole('region', { name: 'Merge two duplicate entries' });
  await panel.getByRole('combobox', { name: /The other person/ }).fill('Shamish');
  await panel.getByRole('option', { name: /^Erlan Shamishev/ }).click();
  await expect(panel.getByRole('heading', { name: 'What moves' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Merge Aigul Sarsenova into Erlan Shamishev' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Erlan Shamishev' })).toBeVisible();
  await expect(page.getByText('Aigul Sarsenova was merged into Erlan Shamishev.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Change history' }).getByRole('listitem').first(),
  ).toContainText('merged');
});
