// Speed figures, printed, never asserted: for each data set size, every scenario in scripts/bench/
// opens its view in Chromium and reports its timings, DOM nodes and JS heap.
import { readdirSync } from 'node:fs';
import { fmt, launch, openContext, primeDataSet, sizes, startPreview } from './bench-lib.mjs';

// BENCH_ONLY=timeline,plans runs only those files of scripts/bench/.
const only = process.env.BENCH_ONLY?.split(',').map((name) => `${name.trim()}.mjs`);
const scenarioFiles = readdirSync(new URL('./bench/', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && (!only || only.includes(f)))
  .sort();
const scenarios = [];
for (const file of scenarioFiles) {
  const module = await import(`./bench/${file}`);
  scenarios.push(...module.scenarios);
}

const server = await startPreview();
const browser = await launch();
try {
  for (const size of sizes) {
    const context = await openContext(browser);
    const page = await context.newPage();
    const seeded = await primeDataSet(page, size);
    console.log(`\n== ${size.toLocaleString('en')} consultations (first visit, generating and storing: ${fmt(seeded)})`);
    for (const scenario of scenarios) {
      try {
        const figures = await scenario.run(page, size);
        console.log(`  ${scenario.name}`);
        for (const [label, value] of Object.entries(figures)) console.log(`    ${label.padEnd(34)} ${value}`);
      } catch (error) {
        console.log(`  ${scenario.name}: FAILED ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
