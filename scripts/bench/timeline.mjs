import { baseUrl, fmt, pageMetrics, timeToPaint, heapFigure } from '../bench-lib.mjs';

// The timeline at a size, over the whole range and over one month: the first draw, pans, zoom
// changes and filter changes (each repeated; the median and range are printed), DOM nodes and JS
// heap. Interactions are real (trusted) input and are timed in the page, from the input event's
// own timestamp:
// - "next paint": what the browser's Event Timing reports for the input (to the frame presented
//   after it: the window moved or rescaled with the data already loaded);
// - "its data drawn": until the frame after the marks answering the new view are drawn (the
//   frame says `data-state="ready"` for a `data-view` — window, filters, grouping — it had not).

const frame = '[data-bench="timeline"]';
const ready = (page) => page.locator(`${frame}[data-state="ready"]`).waitFor({ timeout: 120_000 });

/** No request of the view in flight, and the summary beside it done: the page is at rest. */
const settle = (page) =>
  page
    .waitForFunction(() => !document.querySelector('[data-bench="timeline"] .tl-busy, .tl-summary[aria-busy="true"]'), null, { timeout: 120_000 })
    .then(() => page.waitForTimeout(700));

/** The in-page time from the data's arrival to its marks being drawn (before the paint). */
const dataToDrawn = (page) =>
  page.evaluate(() => {
    const f = document.querySelector('[data-bench="timeline"]');
    return Number(f?.dataset.drawnAt) - Number(f?.dataset.dataAt);
  });

/**
 * Times one interaction. `startOn` is the input event that starts it (pointerdown for a click,
 * pointerup for the end of a drag). Returns the Event Timing of the input (events under 16 ms are
 * not reported: "< 16 ms") and the time to the paint after the new view's data is drawn.
 */
async function interaction(page, startOn, action) {
  await page.evaluate((type) => {
    const f = document.querySelector('[data-bench="timeline"]');
    const previous = f.dataset.view;
    const state = { input: null, drawn: null, longest: 0 };
    window.__tlBench = state;
    window.addEventListener(type, (event) => (state.input ??= event.timeStamp), { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
    const observer = new MutationObserver(() => {
      if (f.dataset.state !== 'ready' || f.dataset.view === previous || state.drawn !== null) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (state.drawn = performance.now()), 0));
    });
    observer.observe(f, { attributes: true });
  }, startOn);
  await action();
  await page.waitForFunction(() => window.__tlBench.drawn !== null, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const { input, drawn, longest } = await page.evaluate(() => window.__tlBench);
  // Event Timing leaves out events under 16 ms: those count as 16.
  return { paint: longest || 16, data: drawn - input };
}

/** A drag on the lanes by `dx` pixels (negative: towards earlier dates), in six moves. */
async function drag(page, x, y, dx) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step += 1) await page.mouse.move(x - (step * dx) / 6, y);
  await page.mouse.up();
}

/** Repeats an interaction and reports the median, with the range, of both figures. */
async function repeated(times, run) {
  const samples = [];
  for (let i = 0; i < times; i += 1) samples.push(await run(i));
  const summary = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const low = sorted[0] <= 16 ? '≤16' : Math.round(sorted[0]);
    return `${fmt(median)} (median of ${times}; ${low}–${Math.round(sorted.at(-1))})`;
  };
  return { paint: summary(samples.map((s) => s.paint)), data: summary(samples.map((s) => s.data)) };
}

async function measure(page, path, zoomButton) {
  // Cold load of the address: app start, the store read from IndexedDB, the first window.
  const load = await timeToPaint(page, () => page.goto(`${baseUrl}${path}`), () => ready(page));
  const drawn = await dataToDrawn(page);
  await settle(page);

  // In-app navigation: to the plans through the menu, and back (the store is loaded already).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor({ timeout: 120_000 });
  const navigate = await timeToPaint(page, () => page.goBack(), () => ready(page));
  await settle(page);
  const { domNodes, ...heap } = await pageMetrics(page);

  // Pans: drags of 240 pixels towards later dates, each timed from the release.
  const box = await page.locator('.tl-axis-track').boundingBox();
  const y = box.y + box.height + 60;
  const x = box.x + box.width * 0.6;
  const pan = await repeated(5, async () => {
    const result = await interaction(page, 'pointerup', () => drag(page, x, y, 240));
    await settle(page);
    return result;
  });

  // Zoom changes with the toolbar (in over years, out from a month), each undone with Back; a drag
  // before each moves the window, so that a zoom asks a new question rather than a cached one.
  const zoomControl = page.getByRole('button', { name: zoomButton });
  const zoom = await repeated(5, async () => {
    await drag(page, x, y, -300);
    await settle(page);
    await zoomControl.waitFor();
    const result = await interaction(page, 'pointerdown', () => zoomControl.click());
    await settle(page);
    await page.goBack();
    await ready(page);
    await settle(page);
    return result;
  });

  // Filter changes through the filter bar: one status more each time.
  await page.getByRole('button', { name: /^Filters/ }).click();
  const statuses = ['held', 'planned', 'postponed', 'cancelled'];
  await page.getByRole('checkbox', { name: /^held/ }).waitFor({ timeout: 60_000 });
  await settle(page);
  const filter = await repeated(statuses.length, async (i) => {
    const result = await interaction(page, 'pointerdown', () => page.getByRole('checkbox', { name: new RegExp(`^${statuses[i]}`) }).click());
    await settle(page);
    return result;
  });

  return {
    'page load → marks drawn': fmt(load),
    'in-app navigation (back) → drawn': fmt(navigate),
    'data arrived → marks drawn': fmt(drawn),
    'pan (drag) → next paint': pan.paint,
    'pan → its data drawn': pan.data,
    [`zoom (${zoomButton.toLowerCase()}) → next paint`]: zoom.paint,
    'zoom → its data drawn': zoom.data,
    'filter (status) → next paint': filter.paint,
    'filter → its data drawn': filter.data,
    'DOM nodes': domNodes,
    'JS heap': heapFigure(heap),
  };
}

export const scenarios = [
  { name: 'Timeline, whole range 2019–2022', run: (page) => measure(page, '/timeline?from=2019-01-01&to=2022-12-31&zoom=custom', 'Zoom in') },
  { name: 'Timeline, one month (December 2020)', run: (page) => measure(page, '/timeline?from=2020-12-01&zoom=month', 'Zoom out') },
];
