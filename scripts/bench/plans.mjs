import { baseUrl, fmt, pageMetrics, timeToPaint, heapFigure } from '../bench-lib.mjs';

const shown = (page, selector) => page.locator(selector).first().waitFor({ timeout: 120_000 });

/**
 * The planner's pages on a large store: every plan's fulfilment, one plan's items with linked
 * consultations, clashes and history, the follow-ups awaiting an answer, and the next plan's
 * proposal (carry-over, alternation, follow-ups) — each a scan of all consultations on the API.
 */
export const scenarios = [
  {
    name: 'Plans and planning',
    async run(page) {
      const list = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/plans`),
        () => shown(page, '[data-bench="plan-row"]'),
      );
      const plan = await timeToPaint(
        page,
        () => page.getByRole('link', { name: /Kazakhstan and Belarus for 2020–2021/ }).click(),
        () => shown(page, '[data-bench="plan-item-row"]'),
      );
      await page.getByRole('heading', { level: 2, name: 'History' }).waitFor({ timeout: 120_000 });
      const filter = await timeToPaint(
        page,
        () => page.getByRole('combobox', { name: 'Fulfilment' }).selectOption('overdue'),
        () => page.getByText(/^1 of 6 items shown$/).waitFor({ timeout: 120_000 }),
      );
      const followUps = await timeToPaint(
        page,
        () =>
          page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Follow-ups' })
            .click(),
        () => shown(page, '[data-bench="follow-up"]'),
      );
      const followUpCount = (
        await page.locator('.follow-ups-page .result-count').textContent()
      )?.trim();
      const followUpCards = await page.locator('[data-bench="follow-up"]').count();
      await page.goBack();
      await shown(page, '[data-bench="plan-item-row"]');
      const proposal = await timeToPaint(
        page,
        () => page.getByRole('link', { name: 'Draft the next plan' }).click(),
        () => shown(page, '[data-bench="proposal"]'),
      );
      const { domNodes, ...heap } = await pageMetrics(page);
      return {
        'plans list opened → rows': fmt(list),
        'plan opened from the list → items': fmt(plan),
        'items filtered (overdue)': fmt(filter),
        'menu → follow-ups shown': fmt(followUps),
        'follow-ups awaiting (cards shown)': `${followUpCount} (${followUpCards})`,
        'draft the next plan → proposal': fmt(proposal),
        'DOM nodes': domNodes,
        'JS heap': heapFigure(heap),
      };
    },
  },
];
