import { useSyncExternalStore } from 'react';

let online = true;
const listeners = new Set<() => void>();

/** Whether the API answered the last request; the shell shows a banner when it did not. */
export const connectionStore = {
  set(value: boolean) {
    if (value === online) return;
    online = value;
    listeners.forEach((l) => l());
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => online,
};

export const useApiReachable = () => useSyncExternalStore(connectionStore.subscribe, connectionStore.get, connectionStore.get);
