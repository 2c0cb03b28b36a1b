import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { timelineQueries } from '@/api/queries/timeline';
import type { Consultation } from '@/api/schemas';
import { EntityName } from '@/components/entity-name';
import { apiErrorMessage } from '@/lib/api-error-message';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { inCommon } from '../lib/labels';
import { SidePanel } from './side-panel';
import { StatusText } from './status-text';

/** A consultation beside the timeline: what, when, who, about what, what came of it. */
export function ConsultationPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation();
  const query = useQuery(consultationQueries.detail(id));
  const c = query.data;
  return (
    <SidePanel title={c?.title ?? t('panel.loading')} onClose={onClose} contentKey={id} className="tl-record-panel">
      {query.isPending ? <p role="status">{tc('state.loading')}</p> : null}
      {query.error ? <p role="alert">{apiErrorMessage(query.error, tc)}</p> : null}
      {c ? <ConsultationDetails c={c} /> : null}
    </SidePanel>
  );
}

function ConsultationDetails({ c }: { c: Consultation }) {
  const { t } = useTranslation('timeline');
  const language = useLanguage();
  const planItem = useQuery({ ...timelineQueries.planItem(c.planItemId ?? ''), enabled: Boolean(c.planItemId) });
  const place = [c.place.venue, c.place.city].filter(Boolean).join(', ');
  return (
    <>
      <dl className="tl-facts">
        <dt>{t('panel.date')}</dt>
        <dd>{formatFuzzyDate(c.date, language, inCommon(t))}</dd>
        <dt>{t('panel.status')}</dt>
        <dd>
          <StatusText status={c.status} />
          {c.condition ? <span className="tl-muted"> — {c.condition}</span> : null}
        </dd>
        <dt>{t('panel.kind')}</dt>
        <dd>
          {t(`common:kind.${c.kind}`)}, {t(`common:level.${c.level}`)}, {t(`common:format.${c.format}`)}
        </dd>
        {place || c.place.placeId ? (
          <>
            <dt>{t('panel.place')}</dt>
            <dd>{place || <EntityName kind="place" id={c.place.placeId} />}</dd>
          </>
        ) : null}
        {c.hostPartyId ? (
          <>
            <dt>{t('panel.host')}</dt>
            <dd>
              <EntityName kind="party" id={c.hostPartyId} />
            </dd>
          </>
        ) : null}
        {planItem.data ? (
          <>
            <dt>{t('panel.planItem')}</dt>
            <dd>
              <Link to={paths.plan(planItem.data.planId)}>{planItem.data.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      {c.summary ? (
        <section aria-label={t('panel.summary')}>
          <h3>{t('panel.summary')}</h3>
          <p className="tl-summary-text">{c.summary}</p>
        </section>
      ) : null}

      <section aria-label={t('panel.delegations')}>
        <h3>{t('panel.delegations')}</h3>
        <ul className="tl-delegations">
          {c.delegations.map((d) => (
            <li key={d.partyId}>
              <strong>
                <EntityName kind="party" id={d.partyId} />
              </strong>
              <dl className="tl-facts tl-facts-compact">
                <dt>{t('panel.leadBody')}</dt>
                <dd>{d.leadBodyId ? <EntityName kind="body" id={d.leadBodyId} /> : <span className="tl-muted">{t('panel.notGiven')}</span>}</dd>
                <dt>{t('panel.head')}</dt>
                <dd>{d.headPersonId ? <EntityName kind="person" id={d.headPersonId} /> : <span className="tl-muted">{t('panel.notGiven')}</span>}</dd>
                {d.memberIds.length ? (
                  <>
                    <dt>{t('panel.members')}</dt>
                    <dd>{t('panel.memberCount', { count: d.memberIds.length })}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      </section>

      {c.topicIds.length ? (
        <section aria-label={t('panel.topics')}>
          <h3>{t('panel.topics')}</h3>
          <ul className="tl-topics">
            {c.topicIds.map((topicId) => (
              <li key={topicId}>
                <EntityName kind="topic" id={topicId} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {c.outcomes.length ? (
        <section aria-label={t('panel.outcomes')}>
          <h3>{t('panel.outcomes')}</h3>
          <ul className="tl-outcomes">
            {c.outcomes.map((o) => (
              <li key={o.id}>
                <strong>{t(`common:outcomeKind.${o.kind}`)}:</strong> {o.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="tl-panel-link">
        <Link to={paths.consultation(c.id)}>{t('panel.openRecord')}</Link>
      </p>
    </>
  );
}
