// Shared by the benchmark scenarios: a served build, Debian's Chromium, and timing helpers.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const benchPort = 4179;
export const baseUrl = `http://127.0.0.1:${benchPort}`;

export async function startPreview() {
  // Another server on the port would be measured instead of this build: refuse to start.
  const busy = await fetch(baseUrl).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${benchPort} is in use; stop what runs there first.`);
  // Vite itself, not through npx, so that stopping the child stops the server.
  const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(benchPort), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(baseUrl);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

export const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** A fresh context signed in as a user, with a data set of `size` generated consultations. */
export async function openContext(browser, { user = 'u-head', language = 'en' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(
    ([token, lang]) => {
      localStorage.setItem('kenes.session', token);
      localStorage.setItem('kenes.language', lang);
    },
    [`demo.${user}`, language],
  );
  return context;
}

/**
 * JS heap in use (the page's, and the embedded API's worker's where it runs one) and the DOM node
 * count, from the DevTools protocol, each after a garbage collection.
 */
export async function pageMetrics(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const workerBytes = await workerHeapBytes(page);
  return {
    heapMB: get('JSHeapUsedSize') / 1024 / 1024,
    workerHeapMB: workerBytes / 1024 / 1024,
    domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
}

/** The heap of the page's dedicated workers (the embedded API), through a browser-level session. */
async function workerHeapBytes(page) {
  const cdp = await page.context().browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const origin = new URL(page.url()).origin;
    let total = 0;
    for (const target of targetInfos.filter((t) => t.type === 'worker' && t.url.startsWith(origin))) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      const replies = new Map();
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message);
        if (event.sessionId === sessionId && message.id) replies.get(message.id)?.(message.result);
      });
      const call = (id, method) =>
        new Promise((resolve) => {
          replies.set(id, resolve);
          void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call(1, 'HeapProfiler.collectGarbage');
      total += (await call(2, 'Runtime.getHeapUsage')).usedSize;
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return total;
  } finally {
    await cdp.detach();
  }
}

/** Milliseconds from now until `until` resolves, measured in the page, to the next paint. */
export async function timeToPaint(page, action, until) {
  const start = Date.now();
  await action();
  await until();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return Date.now() - start;
}

/**
 * Opens the app once with a data set so that it is generated and stored; later navigations in the
 * same context read it from IndexedDB, as a person's second visit would.
 */
export async function primeDataSet(page, size) {
  const start = Date.now();
  await page.goto(`${baseUrl}/timeline?demo=${size}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 });
  return Date.now() - start;
}

export const fmt = (ms) => `${Math.round(ms)} ms`;
/** The page's heap, and the embedded API's beside it (its own thread, its own heap). */
export const heapFigure = ({ heapMB, workerHeapMB }) => `${heapMB.toFixed(1)} MB page + ${workerHeapMB.toFixed(1)} MB embedded API`;
export const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
