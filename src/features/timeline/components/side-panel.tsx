import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A panel beside the timeline (a non-modal dialog): it takes focus when it opens or shows another
 * record, Esc or the close button closes it, and the page gives focus back to what opened it.
 */
export function SidePanel({
  title,
  onClose,
  children,
  contentKey,
  className = '',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** When this changes, focus moves to the heading again. */
  contentKey: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    headingRef.current?.focus();
  }, [contentKey]);
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div ref={panelRef} role="dialog" aria-modal="false" aria-labelledby={headingId} className={`tl-panel ${className}`}>
      <div className="tl-panel-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="secondary tl-panel-close" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
      <div className="tl-panel-body">{children}</div>
    </div>
  );
}
