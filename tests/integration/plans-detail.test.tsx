import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { SEED_KZ_BY_ID, SEED_PLAN_ITEM_ID, planIds } from '@mocks/data/ids';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 10_000 });

const kzByTitle =
  'Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Belarus for 2020–2021';
const rowOf = (title: RegExp | string) =>
  screen.getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;
/** The cells of an item's row: period, bodies, place and host, fulfilment, consultations. */
const cell = (row: HTMLElement, index: number) =>
  within(row).getAllByRole('cell')[index] as HTMLElement;
const fulfilmentOf = (row: HTMLElement) => cell(row, 3);

/** jsdom's Blob has no text(); a FileReader reads it as the browser would. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });

/** Files the page offers for download, read back as text (jsdom has no object URLs of its own). */
function captureDownloads() {
  const files: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (files.push(blob), 'blob:test'),
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return files;
}

afterEach(() => vi.unstubAllGlobals());

describe('a plan’s page', () => {
  it('shows the KZ–BY plan’s items with period, bodies, place, host and fulfilment, read-only for a viewer', async () => {
    renderApp(`/plans/${planIds.kzBy2020}`, { as: 'u-viewer' });
    expect(await screen.findByRole('heading', { level: 1, name: kzByTitle })).toBeInTheDocument();
    expect(screen.getByText('expired')).toBeInTheDocument();
    const seed = rowOf(
      /foreign-policy analysis and forecasting|внешнеполитического анализа и прогнозирования/,
    );
    expect(fulfilmentOf(seed)).toHaveTextContent('held');
    expect(cell(seed, 0)).toHaveTextContent(/^2020$/);
    // The seed consultation is linked: its date (Q4 2020, approximately) leads to it.
    expect(await within(seed).findByRole('link', { name: /Q4 2020/ })).toHaveAttribute(
      'href',
      `/consultations/${SEED_KZ_BY_ID}`,
    );
    const deputy = rowOf(/заместителей министров/);
    expect(fulfilmentOf(deputy)).toHaveTextContent('postponed');
    expect(cell(deputy, 0)).toHaveTextContent('Q2 2020');
    expect(cell(deputy, 2)).toHaveTextContent('Minsk (hosted by Belarus)');
    const consular = rowOf(/консульских служб/);
    // Astana's name in Q2 2021 was Nur-Sultan.
    expect(cell(consular, 2)).toHaveTextContent('Nur-Sultan (hosted by Kazakhstan)');
    expect(fulfilmentOf(consular)).toHaveTextContent('cancelled');
    expect(fulfilmentOf(rowOf(/в международных организациях/))).toHaveTextContent('overdue');
    expect(cell(rowOf(/СНГ и ЕАЭС/), 0)).toHaveTextContent('2020 – 2021');
    expect(
      screen.queryByRole('button', { name: /Edit|Delete|Add an item|Link/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.getByText(/Approved by Ardak Omarova/)).toBeInTheDocument();
  });

  it('filters and sorts items through the address', async () => {
    const { user, router } = renderApp(`/plans/${planIds.kzBy2020}`, { as: 'u-viewer' });
    await screen.findByRole('heading', { level: 1, name: kzByTitle });
    expect(screen.getByText('6 of 6 items shown')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fulfilment' }), 'overdue');
    expect(await screen.findByText('1 of 6 items shown')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?fulfilment=overdue');
    expect(
      screen.getByRole('rowheader', { name: /в международных организациях/ }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fulfilment' }), 'Any');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'fulfilment');
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent(/в международных организациях/),
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'консульск');
    expect(await screen.findByText('1 of 6 items shown')).toBeInTheDocument();
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?sort=fulfilment&q=%D0%BA%D0%BE%D0%BD%D1%81%D1%83%D0%BB%D1%8C%D1%81%D0%BA',
      ),
    );
  });

  it('lets a planner add, edit and delete items of a draft, refusing an item outside the period at its field', async () => {
    const { user } = renderApp(`/plans/${planIds.kzRu2023}`, { as: 'u-planner' });
    await screen.findByRole('heading', { level: 1, name: /Russia for 2023–2024/ });
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    const form = await screen.findByRole('form', { name: 'Add an item' });
    await user.type(
      within(form).getByRole('textbox', { name: 'Title' }),
      'Consultations on Arctic cooperation',
    );
    const year = within(form).getByRole('spinbutton', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2025');
    await user.click(within(form).getByRole('button', { name: 'Add the item' }));
    expect(
      await within(form).findByText("This date is outside the plan's period."),
    ).toBeInTheDocument();
    expect(year).toHaveAttribute('aria-invalid', 'true');
    await user.clear(year);
    await user.type(year, '2024');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Host' }), 'Russia');
    // Choosing the host puts the meeting in its capital.
    expect(within(form).getByRole('combobox', { name: 'Place' })).toHaveDisplayValue('Moscow');
    await user.click(within(form).getByRole('button', { name: 'Add the item' }));
    expect(
      await screen.findByRole('rowheader', { name: /Consultations on Arctic cooperation/ }),
    ).toBeInTheDocument();
    const added = rowOf(/Consultations on Arctic cooperation/);
    expect(within(added).getByText('2024')).toBeInTheDocument();
    expect(within(added).getByText(/Moscow/)).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Edit “Consultations on Arctic cooperation”' }),
    );
    const edit = await screen.findByRole('form', {
      name: 'Edit “Consultations on Arctic cooperation”',
    });
    await user.type(
      within(edit).getByRole('textbox', { name: 'Condition' }),
      'if the dates are agreed',
    );
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    expect(
      await within(rowOf(/Consultations on Arctic cooperation/)).findByText(
        'Condition: if the dates are agreed',
      ),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Delete “Consultations on Arctic cooperation”' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('rowheader', { name: /Consultations on Arctic cooperation/ }),
      ).not.toBeInTheDocument(),
    );
    const toast = await screen.findByText('“Consultations on Arctic cooperation” is deleted.');
    await user.click(
      within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }),
    );
    expect(
      await screen.findByRole('rowheader', { name: /Consultations on Arctic cooperation/ }),
    ).toBeInTheDocument();
  });

  it('warns when an item falls on a public holiday of the host country', async () => {
    const { user } = renderApp(`/plans/${planIds.kzRu2023}`, { as: 'u-planner' });
    await screen.findByRole('heading', { level: 1, name: /Russia for 2023–2024/ });
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    const form = await screen.findByRole('form', { name: 'Add an item' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Round in Astana');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Known to the' }), 'day');
    const day = within(form).getByLabelText('Day');
    // user-event cannot type into a date input under jsdom; the browser test types into one.
    fireEvent.change(day, { target: { value: '2023-03-22' } });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Host' }), 'Kazakhstan');
    await user.click(within(form).getByRole('button', { name: 'Add the item' }));
    const warnings = await screen.findByRole('region', { name: 'Warnings' });
    expect(
      within(warnings).getByText(
        /“Round in Astana” falls on a public holiday in Kazakhstan: Nauryz, 22 March 2023/,
      ),
    ).toBeInTheDocument();
  });

  it('takes a draft through submission, return with a comment and approval, each step in history', async () => {
    const planner = renderApp(`/plans/${planIds.kzRu2023}`, { as: 'u-planner' });
    await screen.findByRole('heading', { level: 1, name: /Russia for 2023–2024/ });
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    await planner.user.click(screen.getByRole('button', { name: 'Submit for approval' }));
    expect(
      await screen.findByText(/Submitted for approval: a head of department/),
    ).toBeInTheDocument();
    // Submitted: the planner may no longer change items.
    expect(screen.queryByRole('button', { name: 'Add an item' })).not.toBeInTheDocument();
    expect(screen.getByText(/only a head of department may change its items/)).toBeInTheDocument();
    planner.unmount();

    const head = renderApp(`/plans/${planIds.kzRu2023}`, { as: 'u-head' });
    await screen.findByRole('heading', { level: 1, name: /Russia for 2023–2024/ });
    await head.user.click(await screen.findByRole('button', { name: 'Return for changes' }));
    expect(
      await screen.findByText('Say what needs changing: a plan is returned with a comment.'),
    ).toBeInTheDocument();
    await head.user.type(
      screen.getByRole('textbox', { name: /Comment/ }),
      'Add the Caspian round.',
    );
    await head.user.click(screen.getByRole('button', { name: 'Return for changes' }));
    expect(await screen.findByText(/A draft: planners may still change it/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Approval' })).getByText('Add the Caspian round.'),
    ).toBeInTheDocument();
    await head.user.click(screen.getByRole('button', { name: 'Submit for approval' }));
    await head.user.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByText(/Approved: its items are read-only/)).toBeInTheDocument();
    // A head still changes an approved plan's items.
    expect(screen.getByRole('button', { name: 'Add an item' })).toBeInTheDocument();
    await head.user.click(screen.getByText(/Show \d+ steps/));
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/approved the plan/)).toBeInTheDocument();
    expect(within(history).getByText(/returned the plan for changes/)).toBeInTheDocument();
    expect(within(history).getAllByText(/submitted the plan for approval/)).toHaveLength(2);
  });

  it('links an existing consultation to an item and offers logging a new one prefilled', async () => {
    const { user } = renderApp(`/plans/${planIds.kzBy2020}`, { as: 'u-head' });
    await screen.findByRole('heading', { level: 1, name: kzByTitle });
    const overdue = rowOf(/в международных организациях/);
    const log = within(overdue).getByRole('link', { name: /Log a consultation for/ });
    const href = new URL(log.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/consultations/new');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      planItem: 'pi-kz-by-2020-intl-orgs',
      title: 'Консультации по взаимодействию в международных организациях',
      party: 'party-kz,party-by',
      from: '2021-01-01',
    });
    await user.click(within(overdue).getByRole('button', { name: /Link a consultation to/ }));
    const panel = await screen.findByRole('region', {
      name: /Consultations for “Консультации по взаимодействию/,
    });
    const title = 'Kazakhstan – Belarus consultations on foreign-policy analysis';
    await user.click(await within(panel).findByRole('button', { name: `Link “${title}”` }));
    expect(await screen.findByText('The consultation is linked to the item.')).toBeInTheDocument();
    expect(
      await within(panel).findByRole('button', { name: `Unlink “${title}”` }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(fulfilmentOf(rowOf(/в международных организациях/))).toHaveTextContent('held'),
    );
    expect(cell(rowOf(/в международных организациях/), 4)).toHaveTextContent('22 February 2022');
    await user.click(screen.getByText(/Show \d+ steps/));
    expect(
      await screen.findByText(
        `linked the consultation “${title}” to the item “Консультации по взаимодействию в международных организациях”`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('downloads the shown items as an iCalendar file that parses', async () => {
    const files = captureDownloads();
    const { user } = renderApp(`/plans/${planIds.kzBy2020}?fulfilment=held`, { as: 'u-viewer' });
    await screen.findByRole('heading', { level: 1, name: kzByTitle });
    expect(await screen.findByText('3 of 6 items shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Calendar (.ics)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const calendar = new ICAL.Component(ICAL.parse(await readBlob(files[0] as Blob)) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
    const seed = events.find(
      (e) => e.getFirstPropertyValue('uid') === `plan-item-${SEED_PLAN_ITEM_ID}@kenes.example`,
    );
    expect(seed?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(String(seed?.getFirstPropertyValue('dtstart'))).toBe('2020-01-01');
    expect(String(seed?.getFirstPropertyValue('dtend'))).toBe('2021-01-01');
  });

  it('speaks Kazakh', async () => {
    await i18n.changeLanguage('kk');
    renderApp(`/plans/${planIds.kzBy2020}`, { as: 'u-planner' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Жоспар тармақтары' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Келесі жоспарды дайындау' })).toHaveAttribute(
      'href',
      `/plans/new?from=${planIds.kzBy2020}`,
    );
    expect(fulfilmentOf(rowOf(/в международных организациях/))).toHaveTextContent('мерзімі өтті');
  });
});
