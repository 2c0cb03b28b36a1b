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
const gzFile = (file) => gzipSync(readFileSync(`dist/${file}`)).length;
const gz = (keys) => [...keys].reduce((sum, key) => sum + gzFile(manifest[key].file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = [...bySrc.keys()].find((k) => manifest[k].isEntry);
const firstRoute = 'src/app/routes/timeline.tsx';
const app = closure(entryKey);
for (const key of closure(firstRoute)) app.add(key);
// The words of the first screen, in one language. The filters' words are fetched only when the
// address sets a filter or the filter bar is opened; other namespaces after the first draw.
for (const ns of ['common', 'timeline']) {
  const key = `src/locales/en/${ns}.json`;
  if (manifest[key]) app.add(key);
}
const embedded = new Set();
for (const key of closure('mocks/browser.ts')) if (!app.has(key)) embedded.add(key);
// The embedded API's worker (its rules, store and data generator) is an asset of the page's part.
// Its chunks are its own (not in the manifest): followed through the imports in its code.
const workerFiles = [];
const follow = (file) => {
  if (workerFiles.includes(file)) return;
  workerFiles.push(file);
  const code = readFileSync(`dist/${file}`, 'utf8');
  for (const [, dynamic, imported] of code.matchAll(/import\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)|from\s*[`'"]\.\/([\w.-]+\.js)[`'"]/g)) follow(`assets/${dynamic ?? imported}`);
};
for (const key of embedded) for (const file of manifest[key].assets ?? []) if (file.endsWith('.js')) follow(file);
const embeddedSize = gz(embedded) + workerFiles.reduce((sum, file) => sum + gzFile(file), 0);

const allJs = [...new Set([...Object.values(manifest).map((c) => c.file), ...workerFiles])].filter((file) => file.endsWith('.js'));
const total = allJs.reduce((sum, file) => sum + gzFile(file), 0);
const appSize = gz(app);

console.log('First screen (/timeline), gzipped:');
console.log(`  app code:      ${kb(appSize)}  (target < ${TARGET_APP_KB} KB) ${appSize / 1024 < TARGET_APP_KB ? 'OK' : 'OVER'}`);
console.log(`  embedded API:  ${kb(embeddedSize)}  (the page's part, and its worker: rules, store, demo data)`);
console.log(`All JavaScript chunks, gzipped: ${kb(total)} in ${allJs.length} files`);
for (const key of [...app].sort()) console.log(`    app  ${manifest[key].file}  ${kb(gz([key]))}`);
for (const key of [...embedded].sort()) console.log(`    api  ${manifest[key].file}  ${kb(gz([key]))}`);
for (const file of workerFiles) console.log(`    api  ${file}  ${kb(gzFile(file))}  (worker)`);
