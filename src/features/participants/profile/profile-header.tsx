import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languages } from '@/api/schemas';
import type { Profile } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { currentPosition } from '../positions';
import { useProfileNames } from './use-names';

export type Panel = 'edit' | 'merge' | 'delete' | null;

interface Props {
  profile: Profile;
  today: string;
  canEdit: boolean;
  panel: Panel;
  onPanel: (panel: Panel) => void;
}

/** Who or what this is: its name in the UI language, the other spellings, where it belongs. */
export function ProfileHeader({ profile, today, canEdit, panel, onPanel }: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const names = useProfileNames(profile);
  const { entity } = profile;
  const name = localize(entity.name, language);
  const short = 'short' in entity && entity.short ? localize(entity.short, language) : '';
  const spellings = languages.filter((lang) => entity.name[lang]);

  let subtitle: React.ReactNode;
  if (profile.kind === 'party') {
    subtitle = `${tc(`partyType.${profile.entity.type}`)} · ${profile.entity.code}`;
  } else if (profile.kind === 'body') {
    const parent = profile.entity.parentId;
    subtitle = (
      <>
        {t('kinds.body')} ·{' '}
        <Link to={paths.participant('party', profile.entity.partyId)}>
          {names.name(profile.entity.partyId)}
        </Link>
        {parent && (
          <>
            {' · '}
            {t('body.under')}{' '}
            <Link to={paths.participant('body', parent)}>{names.name(parent)}</Link>
          </>
        )}
      </>
    );
  } else {
    const current = currentPosition(profile.entity.positions, today);
    subtitle = (
      <>
        {current
          ? t('person.positionLine', {
              title: localize(current.title, language),
              body: language === 'kk' ? names.short(current.bodyId) : names.name(current.bodyId),
            })
          : t('kinds.person')}
        {' · '}
        <Link to={paths.participant('party', profile.entity.partyId)}>
          {names.name(profile.entity.partyId)}
        </Link>
      </>
    );
  }

  const toggle = (next: Exclude<Panel, null>) => onPanel(panel === next ? null : next);
  return (
    <header className="profile-header">
      <div>
        <h1>
          {name}
          {short && short !== name && <span className="h1-short"> ({short})</span>}
        </h1>
        <p className="profile-subtitle">{subtitle}</p>
        {spellings.length > 1 && (
          <ul className="spellings" aria-label={t('profile.spellings')}>
            {spellings.map((lang) => (
              <li key={lang}>
                <span className="muted">{tc(`languages.${lang}`)}:</span>{' '}
                <span lang={lang}>{entity.name[lang]}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {canEdit && !profile.removed && (
        <div className="profile-actions no-print">
          <button
            type="button"
            className="secondary"
            aria-expanded={panel === 'edit'}
            onClick={() => toggle('edit')}
          >
            {tc('actions.edit')}
          </button>
          {profile.kind !== 'party' && (
            <button
              type="button"
              className="secondary"
              aria-expanded={panel === 'merge'}
              onClick={() => toggle('merge')}
            >
              {t('merge.open')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            aria-expanded={panel === 'delete'}
            onClick={() => toggle('delete')}
          >
            {tc('actions.delete')}
          </button>
        </div>
      )}
    </header>
  );
}
