import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { consultationApi } from '@/api/queries/consultations';
import { i18n } from '@/lib/i18n';
import { server } from '@mocks/node';
import { renderApp } from '../helpers/render-app';
import { validConsultation } from '../helpers/consultation-input';

const topLevel = [
  ['/timeline', { en: 'Timeline', ru: 'Хронология', kk: 'Хронология' }],
  ['/consultations', { en: 'Consultations', ru: 'Консультации', kk: 'Консультациялар' }],
  ['/participants', { en: 'Participants', ru: 'Участники', kk: 'Қатысушылар' }],
  ['/topics', { en: 'Topics', ru: 'Темы', kk: 'Тақырыптар' }],
  ['/plans', { en: 'Plans', ru: 'Планы', kk: 'Жоспарлар' }],
  ['/follow-ups', { en: 'Follow-ups', ru: 'Договорённости', kk: 'Уағдаластықтар' }],
] as const;

describe('app shell', () => {
  it('sends a visitor who is not signed in to the sign-in page, then where they were going', async () => {
    const { user, router } = renderApp('/plans', { as: null });
    await user.click(await screen.findByRole('button', { name: /planner/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plans' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/plans');
    expect(screen.getByTestId('signed-in-user')).toHaveTextContent('planner');
  });

  for (const language of ['en', 'ru', 'kk'] as const) {
    it(`renders every top-level route in ${language}`, async () => {
      await i18n.changeLanguage(language);
      for (const [path, headings] of topLevel) {
        const view = renderApp(path);
        expect(await screen.findByRole('heading', { level: 1, name: headings[language] })).toBeInTheDocument();
        view.unmount();
      }
    });
  }

  it('shows a not-found page for an unknown address', async () => {
    renderApp('/nowhere/at/all');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows who is signed in and switches to another demo user', async () => {
    const { user } = renderApp('/timeline', { as: 'u-viewer' });
    expect(await screen.findByTestId('signed-in-user')).toHaveTextContent('viewer');
    await screen.findByRole('option', { name: /head of department/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Switch user' }), 'u-head');
    expect(await screen.findByTestId('signed-in-user')).toHaveTextContent('head of department');
  });

  it('switches the language and remembers it', async () => {
    const { user } = renderApp('/timeline');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ru');
    expect(await screen.findByRole('link', { name: 'Планы' })).toBeInTheDocument();
    expect(localStorage.getItem('kenes.language')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('says so when the API cannot be reached', async () => {
    server.use(http.all('*/api/*', () => HttpResponse.error()));
    renderApp('/consultations');
    expect(await screen.findByText(/The API cannot be reached/, {}, { timeout: 8000 })).toBeInTheDocument();
  });

  it('raises a notification when a change is refused', async () => {
    const { queryClient } = renderApp('/consultations', { as: 'u-viewer' });
    await screen.findByRole('heading', { level: 1, name: 'Consultations' });
    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationFn: () => consultationApi.create(validConsultation() as never) })
      .execute(undefined)
      .catch(() => undefined);
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(region).findByText('Could not save: Your role may not do this.')).toBeInTheDocument();
  });
});
