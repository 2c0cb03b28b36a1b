import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { directoryQueries } from '@/api/queries/directory';
import { statsQueries } from '@/api/queries/stats';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { TopicForm } from './topic-form';
import {
  buildTopicTree,
  filterTree,
  flatten,
  quarterAxis,
  sortTree,
  type TopicOrder,
} from './topic-tree';
import { TopicTreeView } from './topic-tree-view';
import { TrendMatrix } from './trend-matrix';
import { useCanEditTopics } from './use-can-edit-topics';
import '@/components/directory-page.css';
import './topics.css';

/** The page draws from two answers: the taxonomy and the topic statistics. */
export const topicsLoader = async (queryClient: QueryClient) => {
  await Promise.all([
    queryClient.ensureQueryData(directoryQueries.list('topic')),
    queryClient.ensureQueryData(statsQueries.topics()),
  ]);
};

/**
 * The taxonomy as a tree with, for each topic, how often it came up (itself and with subtopics),
 * its trend per quarter, and the topics discussed with it most. Search and order live in the
 * address; analysts add topics here and rename, move and merge them on each topic's page.
 */
export function TopicsPage() {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canEdit = useCanEditTopics();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const order: TopicOrder = params.get('sort') === 'count' ? 'count' : 'name';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  // The box follows every keystroke; the address follows the box (and back/forward, the box).
  const [text, setText] = useState(q);
  const written = useRef(q);
  useEffect(() => {
    if (q !== written.current) {
      written.current = q;
      setText(q);
    }
  }, [q]);
  useEffect(() => {
    if (text === written.current) return;
    const timer = setTimeout(() => {
      written.current = text;
      setParam('q', text);
    }, 150);
    return () => clearTimeout(timer);
    // Only the text decides; setParam is rebuilt from the address each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const topics = useQuery(directoryQueries.list('topic'));
  const stats = useQuery(statsQueries.topics());
  const full = useMemo(
    () =>
      sortTree(
        buildTopicTree(topics.data?.items ?? [], stats.data?.topics ?? [], language),
        order,
        language,
      ),
    [topics.data, stats.data, language, order],
  );
  const tree = useMemo(() => filterTree(full, text), [full, text]);
  const axis = useMemo(() => quarterAxis(stats.data?.topics ?? []), [stats.data]);
  const names = useMemo(
    () => new Map((topics.data?.items ?? []).map((x) => [x.id, localize(x.name, language)])),
    [topics.data, language],
  );
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setCollapsed((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  // While searching every match is shown, whatever was folded.
  const shownCollapsed = text.trim() ? new Set<string>() : collapsed;
  const [adding, setAdding] = useState(false);

  const all = flatten(full);
  const shown = flatten(tree);
  const tagged = all.filter((n) => n.own > 0).length;
  const loading = topics.isPending || stats.isPending;

  return (
    <section className="page topics-page">
      <h1>{tc('nav.topics')}</h1>
      <p className="page-intro">{t('page.intro')}</p>
      {canEdit && (
        <div className="add-bar no-print">
          <button
            type="button"
            className="secondary"
            aria-expanded={adding}
            onClick={() => setAdding((v) => !v)}
          >
            {t('page.add')}
          </button>
        </div>
      )}
      {adding && (
        <TopicForm
          mode="create"
          onDone={async (id) => {
            setAdding(false);
            if (id) await navigate(paths.topic(id));
          }}
        />
      )}

      <div className="topics-toolbar">
        <div role="search" className="form-field">
          <label htmlFor="topics-q">{t('page.filter')}</label>
          <input
            id="topics-q"
            type="search"
            value={text}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="topics-order">{t('page.order')}</label>
          <select
            id="topics-order"
            value={order}
            onChange={(event) => setParam('sort', event.target.value === 'count' ? 'count' : '')}
          >
            <option value="name">{t('page.byName')}</option>
            <option value="count">{t('page.byCount')}</option>
          </select>
        </div>
        <div className="tree-buttons">
          <button type="button" className="secondary" onClick={() => setCollapsed(new Set())}>
            {t('page.expandAll')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setCollapsed(new Set(all.filter((n) => n.children.length).map((n) => n.id)))
            }
          >
            {t('page.collapseAll')}
          </button>
        </div>
      </div>

      <p className="results-count" role="status">
        {loading
          ? tc('state.loading')
          : text.trim()
            ? t('page.matches', { count: shown.length })
            : t('page.summary', { count: all.length, tagged: formatNumber(tagged, language) })}
      </p>
      {!loading && tree.length === 0 && <p className="empty-state">{t('page.noMatch')}</p>}
      {tree.length > 0 && (
        <TopicTreeView
          nodes={tree}
          axis={axis}
          collapsed={shownCollapsed}
          onToggle={toggle}
          nameOf={nameOf}
        />
      )}
      {tree.length > 0 && axis.length > 0 && <TrendMatrix nodes={shown} axis={axis} />}
    </section>
  );
}
