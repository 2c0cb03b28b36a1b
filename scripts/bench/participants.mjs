// Participants and topics: a profile page (Belarus) and the topics page, from navigation to drawn.
// "Opening the address" includes starting the app and reading the stored data set; "in the app"
// is a click from another page, as a person moves around; "API answer" is the statistics rule
// alone, measured in the page where the embedded API runs.
import { baseUrl, fmt, pageMetrics, timeToPaint, heapFigure } from '../bench-lib.mjs';

const visible = (locator) => locator.first().waitFor({ timeout: 120_000 });
const profileChart = (page) => visible(page.locator('[data-bench="profile-chart"]'));
const topicTree = (page) => visible(page.locator('[data-bench="topic-tree"]'));
const directoryRow = (page) => visible(page.locator('[data-bench="directory-row"]'));

/** Milliseconds the embedded API takes to answer a GET, measured inside the page. */
async function apiTime(page, path) {
  return page.evaluate(async (url) => {
    const start = performance.now();
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${localStorage.getItem('kenes.session')}` },
    });
    await response.json();
    return performance.now() - start;
  }, `/api${path}`);
}

/**
 * Clicks, waits until `drawn`, and says how long the page took from the last API answer it
 * waited for (`apiPart` in the address) to the next paint: the drawing alone, without the data.
 */
async function drawnAfterData(page, click, drawn, apiPart) {
  await page.evaluate(() => performance.clearResourceTimings());
  const total = await timeToPaint(page, click, drawn);
  const afterData = await page.evaluate((part) => {
    const ends = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes(part))
      .map((e) => e.responseEnd);
    return ends.length ? performance.now() - Math.max(...ends) : NaN;
  }, apiPart);
  return { total, afterData };
}

export const scenarios = [
  {
    name: 'Participant profile (Belarus)',
    async run(page) {
      const direct = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/participants/party/party-by`),
        () => profileChart(page),
      );
      const api = await apiTime(page, '/profiles/party/party-by');
      await page.goto(`${baseUrl}/participants`);
      await directoryRow(page);
      const inApp = await drawnAfterData(
        page,
        () =>
          page
            .getByRole('rowheader', { name: /^Belarus/ })
            .getByRole('link', { name: 'Belarus', exact: true })
            .click(),
        () => profileChart(page),
        '/api/profiles/',
      );
      const person = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/participants/person/person-kz-shamishev`),
        () => profileChart(page),
      );
      const { domNodes, ...heap } = await pageMetrics(page);
      return {
        'opening the address → chart drawn': fmt(direct),
        'in the app: directory → Belarus drawn': fmt(inApp.total),
        '  of which drawing after the data came': fmt(inApp.afterData),
        'API answer (GET /profiles/party/…)': fmt(api),
        'a person (Shamishev), address → drawn': fmt(person),
        'DOM nodes': domNodes,
        'JS heap': heapFigure(heap),
      };
    },
  },
  {
    name: 'Topics page',
    async run(page) {
      const direct = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/topics`),
        () => topicTree(page),
      );
      const api = await apiTime(page, '/stats/topics');
      await page.goto(`${baseUrl}/participants`);
      await directoryRow(page);
      const inApp = await drawnAfterData(
        page,
        () =>
          page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Topics' })
            .click(),
        () => topicTree(page),
        '/api/',
      );
      const topic = await timeToPaint(
        page,
        // The topic's own row (its name also appears among other rows' companions).
        () =>
          page
            .locator('[data-bench="topic-tree"] .topic-name')
            .getByRole('link', {
              name: 'International relations under the coronavirus pandemic',
              exact: true,
            })
            .click(),
        () => visible(page.locator('[data-bench="topic-trend"]')),
      );
      const { domNodes, ...heap } = await pageMetrics(page);
      return {
        'opening the address → tree drawn': fmt(direct),
        'in the app: nav link → tree drawn': fmt(inApp.total),
        '  of which drawing after the data came': fmt(inApp.afterData),
        'API answer (GET /stats/topics)': fmt(api),
        'tree → pandemic topic, trend drawn': fmt(topic),
        'DOM nodes (topic page)': domNodes,
        'JS heap': heapFigure(heap),
      };
    },
  },
  {
    name: 'Participants directory',
    async run(page) {
      const direct = await timeToPaint(
        page,
        () => page.goto(`${baseUrl}/participants`),
        () => directoryRow(page),
      );
      const search = await timeToPaint(
        page,
        () => page.getByRole('searchbox', { name: 'Search by name' }).fill('Шамишев'),
        () => page.waitForURL(/q=/),
      );
      return {
        'opening the address → rows shown': fmt(direct),
        'search typed → address and rows updated': fmt(search),
      };
    },
  },
];
