import { useTranslation } from 'react-i18next';
import type { Consultation } from '@/api/schemas';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { useUserName } from './use-names';

/** The record itself: its language, who logged and changed it and when, its version. */
export function RecordMetaSection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const userName = useUserName();
  return (
    <section aria-labelledby="record-meta" className="record-section">
      <h2 id="record-meta">{t('record.meta')}</h2>
      <dl className="record-facts">
        <dt>{t('record.fields.language')}</dt>
        <dd>{tCommon(`languages.${c.language}`)}</dd>
        <dt>{t('record.created')}</dt>
        <dd>
          {t('record.history.byAt', {
            name: userName(c.createdBy),
            at: formatDateTime(c.createdAt, language),
          })}
        </dd>
        <dt>{t('record.updated')}</dt>
        <dd>
          {t('record.history.byAt', {
            name: userName(c.updatedBy),
            at: formatDateTime(c.updatedAt, language),
          })}
        </dd>
        <dt>{t('record.versionLabel')}</dt>
        <dd>{c.version}</dd>
      </dl>
    </section>
  );
}
