import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { entryShortName, useDirectoryLookup } from '@/components/entity-name';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { consultationsOfTopic } from './links';
import { StatusMark } from './status-mark';

export const TOPIC_PAGE_SIZE = 20;

/** The page of the topic's consultations the address asks for (1-based). */
export const pageFrom = (params: URLSearchParams): number =>
  Math.max(1, Math.floor(Number(params.get('page')) || 1));

export const topicConsultationsQuery = (topicId: string, page: number) =>
  consultationQueries.list({
    topic: [topicId],
    sort: '-date',
    limit: TOPIC_PAGE_SIZE,
    offset: (page - 1) * TOPIC_PAGE_SIZE,
  });

/** The topic's consultations (its subtopics' too), newest first, a page at a time. */
export function TopicConsultations({ topicId }: { topicId: string }) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const list = useQuery(topicConsultationsQuery(topicId, page));
  const parties = useDirectoryLookup('party');
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / TOPIC_PAGE_SIZE));
  const today = new Date().toISOString().slice(0, 10);
  const go = (next: number) => {
    const search = new URLSearchParams(params);
    if (next > 1) search.set('page', String(next));
    else search.delete('page');
    setParams(search);
  };
  return (
    <section className="topic-consultations" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('topic.consultationsHeading', { count: total })}</h2>
      {list.isPending ? (
        <p role="status">{tc('state.loading')}</p>
      ) : total === 0 ? (
        <p className="muted">{t('topic.noConsultations')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('topic.date')}</th>
                  <th scope="col">{t('topic.title')}</th>
                  <th scope="col">{t('topic.partiesColumn')}</th>
                  <th scope="col">{t('topic.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data?.items.map((c) => (
                  <tr key={c.id}>
                    <td className="nowrap">{formatFuzzyDate(c.date, language, tc)}</td>
                    <th scope="row">
                      <Link to={paths.consultation(c.id)}>{c.title}</Link>
                    </th>
                    <td>
                      {c.partyIds
                        .map((p) => entryShortName(parties.get(p), language) || p)
                        .join(', ')}
                    </td>
                    <td>
                      <StatusMark status={c.status} date={c.date} today={today} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('topic.pages')}>
            <button
              type="button"
              className="secondary"
              disabled={page <= 1}
              onClick={() => go(page - 1)}
            >
              {tc('actions.previous')}
            </button>
            <span>{tc('state.page', { page, pages })}</span>
            <button
              type="button"
              className="secondary"
              disabled={page >= pages}
              onClick={() => go(page + 1)}
            >
              {tc('actions.next')}
            </button>
            <Link to={consultationsOfTopic(topicId)}>{t('topic.openList')}</Link>
          </nav>
        </>
      )}
    </section>
  );
}
