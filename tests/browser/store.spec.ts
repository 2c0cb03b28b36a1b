import { accessibilityViolations, expect, signInAs, test } from './fixtures';

test('a damaged browser store is reported and can be reset to the demo data', async ({ page }) => {
  await signInAs(page, 'u-analyst');
  await page.goto('/consultations');
  await expect(page.getByRole('heading', { level: 1, name: 'Consultations' })).toBeVisible();
  // Damage one stored record the way an old version or a broken write could.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kenes-demo');
        open.onsuccess = () => {
          const tx = open.result.transaction('consultations', 'readwrite');
          tx.objectStore('consultations').put({ id: 'damaged', title: 42 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('could not damage the store'));
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: /damaged or from an older version/ })).toBeVisible();
  // What was wrong, for support: the record and its field, marked as English text.
  await expect(page.getByText('Technical detail, for support (in English):')).toBeVisible();
  await expect(page.locator('pre[lang="en"]')).toContainText('consultations/"damaged"');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Reset to demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consultations' })).toBeVisible();
  await expect(page.locator('[data-bench="consultation-row"]').first()).toBeVisible();
});
