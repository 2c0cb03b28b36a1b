import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { directoryQueries, type DirectoryParams } from '@/api/queries/directory';
import type { ProfileKind } from '@/api/schemas/profiles';
import { entryName, entryShortName } from '@/components/entity-name';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { currentPosition } from '../positions';
import { BodyForm } from '../edit/body-form';
import { PartyForm } from '../edit/party-form';
import { PersonForm } from '../edit/person-form';
import { useCanEditDirectory } from '../use-can-edit';
import {
  countByTab,
  directoryTabs,
  parseDirectoryView,
  serializeDirectoryView,
  sortRows,
  tabOf,
  type DirectoryRow,
  type DirectoryView,
} from './directory-view';
import { DirectorySearch } from './directory-search';
import { DirectoryTable } from './directory-table';
import '@/components/directory-page.css';
import '../participants.css';

/** The three lists the directory shows, as the API is asked for them. */
function listParams(view: Pick<DirectoryView, 'q' | 'party'>) {
  const q = view.q.trim() || undefined;
  const party = view.party ? [view.party] : undefined;
  return {
    party: { q } satisfies DirectoryParams,
    body: { q, party } satisfies DirectoryParams,
    person: { q, party } satisfies DirectoryParams,
  };
}

/** Prefetches what the page first shows, so it draws at once. */
export const directoryLoader = async (queryClient: QueryClient, url: URL) => {
  const params = listParams(parseDirectoryView(url.searchParams));
  await Promise.all([
    queryClient.ensureQueryData(directoryQueries.list('party', params.party)),
    queryClient.ensureQueryData(directoryQueries.list('body', params.body)),
    queryClient.ensureQueryData(directoryQueries.list('person', params.person)),
  ]);
};

/**
 * Countries, organisations, bodies and people in one list: searched by the API in any of the three
 * languages, filtered by kind and party, sorted by name, number of consultations or last meeting.
 * Everything chosen lives in the address.
 */
export function DirectoryPage() {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canEdit = useCanEditDirectory();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = parseDirectoryView(searchParams);
  const update = (patch: Partial<DirectoryView>, replace = false) =>
    setSearchParams(serializeDirectoryView({ ...view, ...patch }), { replace });

  const params = listParams(view);
  const parties = useQuery({
    ...directoryQueries.list('party', params.party),
    placeholderData: keepPreviousData,
  });
  const bodies = useQuery({
    ...directoryQueries.list('body', params.body),
    placeholderData: keepPreviousData,
  });
  const people = useQuery({
    ...directoryQueries.list('person', params.person),
    placeholderData: keepPreviousData,
  });
  const allParties = useQuery(directoryQueries.list('party', {}));
  const partyById = useMemo(
    () => new Map((allParties.data?.items ?? []).map((p) => [p.id, p])),
    [allParties.data],
  );
  const allBodies = useQuery(directoryQueries.list('body', {}));
  const bodyById = useMemo(
    () => new Map((allBodies.data?.items ?? []).map((b) => [b.id, b])),
    [allBodies.data],
  );
  const today = new Date().toISOString().slice(0, 10);

  const rows = useMemo<DirectoryRow[]>(() => {
    const out: DirectoryRow[] = [];
    for (const p of parties.data?.items ?? []) {
      if (view.party && p.id !== view.party) continue;
      const short = p.short ? localize(p.short, language) : '';
      const detail = short && short !== entryName(p, language) ? `${p.code} · ${short}` : p.code;
      out.push({
        kind: 'party',
        tab: tabOf('party', p.type),
        id: p.id,
        name: entryName(p, language),
        partyId: null,
        detail,
        usage: p.usage,
      });
    }
    for (const b of bodies.data?.items ?? []) {
      const parent = b.parentId ? entryName(bodyById.get(b.parentId), language) : '';
      const detail = parent ? t('directory.under', { parent }) : '';
      out.push({
        kind: 'body',
        tab: 'body',
        id: b.id,
        name: entryName(b, language),
        partyId: b.partyId,
        detail,
        usage: b.usage,
      });
    }
    for (const p of people.data?.items ?? []) {
      const current = currentPosition(p.positions, today);
      const body = current ? bodyById.get(current.bodyId) : undefined;
      const bodyName =
        language === 'kk' ? entryShortName(body, language) : entryName(body, language);
      const detail = current
        ? t('person.positionLine', { title: localize(current.title, language), body: bodyName })
        : '';
      out.push({
        kind: 'person',
        tab: 'person',
        id: p.id,
        name: entryName(p, language),
        partyId: p.partyId,
        detail,
        usage: p.usage,
      });
    }
    return out;
  }, [parties.data, bodies.data, people.data, view.party, language, bodyById, today, t]);

  const counts = countByTab(rows);
  const shown = useMemo(
    () =>
      sortRows(
        view.tab === 'all' ? rows : rows.filter((r) => r.tab === view.tab),
        view.sort,
        language,
      ),
    [rows, view.tab, view.sort, language],
  );
  const loading = parties.isPending || bodies.isPending || people.isPending;
  const failed = parties.isError || bodies.isError || people.isError;
  const [adding, setAdding] = useState<ProfileKind | null>(null);
  const added = (kind: ProfileKind) => async (id: string | null) => {
    setAdding(null);
    if (id) await navigate(paths.participant(kind, id));
  };
  const partyFilterName = view.party
    ? entryName(partyById.get(view.party), language) || view.party
    : '';

  return (
    <section className="page participants-page">
      <h1>{tc('nav.participants')}</h1>
      <p className="page-intro">{t('directory.intro')}</p>

      {canEdit && (
        <div className="add-bar no-print">
          {(['party', 'body', 'person'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="secondary"
              aria-expanded={adding === kind}
              onClick={() => setAdding(adding === kind ? null : kind)}
            >
              {t(`directory.add.${kind}`)}
            </button>
          ))}
        </div>
      )}
      {adding === 'party' && <PartyForm onDone={added('party')} />}
      {adding === 'body' && <BodyForm partyId={view.party} onDone={added('body')} />}
      {adding === 'person' && <PersonForm partyId={view.party} onDone={added('person')} />}

      <div role="search" className="directory-search">
        <DirectorySearch value={view.q} onSearch={(q) => update({ q }, true)} />
        {view.party && (
          <p className="party-filter">
            {t('directory.onlyParty', { party: partyFilterName })}{' '}
            <button type="button" className="link-button" onClick={() => update({ party: null })}>
              {t('directory.allParties')}
            </button>
          </p>
        )}
      </div>

      <nav aria-label={t('directory.kinds')} className="directory-tabs">
        <ul>
          {directoryTabs.map((tab) => (
            <li key={tab}>
              <Link
                to={{ search: serializeDirectoryView({ ...view, tab }).toString() }}
                aria-current={view.tab === tab ? 'page' : undefined}
                replace
              >
                {t(`tabs.${tab}`)}{' '}
                <span className="tab-count">{formatNumber(counts[tab], language)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p className="results-count" role="status">
        {loading
          ? tc('state.loading')
          : failed
            ? t('directory.loadFailed')
            : t('directory.results', { count: shown.length })}
      </p>
      {!loading && shown.length === 0 && !failed && (
        <p className="empty-state">{view.q.trim() ? t('directory.noMatch') : tc('state.empty')}</p>
      )}
      {shown.length > 0 && (
        <DirectoryTable
          rows={shown}
          sort={view.sort}
          onSort={(sort) => update({ sort }, true)}
          partyName={(id) => entryName(partyById.get(id), language)}
        />
      )}
    </section>
  );
}
