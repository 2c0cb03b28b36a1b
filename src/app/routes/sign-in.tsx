import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { sessionKeys, sessionQueries, signIn } from '@/api/queries/session';
import { LanguageSwitch } from '@/components/language-switch';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

/** Only paths inside the app are followed after signing in. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function Component() {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useQuery(sessionQueries.users());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <main id="main" className="page sign-in">
      <h1>{t('signIn.title')}</h1>
      <LanguageSwitch />
      <p>{t('signIn.intro')}</p>
      {users.isPending && <p role="status">{t('state.loading')}</p>}
      <ul className="user-cards">
        {users.data?.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              onClick={async () => {
                const signedIn = await signIn(user.id);
                queryClient.setQueryData(sessionKeys.me, signedIn);
                await navigate(safeNext(params.get('next')), { replace: true });
              }}
            >
              <strong>{t('signIn.as', { name: localize(user.name, language) })}</strong>
              <span>{t('signIn.roleHint', { role: t(`roles.${user.role}`) })}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
