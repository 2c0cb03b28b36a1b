import { baseUrl, fmt, pageMetrics, timeToPaint } from '../bench-lib.mjs';

const firstRow = (page) => page.locator('[data-bench="consultation-row"]').first().waitFor({ timeout: 60_000 });

export const scenarios = [
  {
    name: 'Consultations list',
    async run(page) {
      const load = await timeToPaint(page, () => page.goto(`${baseUrl}/consultations`), () => firstRow(page));
      const filter = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/consultations?status=held`),
        () => firstRow(page),
      );
      const { heapMB, domNodes } = await pageMetrics(page);
      return {
        'navigation → rows shown': fmt(load),
        'one filter (status) → rows shown': fmt(filter),
        'DOM nodes': domNodes,
        'JS heap': `${heapMB.toFixed(1)} MB`,
      };
    },
  },
];
