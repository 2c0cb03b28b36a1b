import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const total = async () =>
  ((await api('GET', '/consultations?limit=1')).body as { total: number }).total;
const titleBox = () => screen.findByRole('textbox', { name: /^Title/ });
const field = (name: RegExp | string) => screen.getByRole('textbox', { name });

/** The picker closes its list a moment after losing focus; typing starts after that. */
const afterBlur = () => new Promise((resolve) => setTimeout(resolve, 200));

async function chooseParty(user: UserEvent, row: number, name: string) {
  const delegation = screen.getByRole('group', { name: `Delegation ${row}` });
  await user.type(within(delegation).getByRole('combobox', { name: /^Party/ }), name);
  await user.click(await within(delegation).findByRole('option', { name: new RegExp(name) }));
}

/** Title, day and the second party: what a valid bilateral record needs besides the analyst's own party. */
async function fillMinimal(user: UserEvent, title: string) {
  await user.click(await titleBox());
  await user.paste(title);
  await user.type(screen.getByLabelText(/^Day/), '2021-05-20');
  await chooseParty(user, 2, 'Belarus');
}

describe('bad input in the consultation form', () => {
  it('empty required fields: a message at each, a summary, the first one focused, nothing stored', async () => {
    const before = await total();
    const { user } = renderApp('/consultations/new');
    const title = await titleBox();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('heading', { name: /fields? needs? attention/ });
    expect(summary).toHaveTextContent('3 fields need attention');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('This field is required.');
    expect(title).toHaveFocus();
    expect(screen.getByLabelText(/^Day/)).toHaveAccessibleDescription('This field is required.');
    const party2 = within(screen.getByRole('group', { name: 'Delegation 2' })).getByRole(
      'combobox',
      { name: /^Party/ },
    );
    expect(party2).toHaveAccessibleDescription('This field is required.');
    // The summary links lead to the fields.
    await user.click(
      screen.getByRole('link', { name: 'Delegation 2 — Party: This field is required.' }),
    );
    expect(party2).toHaveFocus();
    // A third party for a bilateral consultation is a mistake of the group.
    await user.click(screen.getByRole('button', { name: 'Add a delegation' }));
    expect(
      await screen.findByText('A bilateral consultation has exactly two parties.'),
    ).toBeInTheDocument();
    expect(await total()).toBe(before);
  });

  it('an end before the start, and dates outside 1991 … ten years from now', async () => {
    const { user } = renderApp('/consultations/new');
    await titleBox();
    const day = screen.getByLabelText(/^Day/);
    await user.type(day, '2021-06-15');
    const end = screen.getByLabelText(/^Last day/);
    await user.type(end, '2021-06-10');
    await user.tab();
    expect(end).toHaveAccessibleDescription(
      expect.stringContaining('The end is before the start.'),
    );
    await user.clear(day);
    await user.type(day, '1985-03-01');
    await user.tab();
    expect(day).toHaveAccessibleDescription('This date is outside any plausible range.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Precision' }), 'year');
    const year = screen.getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2099');
    await user.tab();
    expect(year).toHaveAccessibleDescription('This date is outside any plausible range.');
    await user.clear(year);
    await user.type(year, '2020');
    await user.tab();
    expect(year).not.toHaveAttribute('aria-invalid');
  });

  it('100,000-character texts are refused as too long, at their fields', async () => {
    const before = await total();
    const { user } = renderApp('/consultations/new');
    await fillMinimal(user, 'x');
    const huge = 'ы'.repeat(100_000);
    const title = field(/^Title/);
    await user.clear(title);
    await user.click(title);
    await user.paste(huge);
    await user.click(field(/^Summary/));
    await user.paste(huge);
    await user.tab();
    expect(title).toHaveAccessibleDescription('This text is too long.');
    expect(field(/^Summary/)).toHaveAccessibleDescription('This text is too long.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { name: '2 fields need attention' }),
    ).toBeInTheDocument();
    expect(await total()).toBe(before);
  });

  it('HTML and script in a text are kept and shown as text, never run', async () => {
    const markup = '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>Talks';
    const { user } = renderApp('/consultations/new');
    await fillMinimal(user, markup);
    await user.click(field(/^Summary/));
    await user.paste('<b>bold?</b>');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: markup })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('javascript: and data: source addresses are refused at the field', async () => {
    const before = await total();
    const { user } = renderApp('/consultations/new');
    await fillMinimal(user, 'With a bad source');
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    const url = field(/^Address \(URL\)/);
    await user.click(url);
    await user.paste('javascript:alert(1)');
    await user.tab();
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('Only web addresses (http or https) are allowed.'),
    );
    await user.clear(url);
    await user.paste('data:text/html,<script>alert(1)</script>');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('Only web addresses (http or https) are allowed.'),
    );
    expect(url).toHaveFocus();
    expect(await total()).toBe(before);
  });

  it('unknown ids: one the directory never had, and one removed while the form was open', async () => {
    const before = await total();
    const topic = await api('POST', '/topics', {
      as: 'u-head',
      body: { name: { en: 'Short-lived topic' }, parentId: null },
    });
    const topicId = (topic.body as { id: string }).id;
    const { user } = renderApp('/consultations/new?party=party-nowhere,party-by');
    const title = await titleBox();
    await user.type(title, 'With unknown references');
    await user.type(screen.getByLabelText(/^Day/), '2021-05-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const party1 = within(screen.getByRole('group', { name: 'Delegation 1' })).getByRole(
      'combobox',
      { name: /^Party/ },
    );
    await waitFor(() =>
      expect(party1).toHaveAccessibleDescription('This entry does not exist (any more).'),
    );

    // The person fixes the party and adds a topic, which someone then deletes.
    await user.click(
      within(screen.getByRole('group', { name: 'Delegation 1' })).getByRole('button', {
        name: /^Clear/,
      }),
    );
    await afterBlur();
    await chooseParty(user, 1, 'Kazakhstan');
    await user.type(screen.getByRole('combobox', { name: 'Topics' }), 'Short-lived');
    await user.click(await screen.findByRole('option', { name: 'Short-lived topic' }));
    const stored = (await api('GET', `/topics/${topicId}`)).body as { version: number };
    expect(
      (
        await api('DELETE', `/topics/${topicId}`, {
          as: 'u-head',
          body: { version: stored.version },
        })
      ).status,
    ).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const topics = screen.getByRole('combobox', { name: 'Topics' });
    await waitFor(() =>
      expect(topics).toHaveAccessibleDescription('This entry does not exist (any more).'),
    );
    expect(await total()).toBe(before);
  });

  it('a lead body of another party, after the party is changed, is refused at the field', async () => {
    const before = await total();
    const { user } = renderApp('/consultations/new');
    await fillMinimal(user, 'Body of another party');
    const delegation1 = screen.getByRole('group', { name: 'Delegation 1' });
    const leadBody = within(delegation1).getByRole('combobox', { name: 'Lead body' });
    await user.type(leadBody, 'ССТБД');
    await user.click(
      await within(delegation1).findByRole('option', { name: /Foreign Policy Analysis/ }),
    );
    await user.click(within(delegation1).getByRole('button', { name: /^Clear Party/ }));
    await afterBlur();
    await chooseParty(user, 1, 'Russia');
    expect(leadBody).toHaveAccessibleDescription('This body belongs to another party.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(leadBody).toHaveFocus();
    expect(await total()).toBe(before);
  });
});
