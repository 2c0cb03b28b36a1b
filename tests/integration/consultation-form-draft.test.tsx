import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CIS_ID } from '@mocks/data/ids';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const titleBox = () => screen.findByRole('textbox', { name: /^Title/ });

describe('the draft of the consultation form', () => {
  it('survives a remount of the new form, with a notice, and goes on request', async () => {
    const first = renderApp('/consultations/new');
    await first.user.type(await titleBox(), 'Typed before the tab closed');
    await first.user.type(screen.getByRole('textbox', { name: /^Summary/ }), 'Half a summary');
    // Gone at once: the form saves what is pending as it unmounts.
    first.unmount();

    const second = renderApp('/consultations/new');
    expect(await titleBox()).toHaveValue('Typed before the tab closed');
    expect(screen.getByRole('textbox', { name: /^Summary/ })).toHaveValue('Half a summary');
    const notice = screen
      .getByText(/^Draft restored from /)
      .closest('[role="status"]') as HTMLElement;
    await second.user.click(within(notice).getByRole('button', { name: 'Discard draft' }));
    expect(await titleBox()).toHaveValue('');
    expect(screen.queryByText(/^Draft restored from /)).not.toBeInTheDocument();
    second.unmount();

    renderApp('/consultations/new');
    expect(await titleBox()).toHaveValue('');
    expect(screen.queryByText(/^Draft restored from /)).not.toBeInTheDocument();
  });

  it('is saved as the person types (debounced) and discarded by a successful save', async () => {
    const first = renderApp('/consultations/new');
    await first.user.type(await titleBox(), 'Kept while typing');
    await pause(450);
    // A crash: nothing runs on the way out, the debounced save has happened.
    first.unmount();

    const second = renderApp('/consultations/new');
    expect(await titleBox()).toHaveValue('Kept while typing');
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await second.user.type(
      within(delegation2).getByRole('combobox', { name: /^Party/ }),
      'Belarus',
    );
    await second.user.click(await within(delegation2).findByRole('option', { name: /Belarus/ }));
    await second.user.type(screen.getByLabelText(/^Day/), '2021-05-20');
    await second.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kept while typing' }),
    ).toBeInTheDocument();
    second.unmount();

    renderApp('/consultations/new');
    expect(await titleBox()).toHaveValue('');
  });

  it('keeps an edit’s draft per record, and a draft of an older version leads to the conflict choice', async () => {
    const first = renderApp(`/consultations/${SEED_CIS_ID}/edit`);
    const title = await titleBox();
    await first.user.clear(title);
    await first.user.type(title, 'My unsaved title');
    first.unmount();

    // Another record's form has no draft of this one.
    const other = renderApp('/consultations/c-seed-kz-by/edit');
    expect(await titleBox()).toHaveValue(
      'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
    );
    expect(screen.queryByText(/^Draft restored from /)).not.toBeInTheDocument();
    other.unmount();

    // Someone saves the record meanwhile.
    const current = (await api('GET', `/consultations/${SEED_CIS_ID}`)).body as Record<
      string,
      unknown
    > & { version: number; summary: string };
    await api('PUT', `/consultations/${SEED_CIS_ID}`, {
      as: 'u-head',
      body: { version: current.version, data: { ...current, summary: 'Their summary' } },
    });

    const again = renderApp(`/consultations/${SEED_CIS_ID}/edit`);
    expect(await titleBox()).toHaveValue('My unsaved title');
    expect(screen.getByText(/^Draft restored from /)).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Save' }));
    const panel = (
      await screen.findByRole('heading', { name: /Someone saved this consultation/ })
    ).closest('section') as HTMLElement;
    expect(within(panel).getByRole('group', { name: 'Title' })).toBeInTheDocument();
    await again.user.click(within(panel).getByRole('button', { name: 'Save with these choices' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My unsaved title' }),
    ).toBeInTheDocument();
    const saved = (await api('GET', `/consultations/${SEED_CIS_ID}`)).body as {
      version: number;
      title: string;
      summary: string;
    };
    // Mine by default, field by field: my title, and the summary as I had it.
    expect(saved).toMatchObject({
      version: 3,
      title: 'My unsaved title',
      summary: current.summary,
    });
  });
});
