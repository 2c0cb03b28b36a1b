import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';
import { directoryApi, directoryKeys } from '@/api/queries/directory';
import type { Language } from '@/api/schemas';
import { EntityName } from '@/components/entity-name';
import { apiErrorMessage } from '@/lib/api-error-message';

export type CreatableKind = 'body' | 'person' | 'topic';

export interface CreateRequest {
  kind: CreatableKind;
  text: string;
  /** Bodies and people belong to a party. */
  partyId?: string | null;
  onCreated: (id: string) => void;
}

/** Which language a typed name is in: Kazakh letters, other Cyrillic, or Latin. */
export function languageOfName(text: string): Language {
  if (/[әғқңөұүһі]/iu.test(text)) return 'kk';
  if (/[а-яё]/iu.test(text)) return 'ru';
  return 'en';
}

const nameLanguages: readonly Language[] = ['kk', 'ru', 'en'];

/**
 * A small form, inside the consultation form, that adds a missing body, person or topic to the
 * directory and chooses it. What was typed in the picker fills the name in its language; the other
 * spellings are optional (names fall back between languages).
 */
export function CreateEntry({ request, onClose }: { request: CreateRequest; onClose: () => void }) {
  const { t } = useTranslation('consultationForm');
  const queryClient = useQueryClient();
  const baseId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const typedIn = languageOfName(request.text);
  const [names, setNames] = useState<Record<Language, string>>({
    kk: '',
    ru: '',
    en: '',
    [typedIn]: request.text,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => firstRef.current?.focus(), []);

  const create = useMutation({
    mutationFn: () => {
      const name = Object.fromEntries(
        nameLanguages.filter((l) => names[l].trim()).map((l) => [l, names[l].trim()]),
      );
      const body =
        request.kind === 'topic'
          ? { name, parentId: null }
          : request.kind === 'body'
            ? { name, partyId: request.partyId, parentId: null }
            : { name, partyId: request.partyId, positions: [] };
      return directoryApi.create(request.kind, body);
    },
    meta: { silent: true },
    onSuccess: async (entry) => {
      await queryClient.invalidateQueries({ queryKey: directoryKeys.all(request.kind) });
      request.onCreated((entry as { id: string }).id);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 422) {
        const fields = error.fieldErrors();
        setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([k, code]) => [k.replace(/^name\.?/, '') || 'name', code]),
          ),
        );
      } else setErrors({ form: apiErrorMessage(error, t) });
    },
  });

  const submit = () => {
    if (!nameLanguages.some((l) => names[l].trim())) {
      setErrors({ name: 'required' });
      firstRef.current?.focus();
      return;
    }
    setErrors({});
    create.mutate();
  };
  // Enter creates the entry instead of submitting the consultation form around it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  const message = (code: string | undefined) =>
    code ? t(`common:field.${code}`, { defaultValue: code }) : undefined;
  const nameError = message(errors.name);

  return (
    <div className="cf-create" role="group" aria-labelledby={`${baseId}-title`}>
      <h4 id={`${baseId}-title`}>{t(`create.title.${request.kind}`)}</h4>
      {request.partyId && (
        <p className="field-hint">
          {t('create.party')}: <EntityName kind="party" id={request.partyId} />
        </p>
      )}
      {nameLanguages.map((lang, i) => {
        const id = `${baseId}-${lang}`;
        const error = message(errors[lang]) ?? (i === 0 ? nameError : undefined);
        return (
          <div className="cf-field" key={lang}>
            <label htmlFor={id}>{t(`create.name.${lang}`)}</label>
            <input
              ref={lang === typedIn ? firstRef : undefined}
              id={id}
              type="text"
              autoComplete="off"
              value={names[lang]}
              aria-invalid={Boolean(error) || undefined}
              aria-describedby={error ? `${id}-message` : undefined}
              onChange={(e) => setNames((n) => ({ ...n, [lang]: e.target.value }))}
              onKeyDown={onKeyDown}
            />
            {error && (
              <p id={`${id}-message`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="cf-actions">
        <button type="button" onClick={submit} disabled={create.isPending}>
          {t(`create.submit.${request.kind}`)}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
