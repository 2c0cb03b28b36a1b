import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';
import { api } from '../helpers/api';
import {
  BY_MIAD_ID,
  BY_PARTY_ID,
  KZ_FPAD_ID,
  KZ_PARTY_ID,
  PANDEMIC_TOPIC_ID,
  SEED_PLAN_ITEM_ID,
} from '@mocks/data/ids';

// The whole app renders against the embedded API on a shared machine: allow it time.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type Stored = {
  id: string;
  title: string;
  delegations: { partyId: string; leadBodyId: string | null }[];
  topicIds: string[];
  date: { start: string; precision: string };
};

/** The record the app navigated to after saving. */
const savedId = (router: { state: { location: { pathname: string } } }) =>
  router.state.location.pathname.split('/')[2] ?? '';

describe('the new consultation form', () => {
  it('logs a bilateral consultation by keyboard and opens its page', async () => {
    const { user, router } = renderApp('/consultations/new');
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await user.type(title, 'Consultations on analysis in Minsk');
    await user.type(screen.getByLabelText(/^Day/), '2021-06-15');
    // The analyst's own party leads the first delegation.
    const delegation1 = screen.getByRole('group', { name: 'Delegation 1' });
    await waitFor(() =>
      expect(within(delegation1).getByRole('combobox', { name: /^Party/ })).toHaveValue(
        'Kazakhstan',
      ),
    );
    await user.type(within(delegation1).getByRole('combobox', { name: 'Lead body' }), 'ССТБД');
    await user.click(
      await within(delegation1).findByRole('option', {
        name: /Foreign Policy Analysis and Forecasting/,
      }),
    );

    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await user.type(within(delegation2).getByRole('combobox', { name: /^Party/ }), 'Беларусь');
    await within(delegation2).findByRole('option', { name: /Belarus/ });
    await user.keyboard('{Enter}');
    await user.type(
      within(delegation2).getByRole('combobox', { name: 'Lead body' }),
      'Main Information',
    );
    await user.click(
      await within(delegation2).findByRole('option', { name: /Main Information-Analytical/ }),
    );

    await user.type(screen.getByRole('combobox', { name: 'Topics' }), 'pandemic');
    await user.click(await screen.findByRole('option', { name: /coronavirus pandemic/ }));

    await user.click(screen.getByRole('button', { name: 'Add an outcome' }));
    await user.type(
      screen.getByRole('textbox', { name: /What was agreed/ }),
      'Agreed to meet again next year.',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Consultations on analysis in Minsk' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Saved')).toBeInTheDocument();
    const stored = (await api('GET', `/consultations/${savedId(router)}`)).body as Stored;
    expect(stored.delegations).toEqual([
      expect.objectContaining({ partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID }),
      expect.objectContaining({ partyId: BY_PARTY_ID, leadBodyId: BY_MIAD_ID }),
    ]);
    expect(stored.topicIds).toEqual([PANDEMIC_TOPIC_ID]);
    expect(stored.date).toMatchObject({ start: '2021-06-15', precision: 'day' });
  });
});

describe('the new consultation form, prefilled and assisted', () => {
  it('takes the plan item, title, parties and period from a link of the plans page', async () => {
    const { user } = renderApp(
      `/consultations/new?planItem=${SEED_PLAN_ITEM_ID}&title=Next%20round%20on%20analysis&party=${KZ_PARTY_ID},${BY_PARTY_ID}&from=2021-02-15&precision=quarter`,
    );
    expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue(
      'Next round on analysis',
    );
    expect(screen.getByRole('combobox', { name: 'Precision' })).toHaveValue('quarter');
    expect(screen.getByRole('combobox', { name: 'Quarter' })).toHaveValue('1');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('2021');
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await waitFor(() =>
      expect(within(delegation2).getByRole('combobox', { name: /^Party/ })).toHaveValue('Belarus'),
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Cooperation plan item' })).toHaveValue(
        SEED_PLAN_ITEM_ID,
      ),
    );
    expect(screen.getByRole('combobox', { name: 'Cooperation plan' })).toHaveValue(
      'plan-kz-by-2020',
    );
    // The year is typed over: the period follows.
    const year = screen.getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2022');
    expect(year).toHaveValue('2022');
  });

  it('creates a missing body inline, for the delegation’s party, and chooses it', async () => {
    const { user } = renderApp('/consultations/new');
    await screen.findByRole('textbox', { name: /^Title/ });
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await user.type(within(delegation2).getByRole('combobox', { name: /^Party/ }), 'Belarus');
    await user.click(await within(delegation2).findByRole('option', { name: /Belarus/ }));
    await user.type(
      within(delegation2).getByRole('combobox', { name: 'Lead body' }),
      'Directorate of Eurasian Studies',
    );
    await user.click(
      await within(delegation2).findByRole('option', {
        name: 'Create “Directorate of Eurasian Studies”',
      }),
    );
    const create = within(delegation2).getByRole('group', { name: 'New body' });
    expect(within(create).getByRole('textbox', { name: 'Name in English' })).toHaveValue(
      'Directorate of Eurasian Studies',
    );
    await user.type(
      within(create).getByRole('textbox', { name: 'Name in Russian' }),
      'Управление евразийских исследований',
    );
    await user.click(within(create).getByRole('button', { name: 'Create the body' }));
    await waitFor(() =>
      expect(within(delegation2).getByRole('combobox', { name: 'Lead body' })).toHaveValue(
        'Directorate of Eurasian Studies',
      ),
    );
    const bodies = (await api('GET', `/bodies?q=${encodeURIComponent('Eurasian Studies')}`))
      .body as { items: { partyId: string; name: { ru?: string } }[] };
    expect(bodies.items).toEqual([
      expect.objectContaining({
        partyId: BY_PARTY_ID,
        name: expect.objectContaining({ ru: 'Управление евразийских исследований' }),
      }),
    ]);
  });

  it('warns, without blocking, of a consultation with the same parties in the same period', async () => {
    const { user } = renderApp('/consultations/new');
    await screen.findByRole('textbox', { name: /^Title/ });
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await user.type(within(delegation2).getByRole('combobox', { name: /^Party/ }), 'Belarus');
    await user.click(await within(delegation2).findByRole('option', { name: /Belarus/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Precision' }), 'quarter');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), '4');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2020');
    const warning = await screen.findByText(
      /consultations? with the same parties in this period exists?/,
    );
    const status = warning.closest('[role="status"]') as HTMLElement;
    expect(
      within(status).getByRole('link', {
        name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
      }),
    ).toHaveAttribute('href', '/consultations/c-seed-kz-by');
    // Not blocking: the form is still there to save.
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});
