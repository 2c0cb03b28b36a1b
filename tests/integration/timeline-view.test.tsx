import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

const BELARUS_2020_2021 = '/timeline?party=party-by&from=2020-01-01&to=2021-12-31&zoom=custom';
const SEED_TITLE = /^Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар — approx\. Q4 2020 — held/;
const long = { timeout: 10_000 };

const searchOf = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search);
const timeline = () => screen.findByRole('region', { name: /^Timeline,/ }, long);

describe('timeline: filters and the address', () => {
  it('draws the view the address describes: Belarus over 2020–2021, its lane and the seed consultation', async () => {
    renderApp(BELARUS_2020_2021, { as: 'u-head' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' }, long)).toBeInTheDocument();
    expect(await timeline()).toHaveAccessibleName(/1 January 2020 – 31 December 2021, lanes by Counterpart/);
    expect(await screen.findByRole('button', { name: SEED_TITLE }, long)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Belarus' })).toBeInTheDocument();
    // A meeting within the CIS with Belarus present is in the CIS lane, not in Belarus's.
    expect(screen.getByRole('group', { name: /Commonwealth of Independent States|CIS/ })).toBeInTheDocument();
    expect(screen.getByText('Country or organisation: Belarus')).toBeInTheDocument();
  });

  it('writes zoom, grouping and lanes to the address, and back goes back', async () => {
    const { user, router } = renderApp(BELARUS_2020_2021, { as: 'u-head' });
    await screen.findByRole('button', { name: SEED_TITLE }, long);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Lanes' }), 'plan');
    await waitFor(() => expect(searchOf(router).get('group')).toBe('plan'), long);
    // The plan's lane (the party lanes go once the answer for plans is drawn).
    expect(await screen.findByRole('group', { name: /^Cooperation Plan between/ }, long)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Year' }));
    await waitFor(() => expect(searchOf(router).get('zoom')).toBe('year'), long);
    expect(searchOf(router).get('from')).toBe('2020-01-01');
    expect(searchOf(router).get('to')).toBe('2020-12-31');
    await waitFor(async () => expect(await timeline()).toHaveAccessibleName(/^Timeline, 2020,/), long);

    await user.click(screen.getByRole('button', { name: /Later/ }));
    await waitFor(() => expect(searchOf(router).get('from')).toBe('2021-01-01'), long);

    await router.navigate(-1);
    await waitFor(() => expect(searchOf(router).get('from')).toBe('2020-01-01'), long);
    const region = await timeline();
    await waitFor(() => expect(region).toHaveAccessibleName(/^Timeline, 2020,/), long);
    expect(searchOf(router).get('party')).toBe('party-by');
  });

  it('collapses a lane to one row of counts, and keeps that in the address', async () => {
    const { user, router } = renderApp(BELARUS_2020_2021, { as: 'u-head' });
    await screen.findByRole('button', { name: SEED_TITLE }, long);
    const toggle = screen.getByRole('button', { name: 'Lane Belarus' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    await waitFor(() => expect(searchOf(router).get('collapsed')).toBe('party-by'), long);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lane Belarus' })).toHaveAttribute('aria-expanded', 'false'), long);
    expect(screen.queryByRole('button', { name: SEED_TITLE })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Expand all lanes' }));
    await waitFor(() => expect(searchOf(router).get('collapsed')).toBeNull(), long);
    expect(await screen.findByRole('button', { name: SEED_TITLE }, long)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Collapse all lanes' }));
    await waitFor(() => expect(searchOf(router).get('collapsed')?.split(',')).toEqual(expect.arrayContaining(['party-by', 'party-cis'])), long);
  });

  it('applies filters from the filter bar and removes them from their chips', async () => {
    const { user, router } = renderApp('/timeline?from=2020-01-01&to=2021-12-31&zoom=custom', { as: 'u-head' });
    await timeline();
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    await user.click(await screen.findByRole('checkbox', { name: /^cancelled/ }, long));
    await waitFor(() => expect(searchOf(router).get('status')).toBe('cancelled'), long);
    expect(searchOf(router).get('from')).toBe('2020-01-01');
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    await user.click(await screen.findByRole('button', { name: /Remove.*cancelled/i }, long));
    await waitFor(() => expect(searchOf(router).get('status')).toBeNull(), long);
  });

  it('falls back from nonsense in the address, and says what it did instead', async () => {
    renderApp('/timeline?zoom=decade&from=2020-01-01&group=country&status=finished', { as: 'u-head' });
    expect(await screen.findByText('The zoom “decade” is unknown; showing one year from the start date.', undefined, long)).toBeInTheDocument();
    expect(screen.getByText('The grouping “country” is unknown; lanes are by counterpart.')).toBeInTheDocument();
    expect(await timeline()).toHaveAccessibleName(/^Timeline, 2020, lanes by Counterpart/);
    expect(screen.getByText(/finished/)).toBeInTheDocument();
  });

  it('says which filter emptied the view and offers to remove it', async () => {
    const { user, router } = renderApp('/timeline?party=party-by&level=ministerial&from=2020-01-01&to=2020-12-31&zoom=year', { as: 'u-head' });
    expect(await screen.findByText('No consultation matches these filters in 2020.', undefined, long)).toBeInTheDocument();
    const remove = await screen.findByRole('button', { name: /Remove “Level: ministerial”/ }, long);
    expect(screen.getByText(/Without “Level: ministerial”: [1-9]\d* consultations?\./)).toBeInTheDocument();
    await user.click(remove);
    await waitFor(() => expect(searchOf(router).get('level')).toBeNull(), long);
    expect(searchOf(router).get('party')).toBe('party-by');
    expect(await screen.findByRole('group', { name: 'Belarus' }, long)).toBeInTheDocument();
  });

  it('lists the same consultations in the table view, one switch away', async () => {
    const { user, router } = renderApp(BELARUS_2020_2021, { as: 'u-head' });
    await screen.findByRole('button', { name: SEED_TITLE }, long);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await waitFor(() => expect(searchOf(router).get('view')).toBe('table'), long);
    const table = await screen.findByRole('table', { name: /1 January 2020 – 31 December 2021: [1-9]\d* consultations, by date/ }, long);
    expect(await within(table).findByRole('button', { name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар' }, long)).toBeInTheDocument();
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(3);
  });
});
