import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button that asks. */
  label: string;
  /** The question shown once asked. */
  question: ReactNode;
  /** The button that does it. */
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  className?: string;
}

/**
 * An action that asks first, in place: the question and its two answers appear beside the button,
 * focus moves to the answer, Escape or Cancel takes it back.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  className,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setAsking(false);
  };

  if (!asking) {
    return (
      <button
        ref={askRef}
        type="button"
        className={className}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId}>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="danger"
        disabled={busy}
        onKeyDown={cancelOnEscape}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="secondary"
        onKeyDown={cancelOnEscape}
        onClick={() => setAsking(false)}
      >
        {t('actions.cancel')}
      </button>
    </div>
  );
}
