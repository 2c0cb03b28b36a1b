import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { profileQueries } from '@/api/queries/profiles';
import { sessionQueries } from '@/api/queries/session';
import type { DirectoryKind } from '@/api/queries/directory';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

/** Who changed the entry and when, merges included. */
export function HistorySection({ kind, id }: { kind: DirectoryKind; id: string }) {
  const { t } = useTranslation('participants');
  const language = useLanguage();
  const headingId = useId();
  const history = useQuery(profileQueries.history(kind, id));
  const users = useQuery(sessionQueries.users()).data ?? [];
  const userName = (userId: string) => {
    const user = users.find((u) => u.id === userId);
    return user ? localize(user.name, language) : userId;
  };
  const entries = history.data?.items ?? [];
  return (
    <section className="profile-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.heading')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{history.isPending ? t('history.loading') : t('history.none')}</p>
      ) : (
        <ol className="history-list">
          {entries.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at}>{formatDateTime(h.at, language)}</time> — {userName(h.userId)}:{' '}
              <strong>{t(`history.action.${h.action}`, { defaultValue: h.action })}</strong>
              {h.changes.length > 0 && (
                <span className="muted">
                  {' '}
                  (
                  {h.changes
                    .map((c) => t(`history.field.${c.field}`, { defaultValue: c.field }))
                    .join(', ')}
                  )
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
