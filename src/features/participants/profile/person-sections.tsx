import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonProfile } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { consultationsOf } from '../links';
import { isCurrent } from '../positions';
import { ConsultationRefs } from './consultation-refs';
import { TermCells, TermHeaders } from './term-cells';
import { useProfileNames } from './use-names';

/** Positions over time, the latest first. */
export function PositionsSection({ profile, today }: { profile: PersonProfile; today: string }) {
  const { t } = useTranslation('participants');
  const language = useLanguage();
  const names = useProfileNames(profile);
  const headingId = useId();
  const positions = [...profile.entity.positions].sort((a, b) =>
    (b.from ?? '').localeCompare(a.from ?? ''),
  );
  return (
    <section className="profile-positions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('person.positions')}</h2>
      {positions.length === 0 ? (
        <p className="muted">{t('person.noPositions')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('person.title')}</th>
              <th scope="col">{t('person.body')}</th>
              <TermHeaders />
            </tr>
          </thead>
          <tbody>
            {positions.map((p, index) => (
              <tr key={`${p.bodyId}-${p.from ?? index}`}>
                <th scope="row">
                  {localize(p.title, language)}
                  {isCurrent(p, today) && <span className="tag">{t('person.current')}</span>}
                </th>
                <td>
                  <Link to={paths.participant('body', p.bodyId)}>{names.name(p.bodyId)}</Link>
                </td>
                <TermCells from={p.from} to={p.to} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Delegations the person headed, newest first. */
export function LedSection({ profile, today }: { profile: PersonProfile; today: string }) {
  const { t } = useTranslation('participants');
  const names = useProfileNames(profile);
  const headingId = useId();
  const subject = { kind: 'person' as const, id: profile.entity.id };
  return (
    <section className="profile-led" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('person.led', { count: profile.led.total })}</h2>
      {profile.led.total === 0 ? (
        <p className="muted">{t('person.ledNone')}</p>
      ) : (
        <>
          <ConsultationRefs
            items={profile.led.items}
            partyName={names.short}
            exceptParty={profile.entity.partyId}
            today={today}
            testId="delegations-led"
          />
          {profile.led.total > profile.led.items.length && (
            <p>
              <Link to={consultationsOf(subject)}>
                {t('person.ledMore', { count: profile.led.total - profile.led.items.length })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
