import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferenceSummary } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';

/** What points at a topic: its consultations and subtopics, each a link. */
export function TopicReferences({ summary }: { summary: ReferenceSummary }) {
  const { t } = useTranslation('topics');
  const language = useLanguage();
  return (
    <div className="reference-list">
      <ul className="reference-counts">
        {Object.entries(summary.counts).map(([entity, count]) => (
          <li key={entity}>
            {t(`references.${entity === 'topic' ? 'topic' : 'consultation'}`, { count })}
          </li>
        ))}
      </ul>
      <ul className="reference-items">
        {summary.items.map((ref) => (
          <li key={`${ref.entity}-${ref.id}`}>
            {ref.entity === 'topic' ? (
              <Link to={paths.topic(ref.id)}>{localize(ref.name, language) || ref.id}</Link>
            ) : (
              <Link to={paths.consultation(ref.id)}>{ref.title ?? ref.id}</Link>
            )}
          </li>
        ))}
      </ul>
      {summary.total > summary.items.length && (
        <p className="field-hint">
          {t('references.more', { count: summary.total - summary.items.length })}
        </p>
      )}
    </div>
  );
}
