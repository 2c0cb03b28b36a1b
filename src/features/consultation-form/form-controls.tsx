import type { ReactNode } from 'react';
import { fieldId } from './validation';

interface FieldProps {
  /** The field's key: names its id, its message and its place in the error summary. */
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  className?: string;
}

const describedBy = (id: string, error?: string, hint?: string) =>
  [error ? `${id}-message` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') ||
  undefined;

function Messages({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-message`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

function Label({
  id,
  label,
  required,
}: {
  id: string;
  label: string;
  required?: boolean | undefined;
}) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'date';
  inputMode?: 'numeric' | 'url' | 'text';
  autoComplete?: string;
  min?: string;
  max?: string;
  placeholder?: string;
}

/** A labelled text input or text area with its hint and error wired for assistive technology. */
export function TextField(props: TextFieldProps) {
  const {
    name,
    label,
    error,
    hint,
    required,
    value,
    onChange,
    onBlur,
    multiline,
    rows = 3,
    type = 'text',
  } = props;
  const id = fieldId(name);
  const common = {
    id,
    name,
    value,
    'aria-invalid': Boolean(error) || undefined,
    'aria-describedby': describedBy(id, error, hint),
    'aria-required': required || undefined,
    onBlur,
  };
  return (
    <div className={`cf-field ${props.className ?? ''}`} data-invalid={Boolean(error) || undefined}>
      <Label id={id} label={label} required={required} />
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
          placeholder={props.placeholder}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
          placeholder={props.placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

interface SelectFieldProps<V extends string> extends FieldProps {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  idOverride?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { name, label, error, hint, required, value, onChange, options } = props;
  const id = props.idOverride ?? fieldId(name);
  return (
    <div className={`cf-field ${props.className ?? ''}`} data-invalid={Boolean(error) || undefined}>
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldId(name);
  return (
    <div className="cf-field cf-checkbox">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A repeated row's frame: a legend that names it and a button that removes it. */
export function RowFieldset({
  legend,
  removeLabel,
  onRemove,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="cf-row">
      <legend>{legend}</legend>
      <div className="cf-row-body">{children}</div>
      <button type="button" className="secondary cf-remove" onClick={onRemove}>
        {removeLabel}
      </button>
    </fieldset>
  );
}

/** A group's own message ("a bilateral consultation has exactly two parties"). */
export function GroupMessage({ name, error }: { name: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-message`} className="field-error">
      {error}
    </p>
  );
}
