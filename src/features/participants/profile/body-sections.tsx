import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BodyProfile } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { consultationsOf } from '../links';
import { isCurrent } from '../positions';
import { TallyList } from './tally-list';
import { TermCells, TermHeaders } from './term-cells';
import { useProfileNames } from './use-names';

/** Its subordinate bodies and the people who hold or held positions in it. */
export function BodyStructure({ profile, today }: { profile: BodyProfile; today: string }) {
  const { t } = useTranslation('participants');
  const language = useLanguage();
  const names = useProfileNames(profile);
  const headingId = useId();
  return (
    <section className="profile-structure" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('body.structure')}</h2>
      {profile.children.length > 0 && (
        <TallyList
          heading={t('body.children')}
          tallies={profile.children}
          nameOf={names.name}
          hrefOf={(id) => paths.participant('body', id)}
          countHref={(id) => consultationsOf({ kind: 'body', id })}
          empty=""
        />
      )}
      <h3>{t('body.staff')}</h3>
      {profile.staff.length === 0 ? (
        <p className="muted">{t('body.noStaff')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('body.person')}</th>
              <th scope="col">{t('person.title')}</th>
              <TermHeaders />
            </tr>
          </thead>
          <tbody>
            {profile.staff.map((row, index) => (
              <tr key={`${row.personId}-${row.from ?? index}`}>
                <th scope="row">
                  <Link to={paths.participant('person', row.personId)}>
                    {names.name(row.personId)}
                  </Link>
                  {isCurrent(row, today) && <span className="tag">{t('person.current')}</span>}
                </th>
                <td>{localize(row.title, language)}</td>
                <TermCells from={row.from} to={row.to} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
