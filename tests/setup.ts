import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { i18n } from '@/lib/i18n';
import { toastStore } from '@/lib/toasts';
import { connectionStore } from '@/lib/connection';
import { resetApiStore, server, setApiClock } from '../mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
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
