import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationRef } from '@/api/schemas/profiles';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { StatusMark, shownStatus } from '../status-mark';

interface Props {
  items: ConsultationRef[];
  /** Names the other parties at the table, leaving out the one the page is about. */
  partyName: (id: string) => string;
  exceptParty?: string | null;
  today: string;
  testId?: string;
}

/** Consultations as dated rows: when, what (a link), its status, and with whom. */
export function ConsultationRefs({ items, partyName, exceptParty, today, testId }: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="consultation-refs" data-testid={testId}>
      {items.map((c) => {
        const others = c.partyIds.filter((p) => p !== exceptParty);
        return (
          <li key={c.id}>
            <span className="ref-date">{formatFuzzyDate(c.date, language, tc)}</span>
            <span className="ref-title">
              <Link to={paths.consultation(c.id)}>{c.title}</Link>
              {others.length > 0 && (
                <span className="ref-parties">
                  {' '}
                  {t('profile.withParties', { parties: others.map(partyName).join(', ') })}
                </span>
              )}
            </span>
            <StatusMark status={shownStatus(c.status, c.date, today)} />
          </li>
        );
      })}
    </ol>
  );
}
