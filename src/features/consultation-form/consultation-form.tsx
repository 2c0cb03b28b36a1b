import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiRequestError } from '@/api/client';
import { consultationApi, consultationKeys } from '@/api/queries/consultations';
import { Consultation, ConsultationInput } from '@/api/schemas';
import { useDirectoryLookup } from '@/components/entity-name';
import { apiErrorMessage } from '@/lib/api-error-message';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { ConflictPanel } from './conflict-panel';
import { DelegationsSection } from './delegations-section';
import { ContentSection, WhatAndWhenSection } from './details-sections';
import { draftStore, editDraftKey, newDraftKey } from './draft-store';
import { DuplicateWarning } from './duplicate-warning';
import { ErrorSummary } from './error-summary';
import { FormContext, type FormApi } from './form-context';
import { emptyValues, newRowId, toInput, type FormValues } from './form-values';
import { PastePanel } from './paste-panel';
import { valuesFromProposal, type PastedProposal, type PressReleaseParser } from './prefill';
import { FollowUpsSection, OutcomesSection, SourcesSection } from './results-sections';
import { useDraftAutosave } from './use-draft-autosave';
import {
  fieldId,
  serverFieldErrors,
  validate,
  type FieldErrors,
  type ReferenceLookups,
} from './validation';
import './consultation-form.css';

export type ConsultationFormProps = {
  userId: string;
  /** What the form starts with when there is no draft: a record's values, a prefilled or an empty form. */
  initial: FormValues;
  parse?: PressReleaseParser | undefined;
} & (
  | { mode: 'new'; draftSlot: string | null; record?: undefined }
  | { mode: 'edit'; record: Consultation; draftSlot?: undefined }
);

interface SaveRequest {
  values: FormValues;
  version: number | null;
}

/** Whether a field key lies under another ("delegations.0.partyId" under "delegations"). */
const under = (key: string, parent: string) => key === parent || key.startsWith(`${parent}.`);
/** The row or object a key belongs to: a change there makes the API's old verdict on it stale. */
const scopeOf = (key: string) => (key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : key);

/**
 * The consultation form, new or edit: every field of the contract, validated as the person types
 * and on save with the contract's schema, saved as a local draft all along, with the duplicate
 * warning, the API's field errors at their fields, and edit conflicts resolved field by field.
 */
export function ConsultationForm(props: ConsultationFormProps) {
  const { mode, userId, initial, record, parse } = props;
  const { t } = useTranslation('consultationForm');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const [values, setValues] = useState<FormValues>(initial);
  const [baseVersion, setBaseVersion] = useState<number | null>(record?.version ?? null);
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [draftChecked, setDraftChecked] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Consultation | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const draftKey =
    mode === 'new'
      ? newDraftKey(userId, props.draftSlot)
      : editDraftKey(userId, record.id, baseVersion ?? record.version);
  const autosave = useDraftAutosave({
    draftKey: draftChecked ? draftKey : null,
    values,
    dirty,
    recordId: record?.id ?? null,
    baseVersion,
  });

  // A draft from before (a reload, a crash, a closed tab) comes back before the person types.
  const { claim } = autosave;
  useEffect(() => {
    let cancelled = false;
    const load =
      mode === 'new'
        ? draftStore.load(newDraftKey(userId, props.draftSlot))
        : draftStore.loadEdit(userId, record.id);
    load
      .then((draft) => {
        if (cancelled) return;
        if (draft) {
          setValues(draft.values);
          setRestoredAt(draft.savedAt);
          setDirty(true);
          if (mode === 'edit' && draft.baseVersion) setBaseVersion(draft.baseVersion);
          claim(draft);
        }
        setDraftChecked(true);
      })
      .catch(() => !cancelled && setDraftChecked(true));
    return () => {
      cancelled = true;
    };
    // Once per form: the route gives each record (and each new-form slot) its own form.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const party = useDirectoryLookup('party');
  const body = useDirectoryLookup('body');
  const person = useDirectoryLookup('person');
  const topic = useDirectoryLookup('topic');
  const place = useDirectoryLookup('place');
  const lookups = useMemo<ReferenceLookups>(
    () => ({ party, body, person, topic, place }),
    [party, body, person, topic, place],
  );
  const today = useMemo(() => new Date(), []);
  const clientErrors = useMemo(() => validate(values, today, lookups), [values, today, lookups]);

  const visible = useMemo(() => {
    const shown: FieldErrors = {};
    const touchedKeys = [...touched];
    for (const [key, code] of Object.entries(clientErrors)) {
      if (submitted || touchedKeys.some((k) => under(k, key))) shown[key] = code;
    }
    for (const [key, code] of Object.entries(serverErrors)) shown[key] ??= code;
    return shown;
  }, [clientErrors, serverErrors, touched, submitted]);

  const message = useCallback(
    (code: string) => tCommon(`field.${code}`, { defaultValue: tCommon('field.invalid') }),
    [tCommon],
  );

  const api = useMemo<FormApi>(
    () => ({
      values,
      update: (key, updater, options) => {
        setValues(updater);
        setDirty(true);
        setServerErrors((errors) => {
          const scope = scopeOf(key);
          const kept = Object.entries(errors).filter(([k]) => !under(k, key) && !under(k, scope));
          return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
        });
        if (options?.touch) setTouched((s) => (s.has(key) ? s : new Set(s).add(key)));
      },
      touch: (key) => setTouched((s) => (s.has(key) ? s : new Set(s).add(key))),
      error: (key) => (visible[key] ? message(visible[key]) : undefined),
    }),
    [values, visible, message],
  );

  // After a refused save, the first field in error takes the focus (in the order the form shows them).
  useEffect(() => {
    if (!focusRequest) return;
    const targets = Object.keys(visible)
      .map((key) => document.getElementById(fieldId(key)))
      .filter((el): el is HTMLElement => Boolean(el))
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    (targets[0] ?? document.getElementById('cf-error-summary-title'))?.focus();
    // Only when asked, not on every keystroke.
  }, [focusRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useMutation({
    mutationFn: ({ values: toSave, version }: SaveRequest) => {
      const input = ConsultationInput.parse(toInput(toSave));
      return mode === 'new'
        ? consultationApi.create(input)
        : consultationApi.update(record.id, version ?? record.version, input);
    },
    meta: { silent: true },
    onSuccess: async (saved) => {
      await autosave.finish();
      queryClient.setQueryData(consultationKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: consultationKeys.all });
      toastStore.show({ kind: 'success', message: t('saved') });
      await navigate(paths.consultation(saved.id));
    },
    onError: (error) => {
      if (
        error instanceof ApiRequestError &&
        error.status === 422 &&
        error.problem.errors?.length
      ) {
        setServerErrors(serverFieldErrors(error.fieldErrors()));
        setFocusRequest((n) => n + 1);
        return;
      }
      if (error instanceof ApiRequestError && error.status === 409) {
        const stored = Consultation.safeParse(error.problem.current);
        if (stored.success) {
          setConflict(stored.data);
          return;
        }
      }
      setSaveError(error);
    },
  });

  const submit = (request?: SaveRequest) => {
    const toSave = request?.values ?? values;
    setSubmitted(true);
    setSaveError(null);
    const errors = validate(toSave, today, lookups);
    if (Object.keys(errors).length) {
      setFocusRequest((n) => n + 1);
      return;
    }
    save.mutate({ values: toSave, version: request?.version ?? baseVersion });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  // Ctrl/Cmd+Enter saves from any field; a plain Enter in a one-line field does not save a
  // half-filled form. A native listener, so it sees keys the pickers let through.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        submitRef.current();
        return;
      }
      const target = event.target;
      if (
        target instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'submit', 'button'].includes(target.type)
      )
        event.preventDefault();
    };
    form.addEventListener('keydown', onKeyDown);
    return () => form.removeEventListener('keydown', onKeyDown);
  }, [draftChecked]);

  const discardDraft = async () => {
    const previous = values;
    await autosave.discard();
    setValues(initial);
    setDirty(false);
    setRestoredAt(null);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    if (record) setBaseVersion(record.version);
    toastStore.show({
      kind: 'info',
      message: t('draft.discarded'),
      action: {
        label: tCommon('actions.undo'),
        run: () => {
          setValues(previous);
          setDirty(true);
        },
      },
    });
  };

  const fill = (proposal: PastedProposal) => {
    setValues((v) => valuesFromProposal(proposal, v));
    setDirty(true);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
  };
  const openElsewhere = async (proposal: PastedProposal) => {
    const slot = newRowId('p');
    await draftStore.save({
      key: newDraftKey(userId, slot),
      values: valuesFromProposal(proposal, emptyValues(proposal.language)),
      savedAt: new Date().toISOString(),
      recordId: null,
      baseVersion: null,
      writer: 'handoff',
    });
    const url = paths.newConsultation(`?draft=${encodeURIComponent(slot)}`);
    const opened = window.open(url, '_blank');
    if (opened) opened.opener = null;
    else await navigate(url);
  };

  if (!draftChecked) return <p role="status">{tCommon('state.loading')}</p>;

  const summaryErrors =
    submitted || Object.keys(serverErrors).length ? Object.entries(visible) : [];
  const saving = save.isPending;
  return (
    <FormContext.Provider value={api}>
      {restoredAt && (
        <div className="cf-draft-notice" role="status">
          <p>{t('draft.restored', { time: formatDateTime(restoredAt, language) })}</p>
          <button type="button" className="secondary" onClick={() => void discardDraft()}>
            {t('draft.discard')}
          </button>
        </div>
      )}
      {record?.deletedAt && <p className="cf-warning">{t('deletedRecord')}</p>}
      {mode === 'new' && parse && (
        <PastePanel parse={parse} onFill={fill} onOpenElsewhere={openElsewhere} />
      )}
      {conflict && (
        <ConflictPanel
          mine={values}
          stored={conflict}
          saving={saving}
          onClose={() => setConflict(null)}
          onResolve={(resolved, version) => {
            setValues(resolved);
            setBaseVersion(version);
            setDirty(true);
            setConflict(null);
            submit({ values: resolved, version });
          }}
        />
      )}
      <form
        ref={formRef}
        className="cf-form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t(mode === 'new' ? 'newTitle' : 'editTitle')}
      >
        <ErrorSummary errors={summaryErrors} message={message} />
        <WhatAndWhenSection />
        <DuplicateWarning values={values} excludeId={record?.id} />
        <DelegationsSection />
        <ContentSection />
        <OutcomesSection />
        <FollowUpsSection />
        <SourcesSection />
        {Boolean(saveError) && (
          <div className="cf-save-error" role="alert">
            <p>{tCommon('errors.saveFailed', { reason: apiErrorMessage(saveError, tCommon) })}</p>
            <p>{t('keptTyped')}</p>
            <button type="button" onClick={() => submit()}>
              {tCommon('actions.retry')}
            </button>
          </div>
        )}
        <div className="cf-actions cf-submit">
          <button type="submit" disabled={saving} aria-describedby="cf-shortcut-hint">
            {saving ? t('saving') : tCommon('actions.save')}
          </button>
          <Link to={record ? paths.consultation(record.id) : paths.consultations()}>
            {tCommon('actions.cancel')}
          </Link>
          {dirty && !restoredAt && (
            <button type="button" className="link-button" onClick={() => void discardDraft()}>
              {t('draft.discard')}
            </button>
          )}
          <span id="cf-shortcut-hint" className="field-hint">
            {t('shortcutHint')}
          </span>
        </div>
      </form>
    </FormContext.Provider>
  );
}
