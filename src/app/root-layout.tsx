import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, redirect, useNavigation, type LoaderFunctionArgs } from 'react-router';
import { sessionQueries } from '@/api/queries/session';
import { ApiStatusBanner } from '@/components/api-status-banner';
import { useGlobalShortcuts } from '@/components/keyboard-shortcuts';
import { LanguageSwitch } from '@/components/language-switch';
import { Toaster } from '@/components/toaster';
import { UserSwitch } from '@/components/user-switch';
import { paths } from '@/lib/paths';

/** Everyone must be signed in as a demo user; the API refuses anonymous requests. */
export const rootLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const me = await queryClient.ensureQueryData(sessionQueries.me());
    if (!me) {
      const url = new URL(request.url);
      throw redirect(paths.signIn(url.pathname + url.search));
    }
    return null;
  };

const navItems = [
  { to: paths.timeline(), key: 'nav.timeline' },
  { to: paths.consultations(), key: 'nav.consultations' },
  { to: paths.participants(), key: 'nav.participants' },
  { to: paths.topics(), key: 'nav.topics' },
  { to: paths.plans(), key: 'nav.plans' },
  { to: paths.followUps(), key: 'nav.followUps' },
] as const;

/** Shown while the first page's code and data load. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <p className="app-loading" role="status">
      {t('state.loading')}
    </p>
  );
}

export function RootLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  useGlobalShortcuts();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          <UserSwitch />
        </div>
      </header>
      <ApiStatusBanner />
      <div className="route-progress" aria-hidden={navigation.state === 'idle'} data-busy={navigation.state !== 'idle'} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<AppLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <Toaster />
    </div>
  );
}
