import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': here('./src'), '@mocks': here('./mocks') },
  },
  // The embedded API's worker loads its data generator on demand: ES module workers split code.
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { port: 4173, strictPort: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.tsx'],
    restoreMocks: true,
    testTimeout: 20000,
  },
});
