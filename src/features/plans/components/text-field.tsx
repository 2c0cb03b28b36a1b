import { useId } from 'react';

/** A labelled line of text with its message below it, tied to the field so it is read out with it. */
export function TextField({ label, value, onChange, error }: { label: string; value: string; onChange: (next: string) => void; error?: string | undefined }) {
  const errorId = `${useId()}-error`;
  return (
    <>
      <label className="stacked">
        <span>{label}</span>
        <input value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={Boolean(error) || undefined} aria-describedby={error ? errorId : undefined} />
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
