import { baseUrl, fmt, pageMetrics, timeToPaint, heapFigure } from '../bench-lib.mjs';

const rows = (page) => page.locator('[data-bench="consultation-row"]');
const firstRow = (page) => rows(page).first().waitFor({ timeout: 120_000 });

/** The table has settled: no request in flight (aria-busy gone) and the count line says something else than before. */
async function settledAfter(page, before) {
  await page.waitForFunction(
    (previous) => {
      const table = document.querySelector('table.consultations-table');
      const count = document.querySelector('.list-count')?.textContent ?? '';
      return (
        table && !table.hasAttribute('aria-busy') && count !== previous && !count.includes('…')
      );
    },
    before,
    { timeout: 120_000 },
  );
}

const countText = (page) => page.locator('.list-count').textContent();
const firstTitle = (page) => rows(page).first().locator('a').textContent();

export const scenarios = [
  {
    name: 'Consultations list',
    async run(page) {
      // A cold load of the address (app start, store read from IndexedDB, first page).
      const load = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/consultations`),
        () => firstRow(page),
      );

      // In-app navigation from another page, as a person clicks the menu.
      await page.goto(`${baseUrl}/plans`);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 });
      const navigate = await timeToPaint(
        page,
        () =>
          page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Consultations' })
            .click(),
        () => firstRow(page),
      );
      await page.waitForFunction(
        () => !document.querySelector('table.consultations-table[aria-busy]'),
      );

      // One filter through the filter bar: status "held".
      let before = await countText(page);
      const filter = await timeToPaint(
        page,
        () => page.getByRole('checkbox', { name: /^held/ }).check(),
        () => settledAfter(page, before),
      );
      const heldRows = await rows(page).count();

      // Sort by title, from its column header.
      const titleBefore = await firstTitle(page);
      const sort = await timeToPaint(
        page,
        () => page.getByRole('button', { name: 'Title', exact: true }).click(),
        () =>
          page.waitForFunction(
            (previous) => {
              const table = document.querySelector('table.consultations-table');
              const th = [...document.querySelectorAll('th[aria-sort]')].map(
                (h) => h.textContent ?? '',
              );
              const first = document.querySelector(
                '[data-bench="consultation-row"] a',
              )?.textContent;
              return (
                table &&
                !table.hasAttribute('aria-busy') &&
                th.some((t) => t.startsWith('Title')) &&
                first !== previous
              );
            },
            titleBefore,
            { timeout: 120_000 },
          ),
      );

      // The next page.
      const pageTitle = await firstTitle(page);
      const next = await timeToPaint(
        page,
        () =>
          page
            .getByRole('navigation', { name: 'Pages' })
            .getByRole('link', { name: 'Next' })
            .click(),
        () =>
          page.waitForFunction(
            (previous) =>
              !document.querySelector('table.consultations-table[aria-busy]') &&
              document.querySelector('[data-bench="consultation-row"] a')?.textContent !== previous,
            pageTitle,
            { timeout: 120_000 },
          ),
      );

      // Free text: applied once typing pauses (300 ms), which the figure includes.
      before = await countText(page);
      const search = await timeToPaint(
        page,
        () => page.getByRole('searchbox', { name: 'Search' }).fill('Belarus'),
        () => settledAfter(page, before),
      );

      // A second search: the API's search keys are built on the first one and reused.
      before = await countText(page);
      const again = await timeToPaint(
        page,
        () => page.getByRole('searchbox', { name: 'Search' }).fill('Minsk'),
        () => settledAfter(page, before),
      );

      const { domNodes, ...heap } = await pageMetrics(page);
      return {
        'address opened → rows shown': fmt(load),
        'menu link → rows shown': fmt(navigate),
        'filter status=held (UI) → rows': fmt(filter),
        'rows on the page': heldRows,
        'sort by title → rows': fmt(sort),
        'next page → rows': fmt(next),
        'search "Belarus" (+300 ms pause) → rows': fmt(search),
        'then "Minsk" (+300 ms pause) → rows': fmt(again),
        'DOM nodes': domNodes,
        'JS heap': heapFigure(heap),
      };
    },
  },
];
