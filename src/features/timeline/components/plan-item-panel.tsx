import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planQueries } from '@/api/queries/plans';
import { timelineQueries } from '@/api/queries/timeline';
import { EntityName } from '@/components/entity-name';
import { apiErrorMessage } from '@/lib/api-error-message';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { inCommon } from '../lib/labels';
import { SidePanel } from './side-panel';

/** A plan item that slipped: what was planned, for when, under which plan, and a way to the plan. */
export function PlanItemPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const query = useQuery(timelineQueries.planItem(id));
  const item = query.data;
  const plan = useQuery({ ...planQueries.detail(item?.planId ?? ''), enabled: Boolean(item) });
  return (
    <SidePanel title={item?.title ?? t('panel.loading')} onClose={onClose} contentKey={id} className="tl-record-panel">
      {query.isPending ? <p role="status">{tc('state.loading')}</p> : null}
      {query.error ? <p role="alert">{apiErrorMessage(query.error, tc)}</p> : null}
      {item ? (
        <>
          <dl className="tl-facts">
            <dt>{t('panel.plannedFor')}</dt>
            <dd>{formatFuzzyDate(item.period, language, inCommon(t))}</dd>
            <dt>{t('panel.fulfilment')}</dt>
            <dd>
              <span className="tl-status">
                <span className="tl-legend-sample tl-item tl-point" aria-hidden="true" />
                {t(`common:fulfilment.${item.fulfilment}`)}
              </span>
            </dd>
            <dt>{t('panel.plan')}</dt>
            <dd>{plan.data ? <Link to={paths.plan(plan.data.id)}>{localize(plan.data.title, language)}</Link> : item.planId}</dd>
            {item.bodyIds.length ? (
              <>
                <dt>{t('panel.bodies')}</dt>
                <dd>
                  <ul className="tl-topics">
                    {item.bodyIds.map((bodyId) => (
                      <li key={bodyId}>
                        <EntityName kind="body" id={bodyId} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          {item.description ? <p className="tl-summary-text">{item.description}</p> : null}
          {item.condition ? <p className="tl-muted">{item.condition}</p> : null}
          <p className="tl-panel-link">
            <Link to={paths.plan(item.planId)}>{t('panel.openPlan')}</Link>
          </p>
        </>
      ) : null}
    </SidePanel>
  );
}
