import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

const BELARUS_2020_2021 = '/timeline?party=party-by&from=2020-01-01&to=2021-12-31&zoom=custom';
const SEED = /^Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар — approx\. Q4 2020 — held/;
const long = { timeout: 10_000 };
const searchOf = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search);

describe('timeline: the record beside it', () => {
  it('opens a mark in a side panel with its summary, delegations, topics and outcomes; Esc closes it and focus returns', async () => {
    const { user, router } = renderApp(BELARUS_2020_2021, { as: 'u-head' });
    const mark = await screen.findByRole('button', { name: SEED }, long);
    await user.click(mark);
    const panel = await screen.findByRole('dialog', { name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар' }, long);
    expect(searchOf(router).get('selected')).toBe('c-seed-kz-by');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(panel).getByText('approx. Q4 2020')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Delegations' })).toBeInTheDocument();
    expect(await within(panel).findByText('Belarus', undefined, long)).toBeInTheDocument();
    expect(await within(panel).findByText('Foreign Policy Analysis and Forecasting Department', undefined, long)).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Topics' })).toBeInTheDocument();
    expect(await within(panel).findByText(/coronavirus pandemic/i, undefined, long)).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Outcomes' })).toBeInTheDocument();
    expect(within(panel).getByText(/Нұр-Сұлтан/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Open the full record' })).toHaveAttribute('href', '/consultations/c-seed-kz-by');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), long);
    expect(searchOf(router).get('selected')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: SEED })).toHaveFocus(), long);
  });

  it('opens the record the address names', async () => {
    renderApp(`${BELARUS_2020_2021}&selected=c-seed-cis`, { as: 'u-head' });
    const panel = await screen.findByRole('dialog', { name: /ТМД-ға қатысушы мемлекеттердің/ }, long);
    expect(await within(panel).findByText('Erlan Shamishev', undefined, long)).toBeInTheDocument();
    await userClose(panel);
  });

  it('moves between marks with the arrow keys and opens one with Enter', async () => {
    const { user, router } = renderApp(BELARUS_2020_2021, { as: 'u-head' });
    await screen.findByRole('button', { name: SEED }, long);
    const region = screen.getByRole('region', { name: /^Timeline,/ });
    const marks = within(region)
      .getAllByRole('button')
      .filter((b) => b.dataset.focusKey);
    const first = marks.find((b) => b.tabIndex === 0);
    expect(first).toBeDefined();
    expect(marks.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    first?.focus();
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.dataset.focusKey?.split('|')[0]).toBe(first?.dataset.focusKey?.split('|')[0]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowDown}');
    const below = document.activeElement as HTMLElement;
    expect(below.dataset.focusKey?.split('|')[0]).not.toBe(first?.dataset.focusKey?.split('|')[0]);
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', undefined, long);
    expect(searchOf(router).get('selected') ?? searchOf(router).get('item')).toBeTruthy();
  });

  it('lists the consultations a count stands for, as many as it says', async () => {
    const { user } = renderApp('/timeline?from=2019-01-01&to=2022-12-31&zoom=custom&group=none', { as: 'u-head' });
    const region = await screen.findByRole('region', { name: /^Timeline,/ }, long);
    const count = (await within(region).findAllByRole('button', { name: /^\d+ consultations, .*Opens the list/ }, long))[0];
    if (!count) throw new Error('expected a count');
    const total = Number(/^(\d+)/.exec(count.getAttribute('aria-label') ?? '')?.[1]);
    await user.click(count);
    const panel = await screen.findByRole('dialog', { name: new RegExp(`^${total} consultations: All consultations`) }, long);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(total), long);
    const first = within(panel).getAllByRole('listitem')[0]?.querySelector('button') as HTMLElement;
    await user.click(first);
    // The chosen consultation opens in the record panel; the list stays beneath it, to come back to.
    const record = await screen.findByRole('dialog', { name: first.textContent ?? '' }, long);
    expect(await within(record).findByRole('link', { name: 'Open the full record' }, long)).toBeInTheDocument();
    expect(panel).toBeInTheDocument();
  });
});

describe('timeline: period summary', () => {
  it('counts the period, and each number applies its filter', async () => {
    const { user, router } = renderApp('/timeline?from=2020-01-01&to=2020-12-31&zoom=year', { as: 'u-head' });
    const summary = await screen.findByRole('region', { name: 'Period summary' }, long);
    const held = await within(summary).findByRole('link', { name: /^held \d+$/ }, long);
    const heldCount = Number(/(\d+)$/.exec(held.textContent ?? '')?.[1]);
    expect(heldCount).toBeGreaterThan(0);
    await user.click(held);
    await waitFor(() => expect(searchOf(router).get('status')).toBe('held'), long);
    expect(searchOf(router).get('from')).toBe('2020-01-01');
    await waitFor(() => expect(screen.getByRole('region', { name: /^Timeline,/ })).toHaveAccessibleName(new RegExp(`: ${heldCount} consultations in view$`)), long);

    const belarus = await within(await screen.findByRole('region', { name: 'Period summary' })).findByRole('link', { name: /^Belarus \d+$/ }, long);
    await user.click(belarus);
    await waitFor(() => expect(searchOf(router).get('party')).toBe('party-by'), long);
    expect(searchOf(router).get('status')).toBe('held');
  });
});

async function userClose(panel: HTMLElement) {
  within(panel).getByRole('button', { name: 'Close' }).click();
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), long);
}
