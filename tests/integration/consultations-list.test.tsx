import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';
import { api } from '../helpers/api';
import { validConsultation } from '../helpers/consultation-input';

interface ListBody {
  items: { id: string; title: string; status: string }[];
  total: number;
}
const apiList = async (query: string) =>
  (await api('GET', `/consultations?${query}`)).body as ListBody;

const rows = () => [
  ...document.querySelectorAll<HTMLTableRowElement>('[data-bench="consultation-row"]'),
];
const rowTitles = () => rows().map((r) => r.querySelector('a')?.textContent);
const waitForRows = (titles: string[]) => waitFor(() => expect(rowTitles()).toEqual(titles));
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

describe('consultations list', () => {
  it('shows one page of consultations in an accessible table, newest first, with the total', async () => {
    renderApp('/consultations');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Consultations' }),
    ).toBeInTheDocument();
    const expected = await apiList('sort=-date&limit=50');
    await waitForRows(expected.items.map((c) => c.title));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▼▲↕]/g, '')),
    ).toEqual(['Date', 'Title', 'Counterparts', 'Level', 'Format', 'Status']);
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /Title/ })).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('button', { name: 'Title' })).toBeInTheDocument();
    expect(
      screen.getByText(`${expected.total.toLocaleString('en-GB')} consultations`, {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    // Each title is a link to its record, named by the title.
    const first = expected.items[0];
    if (!first) throw new Error('the demo data has consultations');
    expect(
      within(rows()[0] as HTMLElement).getByRole('link', { name: first.title }),
    ).toHaveAttribute('href', `/consultations/${first.id}`);
  });

  it('reads filters from the address, shows them, and asks the API for exactly them', async () => {
    renderApp('/consultations?party=party-by&status=held&from=2020-01-01&to=2020-12-31');
    const expected = await apiList(
      'party=party-by&status=held&from=2020-01-01&to=2020-12-31&sort=-date&limit=50',
    );
    expect(expected.total).toBeGreaterThan(0);
    await waitForRows(expected.items.map((c) => c.title));
    expect(screen.getByRole('checkbox', { name: /^held/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^planned/ })).not.toBeChecked();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(await within(chips).findByText('Country or organisation: Belarus')).toBeInTheDocument();
    expect(within(chips).getByText('Status: held')).toBeInTheDocument();
    expect(
      within(chips).getByText('Period: 1 January 2020 – 31 December 2020'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2020');
    // Less used filters wait behind a button, which opens by itself when one of them is set.
    expect(screen.getByRole('button', { name: 'More filters' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(
      screen.getByText(new RegExp(`^${expected.total} consultations? match`), { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('writes each filter change to the address, and back and forward step through them', async () => {
    const { user, router } = renderApp('/consultations');
    await waitFor(() => expect(rows().length).toBe(50));
    await user.click(screen.getByRole('checkbox', { name: /^cancelled/ }));
    await waitFor(() => expect(search(router).get('status')).toBe('cancelled'));
    const cancelled = await apiList('status=cancelled&sort=-date&limit=50');
    await waitForRows(cancelled.items.map((c) => c.title));
    expect(rows().every((r) => r.textContent?.includes('cancelled'))).toBe(true);

    const more = screen.getByRole('button', { name: 'More filters' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Format' })).not.toBeInTheDocument();
    await user.click(more);
    expect(screen.getByRole('button', { name: 'Fewer filters' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'video');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?status=cancelled&format=video'),
    );

    await act(() => router.navigate(-1));
    await waitFor(() => expect(router.state.location.search).toBe('?status=cancelled'));
    expect(screen.getByRole('combobox', { name: 'Format' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: /^cancelled/ })).toBeChecked();

    await act(() => router.navigate(-1));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('checkbox', { name: /^cancelled/ })).not.toBeChecked();

    await act(() => router.navigate(1));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /^cancelled/ })).toBeChecked());
    await waitForRows(cancelled.items.map((c) => c.title));
  });

  it('ignores bad values in the address and says which', async () => {
    renderApp('/consultations?status=finished,held&from=2020-13-01&party=%3Cscript%3E&sort=colour');
    const notice = await screen.findByText('4 values in the address were ignored:');
    const box = notice.closest('div') as HTMLElement;
    expect(within(box).getByText('Ignored unknown status “finished”.')).toBeInTheDocument();
    expect(
      within(box).getByText('Ignored start date “2020-13-01”: not a date.'),
    ).toBeInTheDocument();
    expect(
      within(box).getByText('Ignored party “<script>”: not a valid reference.'),
    ).toBeInTheDocument();
    expect(within(box).getByText('Ignored unknown sort order “colour”.')).toBeInTheDocument();
    // The good value still applies.
    const held = await apiList('status=held&sort=-date&limit=50');
    await waitForRows(held.items.map((c) => c.title));
    expect(screen.getByRole('checkbox', { name: /^held/ })).toBeChecked();
  });

  it('sorts by a column from its header, in the address', async () => {
    const { user, router } = renderApp('/consultations');
    await waitFor(() => expect(rows().length).toBe(50));
    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(search(router).get('sort')).toBe('title'));
    const byTitle = await apiList('sort=title&limit=50');
    await waitForRows(byTitle.items.map((c) => c.title));
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(search(router).get('sort')).toBe('-title'));
    const byTitleDesc = await apiList('sort=-title&limit=50');
    await waitForRows(byTitleDesc.items.map((c) => c.title));
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('pages through the list with links, and jumps to a page', async () => {
    const { user, router } = renderApp('/consultations?size=25');
    const all = await apiList('sort=-date&limit=1');
    const pages = Math.ceil(all.total / 25);
    await waitFor(() => expect(rows().length).toBe(25));
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pager).getByText(`Page 1 of ${pages}`)).toBeInTheDocument();
    await user.click(within(pager).getByRole('link', { name: 'Next' }));
    await waitFor(() => expect(search(router).get('page')).toBe('2'));
    const second = await apiList('sort=-date&offset=25&limit=25');
    await waitForRows(second.items.map((c) => c.title));
    expect(within(pager).getByText(`Page 2 of ${pages}`)).toBeInTheDocument();

    await user.type(within(pager).getByRole('spinbutton', { name: 'Go to page' }), String(pages));
    await user.click(within(pager).getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(search(router).get('page')).toBe(String(pages)));
    const last = await apiList(`sort=-date&offset=${(pages - 1) * 25}&limit=25`);
    await waitForRows(last.items.map((c) => c.title));
    expect(within(pager).queryByRole('link', { name: 'Next' })).not.toBeInTheDocument();

    // A filter change starts again at the first page.
    await user.click(screen.getByRole('checkbox', { name: /^held/ }));
    await waitFor(() => expect(search(router).get('page')).toBeNull());
  });

  it('moves a page past the end to the last page', async () => {
    const { router } = renderApp('/consultations?size=25&page=9999');
    const all = await apiList('limit=1');
    const pages = Math.ceil(all.total / 25);
    expect(pages).toBeGreaterThan(1);
    await waitFor(() => expect(search(router).get('page')).toBe(String(pages)));
    const last = await apiList(`sort=-date&offset=${(pages - 1) * 25}&limit=25`);
    await waitForRows(last.items.map((c) => c.title));
  });

  it('names the filters when nothing matches, and clears them', async () => {
    const { user, router } = renderApp('/consultations?q=zzzqqqxxx&status=held');
    expect(await screen.findByText('No consultations match these filters:')).toBeInTheDocument();
    const empty = screen
      .getByText('No consultations match these filters:')
      .closest('div') as HTMLElement;
    expect(within(empty).getByText('Search: “zzzqqqxxx”')).toBeInTheDocument();
    expect(within(empty).getByText('Status: held')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(empty).getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(rows().length).toBe(50));
  });

  it('applies the search text once typing pauses, from an input the / shortcut can find', async () => {
    const { user, router } = renderApp('/consultations');
    await waitFor(() => expect(rows().length).toBe(50));
    const input = screen.getByRole('searchbox', { name: 'Search' });
    expect(input).toHaveAttribute('data-search-input');
    expect(screen.getByRole('search', { name: 'Filter consultations' })).toContainElement(input);
    await user.type(input, 'Беларусь');
    await waitFor(() => expect(search(router).get('q')).toBe('Беларусь'));
    const found = await apiList(`q=${encodeURIComponent('Беларусь')}&sort=-date&limit=50`);
    expect(found.total).toBeGreaterThan(0);
    await waitForRows(found.items.map((c) => c.title));
    // Removing its chip clears the field too.
    await user.click(screen.getByRole('button', { name: 'Remove filter Search: “Беларусь”' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(input).toHaveValue(''));
  });

  it('chooses a year and then a quarter in one step each', async () => {
    const { user, router } = renderApp('/consultations');
    await waitFor(() => expect(rows().length).toBe(50));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2021');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?from=2021-01-01&to=2021-12-31'),
    );
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2021'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), '2');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?from=2021-04-01&to=2021-06-30'),
    );
    await waitFor(() => expect(screen.getByLabelText('From')).toHaveValue('2021-04-01'));
    expect(screen.getByLabelText('To')).toHaveValue('2021-06-30');
  });

  it('offers a new consultation to analysts and heads, not to viewers', async () => {
    const view = renderApp('/consultations', { as: 'u-analyst' });
    expect(await screen.findByRole('link', { name: 'New consultation' })).toHaveAttribute(
      'href',
      '/consultations/new',
    );
    view.unmount();
    renderApp('/consultations', { as: 'u-viewer' });
    await screen.findByRole('heading', { level: 1, name: 'Consultations' });
    await waitFor(() => expect(rows().length).toBe(50));
    expect(screen.queryByRole('link', { name: 'New consultation' })).not.toBeInTheDocument();
  });

  it('shows HTML in a title as text', async () => {
    const title = '<img src=x onerror="window.pwned=1"><b>Bold</b> talks';
    const created = await api('POST', '/consultations', {
      body: validConsultation({
        title,
        date: { start: '2031-01-01', precision: 'day', approximate: false },
      }),
    });
    expect(created.status).toBe(201);
    renderApp('/consultations');
    expect(await screen.findByRole('link', { name: title })).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
    expect(document.querySelector('main b')).toBeNull();
  });

  it('counts in Russian with the right plural', async () => {
    const { i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('ru');
    renderApp('/consultations?q=zzzqqqxxx');
    expect(
      await screen.findByText('Нет консультаций, соответствующих фильтрам:'),
    ).toBeInTheDocument();
    expect(i18n.t('consultations:list.total', { count: 1234, formatted: '1 234' })).toBe(
      '1 234 консультации',
    );
    expect(i18n.t('consultations:list.total', { count: 21, formatted: '21' })).toBe(
      '21 консультация',
    );
    expect(i18n.t('consultations:list.total', { count: 5, formatted: '5' })).toBe('5 консультаций');
  });
});

describe('filter bar', () => {
  it('opens the less used filters by itself when a link sets one, with counts from the API', async () => {
    renderApp('/consultations?level=expert&kind=bilateral');
    const facets = (await api('GET', '/consultations/facets?level=expert&kind=bilateral')).body as {
      format: { value: string; count: number }[];
    };
    expect(await screen.findByRole('button', { name: 'Fewer filters' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByRole('checkbox', { name: /^expert/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('bilateral');
    const video = facets.format.find((f) => f.value === 'video')?.count ?? 0;
    expect(await screen.findByRole('option', { name: `video (${video})` })).toBeInTheDocument();
  });

  it('says when a period ends before it starts, and does not apply it', async () => {
    const { user, router } = renderApp('/consultations?from=2021-06-01');
    const to = await screen.findByLabelText('To');
    await user.type(to, '2020-01-01');
    expect(await screen.findByText('The end is before the start.')).toBeInTheDocument();
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.search).toBe('?from=2021-06-01');
  });

  it('removes one filter by its chip, or all at once', async () => {
    const { user, router } = renderApp('/consultations?party=party-by&body=b-unknown');
    const chips = await screen.findByRole('list', { name: 'Active filters' });
    expect(await within(chips).findByText('Country or organisation: Belarus')).toBeInTheDocument();
    expect(within(chips).getByText('Body: b-unknown')).toBeInTheDocument();
    await user.click(within(chips).getByRole('button', { name: 'Remove filter Body: b-unknown' }));
    await waitFor(() => expect(router.state.location.search).toBe('?party=party-by'));
    const bar = screen.getByRole('search', { name: 'Filter consultations' });
    await user.click(within(bar).getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
  });
});
