import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderApp } from '../helpers/render-app';

const table = () =>
  screen.findByRole(
    'table',
    { name: /Participants with their number of consultations/ },
    { timeout: 8000 },
  );
const rowNames = (t: HTMLElement) =>
  within(t)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('participants directory', () => {
  it('lists countries, organisations, bodies and people with counts that open the consultations', async () => {
    renderApp('/participants');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Participants' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Kinds of participant' });
    for (const name of [/^All/, /^Countries/, /^Organisations/, /^Bodies/, /^People/])
      expect(within(tabs).getByRole('link', { name })).toBeInTheDocument();
    const list = await table();
    const belarus = within(within(list).getByRole('rowheader', { name: /^Belarus/ })).getByRole(
      'link',
      { name: 'Belarus' },
    );
    expect(belarus).toHaveAttribute('href', '/participants/party/party-by');
    const row = belarus.closest('tr') as HTMLElement;
    const count = within(row).getByRole('link', { name: /consultations with Belarus/ });
    expect(count).toHaveAttribute('href', '/consultations?party=party-by');
    expect(Number(count.textContent)).toBeGreaterThan(5);
  });

  for (const spelling of ['Ерлан Шәмішев', 'Ерлан Шамишев', 'Erlan Shamishev', 'шамишев']) {
    it(`finds Erlan Shamishev by “${spelling}” and keeps the search in the address`, async () => {
      const { user, router } = renderApp('/participants');
      await table();
      await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), spelling);
      await waitFor(() => expect(router.state.location.search).toContain('q='), { timeout: 8000 });
      const list = await table();
      await waitFor(() => expect(rowNames(list)).toEqual(['Erlan Shamishev']), { timeout: 8000 });
      expect(screen.getByRole('status')).toHaveTextContent('1 participant');
      expect(within(list).getByRole('link', { name: 'Erlan Shamishev' })).toHaveAttribute(
        'href',
        '/participants/person/person-kz-shamishev',
      );
      expect(
        within(list).getByText(/Director, Foreign Policy Analysis and Forecasting Department/),
      ).toBeInTheDocument();
    });
  }

  it('filters by kind and sorts by number of consultations, both in the address', async () => {
    const { user, router } = renderApp('/participants?kind=organisation');
    const list = await table();
    expect(rowNames(list)).toContain('Commonwealth of Independent States');
    expect(rowNames(list)).not.toContain('Belarus');
    await user.click(within(list).getByRole('button', { name: 'Sort by Consultations' }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=-consultations'));
    const counts = () =>
      within(list)
        .getAllByRole('row')
        .slice(1)
        .map((r) => Number(within(r).getAllByRole('cell')[2]?.textContent ?? 'NaN'));
    await waitFor(() => expect(counts()).toEqual([...counts()].sort((a, b) => b - a)), {
      timeout: 8000,
    });
    expect(counts()[0]).toBeGreaterThan(counts().at(-1) ?? 0);
    expect(within(list).getByRole('columnheader', { name: /Consultations/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await user.click(screen.getByRole('link', { name: /^People/ }));
    await waitFor(() => expect(router.state.location.search).toContain('kind=person'));
    await waitFor(async () => expect(rowNames(await table())).toContain('Erlan Shamishev'), {
      timeout: 8000,
    });
  });

  it('shows one party’s bodies and people from its address', async () => {
    renderApp('/participants?kind=body&party=party-by');
    const list = await table();
    expect(rowNames(list)).toContain('Main Information-Analytical Directorate');
    expect(rowNames(list).every((name) => !/Kazakhstan/.test(name ?? ''))).toBe(true);
    expect(screen.getByText(/Only Belarus and its bodies and people/)).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp('/participants');
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'Atlantis');
    expect(
      await screen.findByText(/No participant matches this search/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('offers adding entries to analysts and heads only', async () => {
    const viewer = renderApp('/participants', { as: 'u-viewer' });
    await table();
    expect(screen.queryByRole('button', { name: 'Add a person' })).not.toBeInTheDocument();
    viewer.unmount();
    renderApp('/participants', { as: 'u-planner' });
    await table();
    expect(screen.queryByRole('button', { name: 'Add a body' })).not.toBeInTheDocument();
  });

  it('is in Russian and Kazakh too', async () => {
    await i18n.changeLanguage('ru');
    const ru = renderApp('/participants?q=Беларусь');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Участники' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Организации/ })).toBeInTheDocument();
    ru.unmount();
    await i18n.changeLanguage('kk');
    renderApp('/participants?q=Беларусь');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Қатысушылар' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Ұйымдар/ })).toBeInTheDocument();
  });
});
