import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

const slow = { timeout: 8000 };
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, slow);

/** Fills a text field at once: a person pastes long names more often than types them. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** Picks an entry in an autocomplete by typing part of its name. */
async function pick(
  user: UserEvent,
  label: string | RegExp,
  text: string,
  option: string | RegExp,
  scope: HTMLElement = document.body,
) {
  const box = within(scope).getByRole('combobox', { name: label });
  await user.clear(box);
  await user.type(box, text);
  const listbox = within(scope).getByRole('listbox', { name: label });
  await user.click(
    await within(listbox).findByRole(
      'option',
      { name: typeof option === 'string' ? new RegExp(`^${option}`) : option },
      slow,
    ),
  );
}

describe('editing the directory', () => {
  it('adds a body, showing the API’s refusals next to the fields', async () => {
    const { user, router } = renderApp('/participants');
    await heading('Participants');
    await user.click(screen.getByRole('button', { name: 'Add a body' }));
    const form = screen.getByRole('form', { name: 'New body' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert', {}, slow)).toHaveTextContent(
      '2 fields need correcting.',
    );
    expect(within(form).getByRole('combobox', { name: /^Party/ })).toHaveAccessibleDescription(
      'This field is required.',
    );
    expect(within(form).getByRole('group', { name: /^Name/ })).toHaveAccessibleDescription(
      'This field is required.',
    );

    await pick(user, /^Party/, 'Kazakh', 'Kazakhstan', form);
    await fill(
      user,
      within(form).getByRole('textbox', { name: 'Name in English' }),
      'Foreign Policy Analysis and Forecasting Department',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(
      () =>
        expect(
          within(form).getByRole('textbox', { name: 'Name in English' }),
        ).toHaveAccessibleDescription('An entry with this name already exists here.'),
      slow,
    );
    expect(within(form).getByRole('textbox', { name: 'Name in English' })).toHaveFocus();

    await fill(
      user,
      within(form).getByRole('textbox', { name: 'Name in English' }),
      'Department of Arctic Affairs',
    );
    await fill(
      user,
      within(form).getByRole('textbox', { name: 'Name in Kazakh' }),
      'Арктика істері департаменті',
    );
    await pick(
      user,
      /^Parent body/,
      'Ministry',
      /Ministry of Foreign Affairs of the Republic of Kazakhstan/,
      form,
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await heading('Department of Arctic Affairs');
    expect(router.state.location.pathname).toMatch(/^\/participants\/body\/body-/);
    expect(
      screen.getByRole('link', {
        name: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
      }),
    ).toHaveAttribute('href', '/participants/body/body-kz-mfa');
    expect(screen.getByRole('list', { name: 'Spellings' })).toHaveTextContent(
      'Арктика істері департаменті',
    );
  }, 40_000);

  it('edits a person’s positions over time, and the change is in the history', async () => {
    const { user } = renderApp('/participants/person/person-kz-shamishev');
    await heading('Erlan Shamishev');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit person' });
    expect(within(form).getByRole('textbox', { name: 'Name in Russian' })).toHaveValue(
      'Ерлан Шамишев',
    );
    const first = within(form).getByRole('group', { name: 'Position 1' });
    await user.type(within(first).getByLabelText('To'), '2022-12-31');
    await user.click(within(form).getByRole('button', { name: 'Add a position' }));
    const second = within(form).getByRole('group', { name: 'Position 2' });
    await pick(user, /^Body/, 'Legal', 'Legal Department', second);
    await user.type(
      within(second).getByRole('textbox', { name: 'Title in English' }),
      'Special Envoy',
    );
    await user.type(within(second).getByLabelText('From'), '2023-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const positions = await screen.findByRole('region', { name: 'Positions over time' }, slow);
    await waitFor(
      () =>
        expect(
          within(positions).getByRole('rowheader', { name: /Special Envoy/ }),
        ).toHaveTextContent('current'),
      slow,
    );
    expect(within(positions).getByRole('link', { name: 'Legal Department' })).toBeInTheDocument();
    expect(within(positions).getByRole('rowheader', { name: /^Director/ })).not.toHaveTextContent(
      'current',
    );
    expect(
      screen.getByText(/Special Envoy, Legal Department/, { selector: 'p' }),
    ).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Change history' });
    await waitFor(
      () =>
        expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(
          /changed \(positions\)/,
        ),
      slow,
    );
  });

  it('shows a position’s dates in the wrong order as a field error', async () => {
    const { user } = renderApp('/participants/person/person-kz-shamishev');
    await heading('Erlan Shamishev');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit person' });
    const first = within(form).getByRole('group', { name: 'Position 1' });
    await user.type(within(first).getByLabelText('To'), '2018-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(
      () =>
        expect(within(first).getByLabelText('To')).toHaveAccessibleDescription(
          'The end is before the start.',
        ),
      slow,
    );
  });

  it('merges a duplicate person: choose the survivor, see what moves, confirm', async () => {
    const { user, router } = renderApp('/participants/person/person-kz-sarsenova');
    await heading('Aigul Sarsenova');
    await user.click(screen.getByRole('button', { name: 'Merge a duplicate…' }));
    const panel = screen.getByRole('region', { name: 'Merge two duplicate entries' });
    await pick(user, /^The other person/, 'Shamish', 'Erlan Shamishev', panel);
    expect(
      within(panel).getByRole('radio', { name: 'The other entry stays; this one is removed' }),
    ).toBeChecked();
    const preview = await within(panel).findByRole('heading', { name: 'What moves' }, slow);
    const moves = preview.parentElement as HTMLElement;
    expect(moves).toHaveTextContent(
      'From Aigul Sarsenova to Erlan Shamishev; Aigul Sarsenova is then removed.',
    );
    expect(within(moves).getByText(/^\d+ consultations?$/)).toBeInTheDocument();
    const moving = within(moves).getAllByRole('link');
    expect(moving.length).toBeGreaterThan(0);
    expect(moving[0]).toHaveAttribute('href', expect.stringMatching(/^\/consultations\//));

    await user.click(
      within(panel).getByRole('button', { name: 'Merge Aigul Sarsenova into Erlan Shamishev' }),
    );
    await heading('Erlan Shamishev');
    expect(router.state.location.pathname).toBe('/participants/person/person-kz-shamishev');
    expect(
      await screen.findByText('Aigul Sarsenova was merged into Erlan Shamishev.', {}, slow),
    ).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Change history' });
    await waitFor(
      () =>
        expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(
          /merged \(took in a duplicate\)/,
        ),
      slow,
    );

    await router.navigate('/participants/person/person-kz-sarsenova');
    await heading('Aigul Sarsenova');
    const notice = await screen.findByText(/This entry was merged on .* into/, {}, slow);
    expect(within(notice).getByRole('link', { name: 'Erlan Shamishev' })).toHaveAttribute(
      'href',
      '/participants/person/person-kz-shamishev',
    );
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('lets the current entry survive a merge instead', async () => {
    const { user, router } = renderApp('/participants/person/person-kz-shamishev');
    await heading('Erlan Shamishev');
    await user.click(screen.getByRole('button', { name: 'Merge a duplicate…' }));
    const panel = screen.getByRole('region', { name: 'Merge two duplicate entries' });
    await pick(user, /^The other person/, 'Sarsen', 'Aigul Sarsenova', panel);
    await user.click(
      within(panel).getByRole('radio', {
        name: 'Erlan Shamishev stays; the other entry is removed',
      }),
    );
    await user.click(
      await within(panel).findByRole(
        'button',
        { name: 'Merge Aigul Sarsenova into Erlan Shamishev' },
        slow,
      ),
    );
    await waitFor(
      () =>
        expect(
          screen.queryByRole('region', { name: 'Merge two duplicate entries' }),
        ).not.toBeInTheDocument(),
      slow,
    );
    expect(router.state.location.pathname).toBe('/participants/person/person-kz-shamishev');
    const people = await api('GET', '/people?q=Sarsenova');
    expect((people.body as { total: number }).total).toBe(0);
  });

  it('refuses a merge into itself, with the reason at the field', async () => {
    const { user } = renderApp('/participants/person/person-kz-shamishev');
    await heading('Erlan Shamishev');
    await user.click(screen.getByRole('button', { name: 'Merge a duplicate…' }));
    const panel = screen.getByRole('region', { name: 'Merge two duplicate entries' });
    await pick(user, /^The other person/, 'Shamish', 'Erlan Shamishev', panel);
    await waitFor(
      () =>
        expect(
          within(panel).getByRole('combobox', { name: /^The other person/ }),
        ).toHaveAccessibleDescription('An entry cannot be merged into itself.'),
      slow,
    );
    expect(within(panel).getByRole('button', { name: 'Merge' })).toBeDisabled();
  });

  it('refuses to delete a person still in use, listing where', async () => {
    const { user } = renderApp('/participants/person/person-kz-shamishev');
    await heading('Erlan Shamishev');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const panel = screen.getByRole('region', { name: 'Delete Erlan Shamishev?' });
    await user.click(within(panel).getByRole('button', { name: 'Delete Erlan Shamishev' }));
    expect(await within(panel).findByRole('alert', {}, slow)).toHaveTextContent(
      /Erlan Shamishev cannot be deleted: \d+ records still use it\./,
    );
    const cis = await within(panel).findByRole(
      'link',
      { name: /«ТМД-ға қатысушы мемлекеттердің/ },
      slow,
    );
    expect(cis).toHaveAttribute('href', '/consultations/c-seed-cis');
    expect(
      within(panel).queryByRole('button', { name: 'Delete Erlan Shamishev' }),
    ).not.toBeInTheDocument();
    // Still there.
    expect((await api('GET', '/people/person-kz-shamishev')).status).toBe(200);
  });

  it('deletes an unused entry, and restores it', async () => {
    const created = await api('POST', '/bodies', {
      body: { partyId: 'party-kz', name: { en: 'Temporary Working Group' } },
    });
    const id = (created.body as { id: string }).id;
    const { user } = renderApp(`/participants/body/${id}`);
    await heading('Temporary Working Group');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const panel = screen.getByRole('region', { name: 'Delete Temporary Working Group?' });
    await user.click(within(panel).getByRole('button', { name: 'Delete Temporary Working Group' }));
    expect(await screen.findByText(/This entry was deleted on/, {}, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(
      () => expect(screen.queryByText(/This entry was deleted on/)).not.toBeInTheDocument(),
      slow,
    );
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });
});
