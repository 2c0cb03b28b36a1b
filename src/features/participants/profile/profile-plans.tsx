import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fulfilments } from '@/api/schemas';
import type { ProfilePlan } from '@/api/schemas/profiles';
import { formatDay, formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { CountLink } from '@/components/count-link';
import { consultationsOf, type Subject } from '../links';

/** Cooperation plans the entry is party to, how their items stand, and its meetings under each. */
export function ProfilePlans({ plans, subject }: { plans: ProfilePlan[]; subject: Subject }) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section className="profile-plans" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plans.heading')}</h2>
      {plans.length === 0 ? (
        <p className="muted">{t('plans.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('plans.plan')}</th>
                <th scope="col">{t('plans.period')}</th>
                <th scope="col">{t('plans.status')}</th>
                <th scope="col">{t('plans.items')}</th>
                <th scope="col" className="num">
                  {t('plans.consultations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.planId}>
                  <th scope="row">
                    <Link to={paths.plan(plan.planId)}>{localize(plan.title, language)}</Link>
                  </th>
                  <td>
                    {formatDay(plan.period.start, language)} –{' '}
                    {formatDay(plan.period.end, language)}
                  </td>
                  <td>{tc(`planStatus.${plan.status}`)}</td>
                  <td>
                    {tc('count.items', { count: plan.itemCount })}
                    {plan.itemCount > 0 && (
                      <span className="muted">
                        {' '}
                        (
                        {fulfilments
                          .filter((f) => plan.fulfilment[f] > 0)
                          .map(
                            (f) =>
                              `${formatNumber(plan.fulfilment[f], language)} ${tc(`fulfilment.${f}`)}`,
                          )
                          .join(', ')}
                        )
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <CountLink count={plan.consultations} to={consultationsOf(subject, { plan: plan.planId })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
