import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { sessionQueries } from '@/api/queries/session';
import { mayWriteConsultations } from '@/lib/consultation-permissions';
import { paths } from '@/lib/paths';

/** Keys typed into a field are text, not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    type,
  );
}

/**
 * The app's single-key shortcuts: `n` opens a new consultation (for those who may log one) and `/`
 * focuses the page's search field (`[data-search-input]`). They are ignored while the person types
 * in a field and when Ctrl, Alt or Meta is held, so they never take a character or a browser
 * shortcut away. Mounted once, in the root layout.
 */
export function useGlobalShortcuts(): void {
  const navigate = useNavigate();
  const me = useQuery(sessionQueries.me()).data;
  const mayWrite = useRef(false);
  mayWrite.current = mayWriteConsultations(me?.role);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.isComposing
      )
        return;
      if (isTyping(event.target)) return;
      // By the key's place too: on a Kazakh or Russian layout the N key types "т", the / key ".".
      const isN = event.key === 'n' || (event.code === 'KeyN' && !/^[a-z]$/i.test(event.key));
      const isSlash = event.key === '/' || (event.code === 'Slash' && !/^[a-z]$/i.test(event.key));
      if (isN && !event.shiftKey) {
        if (!mayWrite.current) return;
        event.preventDefault();
        void navigate(paths.newConsultation());
      } else if (isSlash) {
        // Some layouts need Shift for "/", so Shift is allowed here.
        const search = document.querySelector<HTMLElement>('[data-search-input]');
        if (!search) return;
        event.preventDefault();
        search.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
