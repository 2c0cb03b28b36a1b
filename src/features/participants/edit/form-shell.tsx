import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '@/lib/api-error-message';

interface Props {
  heading: string;
  onSubmit: () => void;
  onCancel: () => void;
  pending: boolean;
  errors: Record<string, string>;
  /** A failure that is not about one field: a conflict, a refusal, no connection. */
  failure: unknown;
  submitLabel?: string;
  children: ReactNode;
}

/**
 * A directory form: takes the focus when it opens, says how many fields the API refused and moves
 * the focus to the first of them, shows any other failure above the fields.
 */
export function FormShell({
  heading,
  onSubmit,
  onCancel,
  pending,
  errors,
  failure,
  submitLabel,
  children,
}: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errorCount = Object.keys(errors).length;

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (!errorCount) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, errorCount]);

  return (
    <form
      ref={formRef}
      className="entry-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {errorCount > 0 && (
        <p role="alert" className="form-alert">
          {t('form.fixFields', { count: errorCount })}
        </p>
      )}
      {Boolean(failure) && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(failure, tc)}
        </p>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? t('form.saving') : (submitLabel ?? tc('actions.save'))}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {tc('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
