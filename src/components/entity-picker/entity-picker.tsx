import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryQueries, type DirectoryKind } from '@/api/queries/directory';
import { useLanguage } from '@/lib/i18n/use-language';
import { entryName, useDirectoryLookup } from '../entity-name';
import './entity-picker.css';

export interface EntityPickerProps {
  kind: DirectoryKind;
  /** The visible label. */
  label: string;
  /** The chosen entry's id, or null. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** Offers only bodies or people of these parties. */
  party?: string[];
  /** Offers a "create" option with what was typed. */
  onCreate?: (text: string) => void;
  /** A message shown under the field, marking it invalid. */
  error?: string;
  hint?: string;
  id?: string;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Hides the label visually (it stays for screen readers). */
  hideLabel?: boolean;
}

const useDebounced = <T,>(value: T, ms: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

/**
 * An autocomplete over the directory (ARIA 1.2 combobox with a listbox). It asks the API, whose
 * search ignores case and diacritics and knows all three languages, codes and acronyms: "Беларусь",
 * "Belarus" and "BY" find the same party.
 */
export function EntityPicker(props: EntityPickerProps) {
  const { kind, label, value, onChange, party, onCreate, error, hint, required, disabled, placeholder, hideLabel } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const generatedId = useId();
  const inputId = props.id ?? `picker-${generatedId}`;
  const listId = `${inputId}-list`;
  const messageId = `${inputId}-message`;
  const lookup = useDirectoryLookup(kind);
  const parties = useDirectoryLookup('party');
  const selectedName = value ? entryName(lookup.get(value), language) || value : '';
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const blurTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const query = useDebounced(text ?? '', 120);
  const results = useQuery({
    ...directoryQueries.list(kind, { q: query || undefined, party, limit: 20, sort: query ? undefined : '-consultations' }),
    enabled: open,
  });
  // Until the answer for what is typed now arrives, older suggestions are not offered.
  const settled = (text ?? '') === query;
  const options = settled ? (results.data?.items ?? []) : [];
  const createOffered = Boolean(onCreate && text?.trim());
  const count = options.length + (createOffered ? 1 : 0);

  const choose = (index: number) => {
    const option = options[index];
    if (option) onChange(option.id);
    else if (createOffered && text) onCreate?.(text.trim());
    setText(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, Math.max(count - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && count > 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setText(null);
    }
  };

  const describedBy = [error || hint ? messageId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="entity-picker" data-invalid={Boolean(error) || undefined}>
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <div className="entity-picker-control">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && count > 0 ? `${listId}-${active}` : undefined}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          disabled={disabled}
          placeholder={placeholder}
          value={text ?? selectedName}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => {
            // Back in the field before the blur's clean-up ran: keep what is typed.
            clearTimeout(blurTimer.current);
            setOpen(false);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // A click on an option lands before the blur closes the list.
            blurTimer.current = setTimeout(() => {
              setOpen(false);
              setText(null);
            }, 150);
          }}
        />
        {value && !disabled && (
          <button
            type="button"
            className="link-button entity-picker-clear"
            aria-label={t('picker.clear', { label })}
            onClick={() => {
              onChange(null);
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="entity-picker-list" hidden={!open}>
        {open && (!settled || results.isFetching) && options.length === 0 && (
          <li className="entity-picker-note">{t('state.loading')}</li>
        )}
        {open && settled && !results.isFetching && count === 0 && <li className="entity-picker-note">{t('picker.noMatch')}</li>}
        {options.map((option, index) => (
          // Keys are handled by the combobox input (aria-activedescendant); a click is the mouse's way.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="entity-picker-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <span>{entryName(option, language)}</span>
            {'partyId' in option && kind !== 'party' && (
              <span className="entity-picker-secondary">{entryName(parties.get(option.partyId), language)}</span>
            )}
          </li>
        ))}
        {createOffered && (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            id={`${listId}-${options.length}`}
            role="option"
            aria-selected={active === options.length}
            className="entity-picker-option entity-picker-create"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(options.length)}
          >
            {t('picker.create', { text: text?.trim() })}
          </li>
        )}
      </ul>
      {(error || hint) && (
        <p id={messageId} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
