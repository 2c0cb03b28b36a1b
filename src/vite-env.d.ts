/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** A remote API base URL; when set, the embedded API is not started. */
  readonly VITE_API_URL?: string;
  /** Generated data set size (1000, 10000, 50000) instead of the curated demo data. */
  readonly VITE_DEMO_SIZE?: string;
}
