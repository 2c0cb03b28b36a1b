// Prints the gzipped size of the JavaScript the first screen needs, the app's part and the
// embedded API's part counted apart. Run after `vite build` (npm run size does both).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET_APP_KB = 180;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const bySrc = new Map(Object.entries(manifest));

/** A chunk and every chunk it imports statically. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
const gz = (keys) => [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(`dist/${manifest[key].file}`)).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = [...bySrc.keys()].find((k) => manifest[k].isEntry);
const firstRoute = 'src/app/routes/timeline.tsx';
const app = closure(entryKey);
for (const key of closure(firstRoute)) app.add(key);
// The words of the first screen, in one language.
for (const ns of ['common', 'timeline', 'consultations']) {
  const key = `src/locales/en/${ns}.json`;
  if (manifest[key]) app.add(key);
}
const embedded = new Set();
for (const src of ['mocks/browser.ts', 'mocks/data/index.ts']) for (const key of closure(src)) if (!app.has(key)) embedded.add(key);

const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
const total = allJs.reduce((sum, c) => sum + gzipSync(readFileSync(`dist/${c.file}`)).length, 0);
const appSize = gz(app);

console.log('First screen (/timeline), gzipped:');
console.log(`  app code:      ${kb(appSize)}  (target < ${TARGET_APP_KB} KB) ${appSize / 1024 < TARGET_APP_KB ? 'OK' : 'OVER'}`);
console.log(`  embedded API:  ${kb(gz(embedded))}  (service worker handlers, store, demo data)`);
console.log(`All JavaScript chunks, gzipped: ${kb(total)} in ${allJs.length} files`);
for (const key of [...app].sort()) console.log(`    app  ${manifest[key].file}  ${kb(gz([key]))}`);
for (const key of [...embedded].sort()) console.log(`    api  ${manifest[key].file}  ${kb(gz([key]))}`);
