import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  kind: 'error' | 'info' | 'success';
  message: string;
  action?: { label: string; run: () => void };
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** App-wide notifications: failed mutations, undo offers. Kept outside React so any code can post. */
export const toastStore = {
  show(toast: Omit<Toast, 'id'>, timeoutMs = 8000): number {
    const id = nextId++;
    toasts = [...toasts, { ...toast, id }].slice(-5);
    emit();
    if (timeoutMs > 0) setTimeout(() => toastStore.dismiss(id), timeoutMs);
    return id;
  },
  dismiss(id: number) {
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  },
  clear() {
    toasts = [];
    emit();
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: () => toasts,
};

export const useToasts = () => useSyncExternalStore(toastStore.subscribe, toastStore.snapshot, toastStore.snapshot);
