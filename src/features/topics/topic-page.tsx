import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { directoryQueries, type DirectoryEntry } from '@/api/queries/directory';
import { profileApi, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import { statsQueries } from '@/api/queries/stats';
import { languages } from '@/api/schemas';
import { DeleteEntryPanel } from '@/components/directory-actions/delete-entry-panel';
import { MergeEntryPanel } from '@/components/directory-actions/merge-entry-panel';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { CountLink } from '@/components/count-link';
import { consultationsOfTopic } from './links';
import { TopicConsultations, pageFrom, topicConsultationsQuery } from './topic-consultations';
import { TopicForm, type TopicFormMode } from './topic-form';
import { TopicReferences } from './topic-references';
import { TopicTrendChart } from './topic-trend-chart';
import { onAxis, quarterAxis } from './topic-tree';
import { useCanEditTopics } from './use-can-edit-topics';
import { useTopicMessage } from './use-topic-message';
import '@/components/directory-page.css';
import './topics.css';

export const topicLoader = async (queryClient: QueryClient, id: string, url: URL) => {
  await Promise.all([
    queryClient.ensureQueryData(directoryQueries.detail('topic', id)),
    queryClient.ensureQueryData(directoryQueries.list('topic')),
    queryClient.ensureQueryData(statsQueries.topics()),
    queryClient.prefetchQuery(topicConsultationsQuery(id, pageFrom(url.searchParams))),
  ]);
};

type Panel = TopicFormMode | 'child' | 'merge' | 'delete' | null;

/** One topic: where it sits in the taxonomy, its trend, its company, and its consultations. */
export function TopicPage({ id }: { id: string }) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const topic = useQuery(directoryQueries.detail('topic', id));
  if (!topic.data) {
    return (
      <section className="page">
        <h1>{tc('nav.topics')}</h1>
        <p role="status">{topic.isError ? t('topic.loadFailed') : tc('state.loading')}</p>
      </section>
    );
  }
  return <TopicView key={id} topic={topic.data} />;
}

function TopicView({ topic }: { topic: DirectoryEntry<'topic'> }) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const canEdit = useCanEditTopics();
  const topicMessage = useTopicMessage();
  const queryClient = useQueryClient();
  const [panel, setPanel] = useState<Panel>(null);
  const topicList = useQuery(directoryQueries.list('topic')).data;
  const statList = useQuery(statsQueries.topics()).data;
  const all = useMemo(() => topicList?.items ?? [], [topicList]);
  const stats = useMemo(() => statList?.topics ?? [], [statList]);
  const facets = useQuery(consultationQueries.facets({ topic: [topic.id] }));
  const parties = useDirectoryLookup('party');
  const byId = useMemo(() => new Map(all.map((x) => [x.id, x])), [all]);
  const statOf = useMemo(() => new Map(stats.map((s) => [s.topicId, s])), [stats]);
  const axis = useMemo(() => quarterAxis(stats), [stats]);
  const nameOf = (id: string) => localize(byId.get(id)?.name, language) || id;

  const name = localize(topic.name, language);
  const stat = statOf.get(topic.id);
  const ancestors: string[] = [];
  for (
    let cursor = topic.parentId, guard = 0;
    cursor && guard < 50;
    cursor = byId.get(cursor)?.parentId ?? null, guard++
  )
    ancestors.unshift(cursor);
  const children = all
    .filter((x) => x.parentId === topic.id)
    .sort((a, b) => (statOf.get(b.id)?.withChildren ?? 0) - (statOf.get(a.id)?.withChildren ?? 0));
  const values = onAxis(stat?.trend ?? [], axis);
  const removed = Boolean(topic.deletedAt);
  const restore = useMutation({
    mutationFn: () => profileApi.restore('topic', topic.id, topic.version),
    onSuccess: () => refreshAfterDirectoryWrite(queryClient, 'topic'),
  });
  const toggle = (next: Exclude<Panel, null>) => setPanel((p) => (p === next ? null : next));
  const close = () => setPanel(null);
  const topParties = (facets.data?.party ?? []).slice(0, 8);

  return (
    <article className="page topic-page" data-testid="topic">
      <nav aria-label={t('topic.breadcrumb')} className="breadcrumb no-print">
        <ol>
          <li>
            <Link to={paths.topics()}>{tc('nav.topics')}</Link>
          </li>
          {ancestors.map((a) => (
            <li key={a}>
              <Link to={paths.topic(a)}>{nameOf(a)}</Link>
            </li>
          ))}
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <header className="profile-header">
        <div>
          <h1>{name}</h1>
          <ul className="spellings" aria-label={t('topic.spellings')}>
            {languages
              .filter((lang) => topic.name[lang])
              .map((lang) => (
                <li key={lang}>
                  <span className="muted">{tc(`languages.${lang}`)}:</span>{' '}
                  <span lang={lang}>{topic.name[lang]}</span>
                </li>
              ))}
          </ul>
        </div>
        {canEdit && !removed && (
          <div className="profile-actions no-print">
            {(['rename', 'move', 'child', 'merge', 'delete'] as const).map((action) => (
              <button
                key={action}
                type="button"
                className="secondary"
                aria-expanded={panel === action}
                onClick={() => toggle(action)}
              >
                {t(`actions.${action}`)}
              </button>
            ))}
          </div>
        )}
      </header>

      {removed && (
        <div className="notice" role="status">
          {topic.mergedInto ? (
            <p>
              {t('topic.merged', { date: formatDateTime(topic.deletedAt ?? '', language) })}{' '}
              <Link to={paths.topic(topic.mergedInto)}>{nameOf(topic.mergedInto)}</Link>
            </p>
          ) : (
            <p>{t('topic.deleted', { date: formatDateTime(topic.deletedAt ?? '', language) })}</p>
          )}
          {canEdit && !topic.mergedInto && (
            <button type="button" disabled={restore.isPending} onClick={() => restore.mutate()}>
              {tc('actions.restore')}
            </button>
          )}
        </div>
      )}
      {(panel === 'rename' || panel === 'move') && (
        <TopicForm mode={panel} topic={topic} onDone={close} />
      )}
      {panel === 'child' && <TopicForm mode="create" parentId={topic.id} onDone={close} />}
      {panel === 'merge' && (
        <MergeEntryPanel
          kind="topic"
          entry={{ id: topic.id, name }}
          namespace="topics"
          refusalMessage={topicMessage}
          References={TopicReferences}
          pathOf={paths.topic}
          onClose={close}
        />
      )}
      {panel === 'delete' && (
        <DeleteEntryPanel
          kind="topic"
          entry={{ id: topic.id, version: topic.version, name }}
          namespace="topics"
          References={TopicReferences}
          onClose={close}
        />
      )}

      <section className="profile-facts" aria-labelledby="topic-facts-heading">
        <h2 id="topic-facts-heading">{t('topic.facts')}</h2>
        <dl className="fact-grid">
          <div className="fact">
            <dt>{t('topic.withChildren')}</dt>
            <dd>
              <CountLink count={stat?.withChildren ?? 0} to={consultationsOfTopic(topic.id)} />
            </dd>
          </div>
          <div className="fact">
            <dt>{t('topic.own')}</dt>
            <dd>{formatNumber(stat?.own ?? 0, language)}</dd>
          </div>
          <div className="fact">
            <dt>{t('topic.subtopics')}</dt>
            <dd>{formatNumber(children.length, language)}</dd>
          </div>
        </dl>
      </section>

      <TopicTrendChart topicId={topic.id} name={name} axis={axis} values={values} />

      <div className="profile-columns">
        <section aria-labelledby="topic-children-heading">
          <h2 id="topic-children-heading">{t('topic.subtopics')}</h2>
          {children.length === 0 ? (
            <p className="muted">{t('topic.noSubtopics')}</p>
          ) : (
            <ul className="tally-list">
              {children.map((c) => {
                const count = statOf.get(c.id)?.withChildren ?? 0;
                return (
                  <li key={c.id}>
                    <span>
                      <Link to={paths.topic(c.id)}>{nameOf(c.id)}</Link>
                    </span>
                    <span className="num">
                      {count ? (
                        <Link
                          to={consultationsOfTopic(c.id)}
                          aria-label={t('tree.openList', {
                            count,
                            formatted: formatNumber(count, language),
                            name: nameOf(c.id),
                          })}
                        >
                          {formatNumber(count, language)}
                        </Link>
                      ) : (
                        '0'
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section aria-labelledby="topic-with-heading">
          <h2 id="topic-with-heading">{t('topic.cooccurring')}</h2>
          {!stat?.cooccurring.length ? (
            <p className="muted">{t('topic.noCooccurring')}</p>
          ) : (
            <ul className="tally-list">
              {stat.cooccurring.map((c) => (
                <li key={c.topicId}>
                  <span>
                    <Link to={paths.topic(c.topicId)}>{nameOf(c.topicId)}</Link>
                  </span>
                  <span className="num">
                    {t('topic.together', {
                      count: c.count,
                      formatted: formatNumber(c.count, language),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="topic-parties-heading">
          <h2 id="topic-parties-heading">{t('topic.parties')}</h2>
          {topParties.length === 0 ? (
            <p className="muted">{facets.isPending ? tc('state.loading') : t('topic.noParties')}</p>
          ) : (
            <ul className="tally-list">
              {topParties.map((p) => {
                const partyName = entryName(parties.get(p.value), language) || p.value;
                return (
                  <li key={p.value}>
                    <span>
                      <Link to={paths.participant('party', p.value)}>{partyName}</Link>
                    </span>
                    <span className="num">
                      <Link
                        to={consultationsOfTopic(topic.id, { party: p.value })}
                        aria-label={t('tree.openList', {
                          count: p.count,
                          formatted: formatNumber(p.count, language),
                          name: partyName,
                        })}
                      >
                        {formatNumber(p.count, language)}
                      </Link>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>

      <TopicConsultations topicId={topic.id} />
    </article>
  );
}
