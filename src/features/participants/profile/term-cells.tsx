import { useTranslation } from 'react-i18next';
import { formatDay } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';

/** The column heads of a position's term, for a table of positions or of staff. */
export function TermHeaders() {
  const { t } = useTranslation('participants');
  return (
    <>
      <th scope="col">{t('person.from')}</th>
      <th scope="col">{t('person.to')}</th>
    </>
  );
}

/** A position's term: since when (or that it is not known) and until when (or that it goes on). */
export function TermCells({ from, to }: { from: string | null | undefined; to: string | null | undefined }) {
  const { t } = useTranslation('participants');
  const language = useLanguage();
  return (
    <>
      <td>{from ? formatDay(from, language) : <span className="muted">{t('person.unknownDate')}</span>}</td>
      <td>{to ? formatDay(to, language) : <span className="muted">{t('person.present')}</span>}</td>
    </>
  );
}
