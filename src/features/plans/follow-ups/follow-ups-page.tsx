import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planQueries } from '@/api/queries/plans';
import { followUpStatuses, type FollowUpRow } from '@/api/schemas';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { paths } from '@/lib/paths';
import { formatPlanDate } from '../lib/dates';
import { mayDraftPlans, mayPlanMeetings } from '../lib/permissions';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';
import { useUrlFilters } from '../lib/use-url-filters';
import { FollowUpToConsultation } from './follow-up-to-consultation';
import { FollowUpToItem } from './follow-up-to-item';
import '../plans.css';

export type FollowUpView = 'open' | 'planned' | 'done' | 'dropped' | 'all';
const PAGE = 50;
const views: readonly FollowUpView[] = [
  'open',
  ...followUpStatuses.filter((s) => s !== 'open'),
  'all',
];

export const followUpView = (search: URLSearchParams): FollowUpView => {
  const value = search.get('status');
  return value && (views as readonly string[]).includes(value) ? (value as FollowUpView) : 'open';
};

/** Follow-ups agreed at consultations; by default those no plan item or consultation answers yet. */
export function FollowUpsPage() {
  const { t } = useTranslation('plans');
  const names = useNames();
  const [search, setFilter] = useUrlFilters();
  const view = followUpView(search);
  const party = search.get('party') ?? '';
  const rows = useQuery(planQueries.followUps(view));
  const partyOptions = useMemo(() => {
    const ids = new Set((rows.data ?? []).flatMap((r) => r.partyIds));
    return [...ids]
      .map((id) => ({ id, name: names.party(id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [rows.data, names]);
  const matching = (rows.data ?? []).filter((r) => !party || r.partyIds.includes(party));
  // A large store has hundreds of follow-ups: a page at a time keeps the list quick to use.
  const [limit, setLimit] = useState(PAGE);
  const [shownFor, setShownFor] = useState(`${view}|${party}`);
  if (shownFor !== `${view}|${party}`) {
    setShownFor(`${view}|${party}`);
    setLimit(PAGE);
  }
  const shown = matching.slice(0, limit);

  return (
    <section className="page plans-feature follow-ups-page" aria-labelledby="follow-ups-title">
      <h1 id="follow-ups-title" tabIndex={-1}>
        {t('common:nav.followUps')}
      </h1>
      <p className="lead">{t('followUps.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('followUps.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>{t('followUps.show')}</span>
          <select value={view} onChange={(e) => setFilter('status', e.target.value, 'open')}>
            {views.map((v) => (
              <option key={v} value={v}>
                {t(`followUps.view.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('followUps.party')}</span>
          <select value={party} onChange={(e) => setFilter('party', e.target.value)}>
            <option value="">{t('list.anyParty')}</option>
            {partyOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status" className="result-count">
        {rows.isPending
          ? t('common:state.loading')
          : t('followUps.count', { count: matching.length })}
      </p>
      {rows.isSuccess && matching.length === 0 && (
        <p>{view === 'open' ? t('followUps.allAnswered') : t('followUps.none')}</p>
      )}
      <ul className="follow-up-list">
        {shown.map((row) => (
          <FollowUpCard key={`${row.consultationId}-${row.followUpId}`} row={row} />
        ))}
      </ul>
      {matching.length > shown.length && (
        <p className="no-print">
          <button type="button" className="secondary" onClick={() => setLimit((n) => n + PAGE)}>
            {t('followUps.more', {
              count: Math.min(PAGE, matching.length - shown.length),
              left: matching.length - shown.length,
            })}
          </button>
        </p>
      )}
    </section>
  );
}

function FollowUpCard({ row }: { row: FollowUpRow }) {
  const { t } = useTranslation('plans');
  const tc = useTranslation().t;
  const names = useNames();
  const me = useMe();
  const [mode, setMode] = useState<'item' | 'consultation' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = () => {
    setMode(null);
    // An answered follow-up leaves the list: focus then goes to the page's heading.
    requestAnimationFrame(() =>
      (headingRef.current ?? document.getElementById('follow-ups-title'))?.focus(),
    );
  };
  const open = row.status === 'open' && !row.becameConsultationId && !row.becamePlanItemId;
  const headingId = `follow-up-${row.consultationId}-${row.followUpId}`;
  const placeDate = row.due?.start ?? row.consultationDate.start;
  const place = names.placeAt(row.place, placeDate);
  return (
    <li>
      <article className="follow-up" aria-labelledby={headingId} data-bench="follow-up">
        <h2 id={headingId} className="follow-up-text" ref={headingRef} tabIndex={-1}>
          {row.text}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('followUps.agreedAt')}</dt>
            <dd>
              <Link to={paths.consultation(row.consultationId)}>{row.consultationTitle}</Link> (
              {formatFuzzyDate(row.consultationDate, names.language, tc)})
            </dd>
          </div>
          <div>
            <dt>{t('detail.parties')}</dt>
            <dd>{row.partyIds.map((id) => names.party(id)).join(' – ')}</dd>
          </div>
          <div>
            <dt>{t('followUps.due')}</dt>
            <dd>{row.due ? formatPlanDate(row.due, names.language, tc) : t('followUps.noDue')}</dd>
          </div>
          {place && (
            <div>
              <dt>{t('item.place')}</dt>
              <dd>{place}</dd>
            </div>
          )}
          {row.condition && (
            <div>
              <dt>{t('item.condition')}</dt>
              <dd>{row.condition}</dd>
            </div>
          )}
          {!open && (
            <div>
              <dt>{t('followUps.status')}</dt>
              <dd>
                {tc(`followUpStatus.${row.status}`)}
                {row.becameConsultationId && (
                  <>
                    {' · '}
                    <Link to={paths.consultation(row.becameConsultationId)}>
                      {t('followUps.answeredByConsultation')}
                    </Link>
                  </>
                )}
                {row.becamePlanItemId && <> · {t('followUps.answeredByItem')}</>}
              </dd>
            </div>
          )}
        </dl>
        {open && me && mayPlanMeetings(me.role) && mode === null && (
          <div className="actions no-print">
            {mayDraftPlans(me.role) && (
              <button
                type="button"
                onClick={() => setMode('item')}
                aria-label={t('followUps.addToPlanNamed', { text: row.text })}
              >
                {t('followUps.addToPlan')}
              </button>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => setMode('consultation')}
              aria-label={t('followUps.planConsultationNamed', { text: row.text })}
            >
              {t('followUps.planConsultation')}
            </button>
          </div>
        )}
        {mode === 'item' && <FollowUpToItem row={row} onDone={close} />}
        {mode === 'consultation' && <FollowUpToConsultation row={row} onDone={close} />}
      </article>
    </li>
  );
}
