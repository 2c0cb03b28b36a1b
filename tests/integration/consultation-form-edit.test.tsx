import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { BY_MIAD_ID, KZ_PARTY_ID, SEED_CIS_ID, SEED_KZ_BY_ID } from '@mocks/data/ids';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type Stored = { id: string; version: number; title: string; summary: string } & Record<
  string,
  unknown
>;
const stored = async (id: string) => (await api('GET', `/consultations/${id}`)).body as Stored;

/** Another person's save, through the API, as the app would make it. */
async function saveElsewhere(id: string, changes: Partial<Stored>) {
  const current = await stored(id);
  const res = await api('PUT', `/consultations/${id}`, {
    as: 'u-head',
    body: { version: current.version, data: { ...current, ...changes } },
  });
  expect(res.status).toBe(200);
}

async function openEdit(id: string) {
  const view = renderApp(`/consultations/${id}/edit`);
  const title = await screen.findByRole('textbox', { name: /^Title/ });
  return { ...view, title };
}

describe('editing a consultation', () => {
  it('shows the stored values, saves the change against its version and opens the record', async () => {
    const { user, title } = await openEdit(SEED_CIS_ID);
    expect(title).toHaveValue(
      '«ТМД-ға қатысушы мемлекеттердің Сыртқы істер министрліктерінің сыртқы саяси жоспарлауы туралы» консультациялар',
    );
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await waitFor(() =>
      expect(within(delegation2).getByRole('combobox', { name: 'Head of delegation' })).toHaveValue(
        'Erlan Shamishev',
      ),
    );
    expect(screen.getByLabelText(/^Day/)).toHaveValue('2020-12-22');
    await user.clear(title);
    await user.type(title, 'Consultations on foreign-policy planning of CIS MFAs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Consultations on foreign-policy planning of CIS MFAs',
      }),
    ).toBeInTheDocument();
    const after = await stored(SEED_CIS_ID);
    expect(after).toMatchObject({
      version: 2,
      title: 'Consultations on foreign-policy planning of CIS MFAs',
    });
  });

  it('never overwrites a newer save: shows the differing fields, lets the person choose, and saves again', async () => {
    const { user, title } = await openEdit(SEED_KZ_BY_ID);
    // Someone else saves while this person edits.
    await saveElsewhere(SEED_KZ_BY_ID, { title: 'Their title', summary: 'Their summary' });
    await user.clear(title);
    await user.type(title, 'My title');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const panel = (
      await screen.findByRole('heading', {
        name: 'Someone saved this consultation while you were editing it',
      })
    ).closest('section') as HTMLElement;
    const titleChoice = within(panel).getByRole('group', { name: 'Title' });
    expect(within(titleChoice).getByRole('radio', { name: /Keep mine.*My title/ })).toBeChecked();
    expect(
      within(titleChoice).getByRole('radio', { name: /Take the stored.*Their title/ }),
    ).not.toBeChecked();
    const summaryChoice = within(panel).getByRole('group', { name: 'Summary' });
    // Only the fields that differ are offered.
    expect(within(panel).queryByRole('group', { name: 'Delegations' })).not.toBeInTheDocument();
    // Nothing was overwritten meanwhile.
    expect((await stored(SEED_KZ_BY_ID)).title).toBe('Their title');

    await user.click(within(summaryChoice).getByRole('radio', { name: /Take the stored/ }));
    await user.click(within(panel).getByRole('button', { name: 'Save with these choices' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My title' })).toBeInTheDocument();
    expect(await stored(SEED_KZ_BY_ID)).toMatchObject({
      version: 3,
      title: 'My title',
      summary: 'Their summary',
    });
  });

  it('keeps everything typed when the save fails (network, then 500) and offers to try again', async () => {
    const { user, title } = await openEdit(SEED_CIS_ID);
    server.use(http.put('*/api/consultations/:id', () => HttpResponse.error()));
    await user.clear(title);
    await user.type(title, 'Typed before the network failed');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/Could not save: The API cannot be reached/);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(title).toHaveValue('Typed before the network failed');

    server.resetHandlers();
    server.use(
      http.put('*/api/consultations/:id', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'internal', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await user.click(within(box).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText(/Could not save: The request failed \(500\)/),
    ).toBeInTheDocument();
    expect(title).toHaveValue('Typed before the network failed');
    expect((await stored(SEED_CIS_ID)).version).toBe(1);

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Typed before the network failed' }),
    ).toBeInTheDocument();
    expect((await stored(SEED_CIS_ID)).version).toBe(2);
  });

  it('shows the API’s verdict at the field: a lead body that now belongs to another party', async () => {
    const { user, title } = await openEdit(SEED_KZ_BY_ID);
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    const leadBody = within(delegation2).getByRole('combobox', { name: 'Lead body' });
    // The directory is loaded: the form's own check has nothing to say yet.
    await waitFor(() => expect(leadBody).toHaveValue('Main Information-Analytical Directorate'));
    // Meanwhile the directorate is moved to the other party in the directory.
    const body = (await api('GET', `/bodies/${BY_MIAD_ID}`)).body as {
      version: number;
      name: unknown;
    };
    const moved = await api('PUT', `/bodies/${BY_MIAD_ID}`, {
      as: 'u-head',
      body: {
        version: body.version,
        data: { partyId: KZ_PARTY_ID, parentId: null, name: body.name },
      },
    });
    expect(moved.status).toBe(200);
    await user.type(title, ' (corrected)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(leadBody).toHaveAccessibleDescription('This body belongs to another party.'),
    );
    expect(leadBody).toHaveAttribute('aria-invalid', 'true');
    expect(leadBody).toHaveFocus();
    expect((await stored(SEED_KZ_BY_ID)).version).toBe(1);
  });
});
