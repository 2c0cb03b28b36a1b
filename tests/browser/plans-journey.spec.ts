import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { accessibilityViolations, expect, signInAs, test } from './fixtures';

const seedFollowUp =
  'Сыртқы саяси талдау мәселелері бойынша Сыртқы істер министрліктері арасындағы келесі консультациялар';

test('a planner drafts the 2022 KZ–BY plan, a head approves it, and its calendar downloads', async ({
  page,
  consoleErrors,
}) => {
  await signInAs(page, 'u-planner');

  // Every plan at a glance; the 2020–2021 plan: what was held, what was not.
  await page.goto('/plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /Kazakhstan and Belarus for 2020–2021/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Kazakhstan and Belarus for 2020–2021/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: 'Fulfilment of 6 items: 3 held, 1 postponed, 1 cancelled, 1 overdue',
    }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Drafting 2022: the unfulfilled consular round is carried over.
  await page.getByRole('link', { name: 'Draft the next plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft the next plan' })).toBeVisible();
  await page.getByLabel('Ends on').fill('2022-12-31');
  await expect(page.getByRole('textbox', { name: 'Title in English' })).toHaveValue(
    /Belarus for 2022$/,
  );
  const round = page.getByRole('checkbox', { name: /СНГ и ЕАЭС/ });
  await expect(round).toBeChecked();
  await expect(page.getByRole('listitem').filter({ has: round })).toContainText(
    'last held in Minsk on 14 October 2021',
  );
  await page.getByRole('checkbox', { name: /консульских служб/ }).check();
  await expect(page.getByText('2 items chosen')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create the draft plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Belarus for 2022$/ })).toBeVisible();
  const planUrl = page.url();
  await expect(page.getByRole('rowheader', { name: /консульских служб/ })).toContainText(
    'carried over',
  );

  // The Nur-Sultan follow-up of the seed meeting becomes an item of the draft.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Follow-ups' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  const card = page.getByRole('article', { name: seedFollowUp });
  await expect(card).toContainText('Nur-Sultan');
  expect(await accessibilityViolations(page)).toEqual([]);
  await card.getByRole('button', { name: /^Add to a plan/ }).click();
  const form = card.getByRole('form', { name: 'Add to a plan' });
  await expect(
    form.getByRole('combobox', { name: 'Plan' }).locator('option:checked'),
  ).toContainText(/Belarus for 2022/);
  await expect(form.getByRole('spinbutton', { name: 'Year', exact: true })).toHaveValue('2022');
  await expect(form.getByRole('combobox', { name: 'Place' }).locator('option:checked')).toHaveText(
    'Nur-Sultan',
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Add to a plan' }).click();
  await expect(page.getByText(/Added to “.*Belarus for 2022”/)).toBeVisible();
  await expect(card).toHaveCount(0);

  // Back on the plan: three items; the planner submits it.
  await page.goto(planUrl);
  await expect(page.getByRole('rowheader')).toHaveCount(3);
  await expect(page.getByRole('rowheader', { name: new RegExp(seedFollowUp) })).toContainText(
    'from a follow-up',
  );
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(page.getByText(/Submitted for approval: a head of department/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an item' })).toHaveCount(0);

  // The head of department approves, on the same page (the store lives in this browser).
  await page.getByRole('combobox', { name: 'Switch user' }).selectOption('u-head');
  await expect(page.getByTestId('signed-in-user')).toContainText('head of department');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(/Approved: its items are read-only/)).toBeVisible();
  await expect(page.getByText(/Approved by Ardak Omarova/)).toBeVisible();
  await page.getByText(/Show \d+ steps/).click();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('approved the plan');
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'submitted the plan for approval',
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // The calendar file to send.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^plan-.+\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
  expect(events).toHaveLength(3);
  expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual([
    'TENTATIVE',
    'TENTATIVE',
    'TENTATIVE',
  ]);
  expect(events.some((e) => e.getFirstPropertyValue('location') === 'Nur-Sultan, Kazakhstan')).toBe(
    true,
  );
  expect(consoleErrors).toEqual([]);
});
