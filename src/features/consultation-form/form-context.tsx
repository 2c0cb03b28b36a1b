import { createContext, useContext } from 'react';
import type { FormValues } from './form-values';

/** What every section of the form needs: the values, a way to change them, and each field's message. */
export interface FormApi {
  values: FormValues;
  /**
   * Changes the values. `key` names the field changed: its server error goes, and with
   * `touch` its own message shows from now on (for choices, which have no blur of their own).
   */
  update: (
    key: string,
    updater: (values: FormValues) => FormValues,
    options?: { touch?: boolean },
  ) => void;
  /** Marks a field as visited: its message shows from now on. */
  touch: (key: string) => void;
  /** The translated message for a field, when it should show. */
  error: (key: string) => string | undefined;
}

export const FormContext = createContext<FormApi | null>(null);

export function useFormApi(): FormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error('useFormApi is used outside the consultation form');
  return api;
}

/** Replaces one item of a list. */
export const replaceAt = <T,>(items: readonly T[], index: number, patch: Partial<T>): T[] =>
  items.map((item, i) => (i === index ? { ...item, ...patch } : item));
export const removeAt = <T,>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);
