import { useCallback, useEffect, useMemo, useRef } from 'react';
import { draftStore, type Draft } from './draft-store';
import { newRowId, type FormValues } from './form-values';

interface AutosaveOptions {
  /** Null while the form does not know yet where its draft lives. */
  draftKey: string | null;
  values: FormValues;
  /** Only what the person changed is a draft; opening a record is not. */
  dirty: boolean;
  recordId: string | null;
  baseVersion: number | null;
}

const DEBOUNCE_MS = 300;

/**
 * Saves the form as a draft a moment after the person stops typing, and at once when the page is
 * hidden, closed or the form unmounts, so that nothing typed is lost. When the draft's key moves
 * (an edit rebased on a newer version) the old one goes.
 */
export function useDraftAutosave({
  draftKey,
  values,
  dirty,
  recordId,
  baseVersion,
}: AutosaveOptions) {
  const writer = useMemo(() => newRowId('w'), []);
  const pending = useRef<Omit<Draft, 'savedAt'> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  const flush = useCallback((leaving = false) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (!next || stopped.current) return;
    const draft = { ...next, savedAt: new Date().toISOString() };
    // A page on its way out does not wait for IndexedDB.
    if (leaving) draftStore.rescue(draft);
    void draftStore.save(draft).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!draftKey || !dirty || stopped.current) return;
    pending.current = { key: draftKey, values, recordId, baseVersion, writer };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(), DEBOUNCE_MS);
  }, [draftKey, values, dirty, recordId, baseVersion, writer, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush(true);
    };
    const onPageHide = () => flush(true);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const previousKey = useRef(draftKey);
  useEffect(() => {
    const before = previousKey.current;
    previousKey.current = draftKey;
    if (before && draftKey && before !== draftKey)
      void draftStore.discard(before, { writer }).catch(() => undefined);
  }, [draftKey, writer]);

  /** After a successful save: nothing more is written, and this form's draft goes. */
  const finish = useCallback(async () => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    if (draftKey) await draftStore.discard(draftKey, { writer }).catch(() => undefined);
  }, [draftKey, writer]);

  /** "Discard draft": the stored draft goes whoever wrote it; typing later starts a new one. */
  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    if (draftKey) await draftStore.discard(draftKey).catch(() => undefined);
  }, [draftKey]);

  /** Makes a restored draft this form's own, so that saving here discards it. */
  const claim = useCallback(
    (draft: Draft) => {
      void draftStore.save({ ...draft, writer }).catch(() => undefined);
    },
    [writer],
  );

  return { writer, flush, finish, discard, claim };
}
