import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';

/** A field error in words: the topics' own wording (moves and merges in the tree), else the shared one. */
export function useTopicMessage(): (code: string) => string {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  return (code) =>
    t(`field.${code}`, {
      defaultValue: tc(`field.${code}`, { defaultValue: tc('field.invalid') }),
    });
}

/** The API's field errors as a topic form names its fields (`data.parentId` → `parentId`). */
export function topicFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiRequestError) || error.status !== 422) return {};
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(error.fieldErrors()))
    out[field.replace(/^data\./, '')] ??= code;
  return out;
}
