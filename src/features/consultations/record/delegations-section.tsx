import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '@/api/schemas';
import { paths } from '@/lib/paths';
import { useNames } from './use-names';

/** Each side: its party, lead body, head of delegation and members, each linked to its page. */
export function DelegationsSection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  const names = useNames();
  return (
    <section aria-labelledby="record-delegations" className="record-section">
      <h2 id="record-delegations">{t('record.delegations')}</h2>
      <ul className="delegations">
        {c.delegations.map((d) => (
          <li key={d.partyId} className="delegation">
            <h3>
              <Link to={paths.participant('party', d.partyId)}>{names.party(d.partyId)}</Link>
            </h3>
            <dl className="record-facts">
              <dt>{t('record.leadBody')}</dt>
              <dd>
                {d.leadBodyId ? (
                  <Link to={paths.participant('body', d.leadBodyId)}>
                    {names.body(d.leadBodyId)}
                  </Link>
                ) : (
                  <span className="muted">{t('record.notGiven')}</span>
                )}
              </dd>
              <dt>{t('record.head')}</dt>
              <dd>
                {d.headPersonId ? (
                  <Link to={paths.participant('person', d.headPersonId)}>
                    {names.person(d.headPersonId)}
                  </Link>
                ) : (
                  <span className="muted">{t('record.notGiven')}</span>
                )}
              </dd>
              {d.memberIds.length > 0 && (
                <>
                  <dt>{t('record.members')}</dt>
                  <dd>
                    <ul className="inline-list">
                      {d.memberIds.map((id) => (
                        <li key={id}>
                          <Link to={paths.participant('person', id)}>{names.person(id)}</Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
