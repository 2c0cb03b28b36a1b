import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderApp } from '../helpers/render-app';

// The machine running the suite is shared; a first lazy route may take a few seconds.
configure({ asyncUtilTimeout: 10_000 });

const kzByTitle =
  /Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Belarus for 2020–2021/;

describe('plans list', () => {
  it('shows every plan with its parties, period, status and fulfilment in numbers and a described bar', async () => {
    renderApp('/plans', { as: 'u-viewer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plans' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: kzByTitle });
    const row = link.closest('tr') as HTMLElement;
    // The parties' names arrive with the directory, perhaps after the plans.
    expect(await within(row).findByText('Kazakhstan – Belarus')).toBeInTheDocument();
    expect(within(row).getByText('2020–2021')).toBeInTheDocument();
    expect(within(row).getByText('expired')).toBeInTheDocument();
    // Six items: three held (the seed, the CIS/EAEU round, legal), one postponed, one cancelled, one overdue.
    const bar = within(row).getByRole('img');
    expect(bar).toHaveAccessibleName(
      'Fulfilment of 6 items: 3 held, 1 postponed, 1 cancelled, 1 overdue',
    );
    expect(within(row).getByText(/3\s+held/)).toBeInTheDocument();
    expect(within(row).getByText(/1\s+overdue/)).toBeInTheDocument();
    expect(screen.getAllByRole('row').length).toBeGreaterThan(7);
    // A viewer drafts nothing.
    expect(screen.queryByRole('link', { name: 'Draft a new plan' })).not.toBeInTheDocument();
  });

  it('filters by status and party through the address', async () => {
    const { user, router } = renderApp('/plans', { as: 'u-planner' });
    await screen.findByRole('link', { name: kzByTitle });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'draft');
    expect(router.state.location.search).toBe('?status=draft');
    expect(await screen.findByText('1 plan')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Russia for 2023–2024 \(draft\)/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: kzByTitle })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Any status');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Party' }), 'party-uz');
    expect(await screen.findByText('2 plans')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?party=party-uz');
    expect(screen.getByRole('link', { name: 'Draft a new plan' })).toHaveAttribute(
      'href',
      '/plans/new',
    );
  });

  it('opens with the filters of a shared link, in Russian', async () => {
    await i18n.changeLanguage('ru');
    renderApp('/plans?status=submitted', { as: 'u-head' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Планы' })).toBeInTheDocument();
    expect(await screen.findByText('1 план')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Узбекистан на 2023–2024 годы/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('на утверждении')).toBeInTheDocument();
  });
});
