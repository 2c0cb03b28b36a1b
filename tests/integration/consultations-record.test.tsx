import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_CIS_ID, SEED_KZ_BY_ID } from '@mocks/data/ids';
import { api } from '../helpers/api';
import { validConsultation } from '../helpers/consultation-input';
import { renderApp } from '../helpers/render-app';

const section = (name: RegExp | string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('consultation record page', () => {
  it('shows the KZ–BY seed consultation with its Kazakh texts, vague date, delegations and plan item', async () => {
    renderApp(`/consultations/${SEED_KZ_BY_ID}`);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
    });
    expect(title).toHaveAttribute('lang', 'kk');
    const details = section('Details');
    expect(within(details).getByText(/approx\. Q4 2020/)).toBeInTheDocument();
    expect(within(details).getByText(/known to the quarter, approximate/)).toBeInTheDocument();
    expect(within(details).getByText('video')).toBeInTheDocument();
    const delegations = section('Delegations');
    expect(await within(delegations).findByRole('link', { name: 'Belarus' })).toHaveAttribute(
      'href',
      '/participants/party/party-by',
    );
    expect(within(delegations).getByRole('link', { name: 'Kazakhstan' })).toBeInTheDocument();
    expect(
      within(delegations).getByRole('link', {
        name: /Foreign Policy Analysis and Forecasting Department/,
      }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/participants\/body\//));
    expect(within(section('Summary')).getByText(/коронавирустық пандемия/)).toHaveAttribute(
      'lang',
      'kk',
    );
    expect(
      await within(section('Topics')).findByRole('link', { name: /pandemic/i }),
    ).toHaveAttribute('href', '/topics/topic-pandemic');
    const outcomes = section('Outcomes');
    expect(within(outcomes).getByRole('heading', { name: 'Agreements' })).toBeInTheDocument();
    expect(within(outcomes).getByRole('heading', { name: 'Proposals' })).toBeInTheDocument();
    const followUps = section('Follow-ups');
    expect(
      within(followUps).getByText(/санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып/),
    ).toBeInTheDocument();
    expect(within(followUps).getByText('2021')).toBeInTheDocument();
    expect(within(followUps).getByText('open')).toBeInTheDocument();
    const planItem = within(details).getByText('Cooperation plan item')
      .nextElementSibling as HTMLElement;
    expect(await within(planItem).findByRole('link')).toHaveAttribute(
      'href',
      '/plans/plan-kz-by-2020',
    );
    const source = within(section('Sources')).getByRole('link', { name: /Jana-kezen/i });
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(section('About this record')).getByText('Қазақша')).toBeInTheDocument();
  });

  it('shows Erlan Shamishev as head of the Kazakh delegation at the CIS consultation', async () => {
    renderApp(`/consultations/${SEED_CIS_ID}`);
    await screen.findByRole('heading', { level: 1, name: /ТМД-ға қатысушы мемлекеттердің/ });
    expect(within(section('Details')).getByText('22 December 2020')).toBeInTheDocument();
    const delegations = section('Delegations');
    const head = await within(delegations).findByRole('link', { name: 'Erlan Shamishev' });
    expect(head).toHaveAttribute('href', '/participants/person/person-kz-shamishev');
    const kz = head.closest('li') as HTMLElement;
    expect(within(kz).getByRole('heading', { level: 3, name: 'Kazakhstan' })).toBeInTheDocument();
    expect(within(section('Details')).getByText(/Minsk/)).toBeInTheDocument();
  });

  it('shows the not-found error for an unknown id', async () => {
    renderApp('/consultations/c-nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('This record does not exist or was removed.')).toBeInTheDocument();
  });
});

interface Stored {
  id: string;
  version: number;
  title: string;
  status: string;
  deletedAt: string | null;
}
const getStored = async (id: string) =>
  (await api('GET', `/consultations/${id}`)).body as Stored & Record<string, unknown>;

async function changeSeed(changes: Record<string, unknown>) {
  const current = await getStored(SEED_CIS_ID);
  const {
    id: _id,
    version,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    deletedAt: _d,
    ...data
  } = current;
  const response = await api('PUT', `/consultations/${SEED_CIS_ID}`, {
    as: 'u-analyst',
    body: { version, data: { ...data, ...changes } },
  });
  expect(response.status).toBe(200);
  return response.body as Stored;
}

describe('consultation record: history, delete, restore', () => {
  it('shows who changed what and when, field by field, in words', async () => {
    await changeSeed({ title: 'CIS foreign-policy planning talks', status: 'postponed' });
    renderApp(`/consultations/${SEED_CIS_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'CIS foreign-policy planning talks' });
    const history = section('Change history');
    const entry = (await within(history).findByText('Changed')).closest('li') as HTMLElement;
    expect(await within(entry).findByText(/by Aidana Zhussupova/)).toBeInTheDocument();
    expect(within(entry).getByText('(version 2)')).toBeInTheDocument();
    const table = within(entry).getByRole('table');
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells).toEqual([
      [
        'Title',
        '«ТМД-ға қатысушы мемлекеттердің Сыртқы істер министрліктерінің сыртқы саяси жоспарлауы туралы» консультациялар',
        'CIS foreign-policy planning talks',
      ],
      ['Status', 'held', 'postponed'],
    ]);
    expect(within(history).getByText('Logged')).toBeInTheDocument();
  });

  it('puts back the values from before a change', async () => {
    await changeSeed({ status: 'cancelled' });
    const { user } = renderApp(`/consultations/${SEED_CIS_ID}`, { as: 'u-head' });
    const history = await waitFor(() => section('Change history'));
    await user.click(
      await within(history).findByRole('button', { name: 'Put back the earlier values' }),
    );
    await user.click(within(history).getByRole('button', { name: 'Yes, put back' }));
    expect(await screen.findByText('The earlier values were put back.')).toBeInTheDocument();
    await waitFor(async () => expect((await getStored(SEED_CIS_ID)).status).toBe('held'));
    expect((await getStored(SEED_CIS_ID)).version).toBe(3);
  });

  it('deletes after asking, then undoes from the toast', async () => {
    const { user } = renderApp(`/consultations/${SEED_KZ_BY_ID}`, { as: 'u-head' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(
      screen.getByText('Delete this consultation? It can be restored later.'),
    ).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Yes, delete' });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    const toast = (await screen.findByText('Consultation deleted.')).closest(
      '.toast',
    ) as HTMLElement;
    expect(await screen.findByText('This consultation was deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect((await getStored(SEED_KZ_BY_ID)).deletedAt).not.toBeNull();

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Consultation restored.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText('This consultation was deleted.')).not.toBeInTheDocument(),
    );
    const stored = await getStored(SEED_KZ_BY_ID);
    expect(stored.deletedAt).toBeNull();
    expect(stored.version).toBe(3);
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/consultations/${SEED_KZ_BY_ID}/edit`,
    );
  });

  it('cancels a delete when asked not to', async () => {
    const { user } = renderApp(`/consultations/${SEED_KZ_BY_ID}`, { as: 'u-analyst' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    expect((await getStored(SEED_KZ_BY_ID)).deletedAt).toBeNull();
  });

  it('shows a deleted record with a banner and restores it', async () => {
    const before = await getStored(SEED_KZ_BY_ID);
    expect(
      (
        await api('DELETE', `/consultations/${SEED_KZ_BY_ID}`, {
          body: { version: before.version },
        })
      ).status,
    ).toBe(200);
    const { user } = renderApp(`/consultations/${SEED_KZ_BY_ID}`, { as: 'u-analyst' });
    const banner = (await screen.findByText('This consultation was deleted.')).closest(
      'div',
    ) as HTMLElement;
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Restore' }));
    await waitFor(() =>
      expect(screen.queryByText('This consultation was deleted.')).not.toBeInTheDocument(),
    );
    expect((await getStored(SEED_KZ_BY_ID)).deletedAt).toBeNull();
    const history = section('Change history');
    expect(await within(history).findByText('Restored')).toBeInTheDocument();
    expect(within(history).getByText('Deleted')).toBeInTheDocument();
  });

  it('restores a deleted record from its history', async () => {
    const before = await getStored(SEED_CIS_ID);
    await api('DELETE', `/consultations/${SEED_CIS_ID}`, { body: { version: before.version } });
    const { user } = renderApp(`/consultations/${SEED_CIS_ID}`, { as: 'u-head' });
    await screen.findByText('This consultation was deleted.');
    const history = section('Change history');
    const deletion = (await within(history).findByText('Deleted')).closest('li') as HTMLElement;
    await user.click(within(deletion).getByRole('button', { name: 'Restore the record' }));
    await waitFor(async () => expect((await getStored(SEED_CIS_ID)).deletedAt).toBeNull());
    await waitFor(() =>
      expect(screen.queryByText('This consultation was deleted.')).not.toBeInTheDocument(),
    );
  });

  it('offers a viewer neither edit, delete nor restore', async () => {
    const view = renderApp(`/consultations/${SEED_KZ_BY_ID}`, { as: 'u-viewer' });
    await screen.findByRole('heading', { level: 1 });
    await within(section('Change history')).findByText('Logged');
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    view.unmount();
    const before = await getStored(SEED_KZ_BY_ID);
    await api('DELETE', `/consultations/${SEED_KZ_BY_ID}`, { body: { version: before.version } });
    renderApp(`/consultations/${SEED_KZ_BY_ID}`, { as: 'u-viewer' });
    await screen.findByText('This consultation was deleted.');
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
  });

  it('shows HTML in a title and summary as text', async () => {
    const title = '<script>window.pwned = 1</script><em>Talks</em>';
    const created = await api('POST', '/consultations', {
      body: validConsultation({
        title,
        summary: '<img src=x onerror="window.pwned=1">Line one\nLine two',
      }),
    });
    const { id } = created.body as Stored;
    renderApp(`/consultations/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(/<img src=x onerror="window.pwned=1">Line one/)).toBeInTheDocument();
    expect(document.querySelector('main img, main em, main script')).toBeNull();
  });
});
