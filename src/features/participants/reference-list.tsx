import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LabelledReference, ReferenceSummary } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';

function hrefOf(ref: LabelledReference): string | null {
  switch (ref.entity) {
    case 'consultation':
      return paths.consultation(ref.id);
    case 'planItem':
      return ref.planId ? paths.plan(ref.planId) : null;
    case 'plan':
      return paths.plan(ref.id);
    case 'topic':
      return paths.topic(ref.id);
    default:
      return paths.participant(ref.entity, ref.id);
  }
}

/** What points at an entry: counts by kind of record, then the records themselves, each a link. */
export function ReferenceList({ summary }: { summary: ReferenceSummary }) {
  const { t } = useTranslation('participants');
  const language = useLanguage();
  const shown = summary.items.length;
  return (
    <div className="reference-list">
      <ul className="reference-counts">
        {Object.entries(summary.counts).map(([entity, count]) => (
          <li key={entity}>{t(`references.${entity}`, { count })}</li>
        ))}
      </ul>
      <ul className="reference-items">
        {summary.items.map((ref) => {
          const text = ref.title ?? (localize(ref.name, language) || ref.id);
          const href = hrefOf(ref);
          return (
            <li key={`${ref.entity}-${ref.id}-${ref.field}`}>
              <span className="reference-kind">{t(`references.kind.${ref.entity}`)}:</span>{' '}
              {href ? <Link to={href}>{text}</Link> : text}
            </li>
          );
        })}
      </ul>
      {summary.total > shown && (
        <p className="field-hint">{t('references.more', { count: summary.total - shown })}</p>
      )}
    </div>
  );
}
