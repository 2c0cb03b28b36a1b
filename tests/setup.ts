import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { i18n, i18nReady, loadAllNamespaces } from '@/lib/i18n';
import { toastStore } from '@/lib/toasts';
import { connectionStore } from '@/lib/connection';
import { resetApiStore, server, setApiClock } from '../mocks/node';

// Pages load real code and data through the embedded API; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18nReady;
  // Every namespace in every language, so a test never sees a key while words load.
  await loadAllNamespaces();
  await i18n.loadLanguages(['kk', 'ru', 'en']);
});
beforeEach(async () => {
  resetApiStore();
  setApiClock(() => new Date());
  localStorage.clear();
  sessionStorage.clear();
  toastStore.clear();
  connectionStore.set(true);
  await i18n.changeLanguage('en');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
