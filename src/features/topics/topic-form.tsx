import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryApi, type DirectoryEntry } from '@/api/queries/directory';
import { refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import { EntityPicker } from '@/components/entity-picker';
import { apiErrorMessage } from '@/lib/api-error-message';
import { toastStore } from '@/lib/toasts';
import { NameFields, fromNamesDraft, toNamesDraft } from './name-fields';
import { topicFieldErrors, useTopicMessage } from './use-topic-message';

export type TopicFormMode = 'create' | 'rename' | 'move';

interface Props {
  mode: TopicFormMode;
  /** The topic renamed or moved. */
  topic?: DirectoryEntry<'topic'>;
  /** For a new topic: where it goes. */
  parentId?: string | null;
  onDone: (id: string | null) => void;
}

/**
 * Adds a topic, renames one (its three names) or moves one under another parent. A move under the
 * topic itself or one of its subtopics is refused by the API, and the refusal is shown at the field.
 */
export function TopicForm({ mode, topic, parentId: initialParent = null, onDone }: Props) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const message = useTopicMessage();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [names, setNames] = useState(toNamesDraft(topic?.name));
  const [parentId, setParentId] = useState<string | null>(topic ? topic.parentId : initialParent);
  useEffect(() => headingRef.current?.focus(), []);

  const save = useMutation({
    mutationFn: async () => {
      const data = {
        name: topic && mode === 'move' ? topic.name : fromNamesDraft(names),
        parentId,
      };
      const record = topic
        ? await directoryApi.update('topic', topic.id, topic.version, data)
        : await directoryApi.create('topic', data);
      return record as { id: string };
    },
    meta: { silent: true },
    onSuccess: async (record) => {
      await refreshAfterDirectoryWrite(queryClient, 'topic');
      toastStore.show({ kind: 'success', message: t(`form.done.${mode}`) });
      onDone(record.id);
    },
  });
  const errors = useMemo(() => topicFieldErrors(save.error), [save.error]);
  const failure = save.error && !Object.keys(errors).length ? save.error : null;
  useEffect(() => {
    if (Object.keys(errors).length)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  return (
    <form
      ref={formRef}
      className="entry-form topic-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t(`form.heading.${mode}`)}
      </h2>
      {failure && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(failure, tc)}
        </p>
      )}
      {mode === 'move' && Object.keys(errors).some((field) => field.startsWith('name')) && (
        <p role="alert" className="form-alert">
          {t('form.nameClash')}
        </p>
      )}
      {mode !== 'move' && (
        <NameFields value={names} onChange={setNames} errors={errors} message={message} />
      )}
      {mode !== 'rename' && (
        <EntityPicker
          kind="topic"
          label={t('form.parent')}
          value={parentId}
          onChange={setParentId}
          hint={t('form.parentHint')}
          error={errors.parentId ? message(errors.parentId) : undefined}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {t(`form.submit.${mode}`)}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          {tc('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
