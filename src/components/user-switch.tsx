import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sessionKeys, sessionQueries, signIn, signOut } from '@/api/queries/session';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

/** Who is signed in, with their role, and a switch between the demo users. */
export function UserSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(sessionQueries.me()).data;
  const users = useQuery(sessionQueries.users()).data ?? [];
  if (!me) return null;
  return (
    <div className="user-switch">
      <span className="signed-in" data-testid="signed-in-user">
        {t('shell.signedInAs', { name: localize(me.name, language), role: t(`roles.${me.role}`) })}
      </span>
      <label className="compact-field">
        <span>{t('shell.switchUser')}</span>
        <select
          value={me.id}
          onChange={async (event) => {
            const user = await signIn(event.target.value);
            queryClient.setQueryData(sessionKeys.me, user);
            await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
          }}
        >
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {localize(user.name, language)} — {t(`roles.${user.role}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          signOut();
          queryClient.clear();
          void navigate('/sign-in');
        }}
      >
        {t('shell.signOut')}
      </button>
    </div>
  );
}
