import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

const slow = { timeout: 8000 };
const PANDEMIC = 'International relations under the coronavirus pandemic';
const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, slow);

async function pick(user: UserEvent, scope: HTMLElement, label: string | RegExp, text: string, option: RegExp) {
  const box = within(scope).getByRole('combobox', { name: label });
  // The picker tidies up 150 ms after it loses focus; a person never retypes that fast, a test can.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await user.clear(box);
  await user.type(box, text);
  await user.click(await within(within(scope).getByRole('listbox', { name: label })).findByRole('option', { name: option }, slow));
}

async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** Consultation ids tagged with a topic (its subtopics included), straight from the API. */
async function taggedWith(topicId: string): Promise<string[]> {
  const page = await api('GET', `/consultations?topic=${topicId}&limit=500`);
  return (page.body as { items: { id: string }[] }).items.map((c) => c.id).sort();
}

describe('editing topics', () => {
  it('adds a topic under a parent, refusing an empty name at the field', async () => {
    const { user, router } = renderApp('/topics');
    await heading('Topics');
    await user.click(screen.getByRole('button', { name: 'Add a topic' }));
    const form = screen.getByRole('form', { name: 'New topic' });
    await user.click(within(form).getByRole('button', { name: 'Add the topic' }));
    await waitFor(() => expect(within(form).getByRole('group', { name: /^Name/ })).toHaveAccessibleDescription('This field is required.'), slow);
    await fill(user, within(form).getByRole('textbox', { name: 'Name in English' }), 'Arctic cooperation');
    await fill(user, within(form).getByRole('textbox', { name: 'Name in Russian' }), 'Арктическое сотрудничество');
    await pick(user, form, /^Parent topic/, 'Global', /^Global agenda/);
    await user.click(within(form).getByRole('button', { name: 'Add the topic' }));
    await heading('Arctic cooperation');
    expect(router.state.location.pathname).toMatch(/^\/topics\/topic-/);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Global agenda');
  });

  it('renames a topic in three languages', async () => {
    const { user } = renderApp('/topics/topic-vaccines');
    await heading('Vaccines and medical assistance');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const form = screen.getByRole('form', { name: 'Rename the topic' });
    expect(within(form).getByRole('textbox', { name: 'Name in Kazakh' })).toHaveValue('Вакциналар және медициналық көмек');
    await fill(user, within(form).getByRole('textbox', { name: 'Name in English' }), 'Vaccines and medical aid');
    await user.click(within(form).getByRole('button', { name: 'Save the names' }));
    await heading('Vaccines and medical aid');
    expect(screen.getByText('The topic was renamed.')).toBeInTheDocument();
  });

  it('refuses to move a topic under its own subtopic, saying so at the field, then moves it elsewhere', async () => {
    const before = await taggedWith('topic-pandemic');
    const { user } = renderApp('/topics/topic-pandemic');
    await heading(PANDEMIC);
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const form = screen.getByRole('form', { name: 'Move the topic' });
    await pick(user, form, /^Parent topic/, 'Vaccin', /^Vaccines and medical assistance/);
    await user.click(within(form).getByRole('button', { name: 'Move here' }));
    await waitFor(
      () =>
        expect(within(form).getByRole('combobox', { name: /^Parent topic/ })).toHaveAccessibleDescription(
          'A topic cannot be moved under itself or one of its own subtopics.',
        ),
      slow,
    );
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Foreign policy and international relations');

    await pick(user, form, /^Parent topic/, 'Global', /^Global agenda/);
    await user.click(within(form).getByRole('button', { name: 'Move here' }));
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Global agenda'), slow);
    // Moving keeps every link: the same consultations, its subtopic still under it.
    expect(await taggedWith('topic-pandemic')).toEqual(before);
    expect(within(screen.getByRole('region', { name: 'Subtopics' })).getByRole('link', { name: 'Vaccines and medical assistance' })).toBeInTheDocument();
  });

  it('merges two topics without losing a link', async () => {
    const union = [...new Set([...(await taggedWith('topic-analytical-institutes')), ...(await taggedWith('topic-fp-priorities'))])].sort();
    const source = 'Cooperation of foreign-policy analytical institutes';
    const target = 'Foreign-policy priorities';
    const { user, router } = renderApp('/topics/topic-analytical-institutes');
    await heading(source);
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    const panel = screen.getByRole('region', { name: 'Merge with another topic' });
    await pick(user, panel, /^The other topic/, 'priorit', /^Foreign-policy priorities/);
    const moves = (await within(panel).findByRole('heading', { name: 'What moves' }, slow)).parentElement as HTMLElement;
    expect(within(moves).getByText(/^\d+ consultations?$/)).toBeInTheDocument();
    expect(within(moves).getAllByRole('link')[0]).toHaveAttribute('href', expect.stringMatching(/^\/consultations\//));
    await user.click(within(panel).getByRole('button', { name: `Merge “${source}” into “${target}”` }));
    await heading(target);
    expect(router.state.location.pathname).toBe('/topics/topic-fp-priorities');
    expect(await taggedWith('topic-fp-priorities')).toEqual(union);

    await router.navigate('/topics/topic-analytical-institutes');
    const notice = await screen.findByText(/This topic was merged on .* into/, {}, slow);
    expect(within(notice).getByRole('link', { name: target })).toHaveAttribute('href', '/topics/topic-fp-priorities');
  });

  it('refuses a merge into a subtopic', async () => {
    const { user } = renderApp('/topics/topic-pandemic');
    await heading(PANDEMIC);
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    const panel = screen.getByRole('region', { name: 'Merge with another topic' });
    await pick(user, panel, /^The other topic/, 'Vaccin', /^Vaccines and medical assistance/);
    await waitFor(
      () => expect(within(panel).getByRole('combobox', { name: /^The other topic/ })).toHaveAccessibleDescription('A topic cannot be merged into one of its own subtopics.'),
      slow,
    );
    expect(within(panel).getByRole('button', { name: 'Merge' })).toBeDisabled();
  });

  it('refuses to delete a topic in use, listing where it is used', async () => {
    const { user } = renderApp('/topics/topic-pandemic');
    await heading(PANDEMIC);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const panel = screen.getByRole('region', { name: `Delete “${PANDEMIC}”?` });
    await user.click(within(panel).getByRole('button', { name: `Delete “${PANDEMIC}”` }));
    expect(await within(panel).findByRole('alert', {}, slow)).toHaveTextContent(/cannot be deleted: \d+ records still use it\./);
    expect(await within(panel).findByRole('link', { name: 'Vaccines and medical assistance' }, slow)).toHaveAttribute('href', '/topics/topic-vaccines');
    expect(within(panel).getByRole('link', { name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар' })).toHaveAttribute('href', '/consultations/c-seed-kz-by');
  });

  it('deletes a topic nothing uses, and Undo in the toast brings it back', async () => {
    const created = await api('POST', '/topics', { as: 'u-head', body: { name: { en: 'Polar research' }, parentId: null } });
    const topicId = (created.body as { id: string }).id;
    const { user } = renderApp(`/topics/${topicId}`);
    await heading('Polar research');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const panel = screen.getByRole('region', { name: 'Delete “Polar research”?' });
    await user.click(within(panel).getByRole('button', { name: 'Delete “Polar research”' }));
    const toast = await screen.findByText('“Polar research” was deleted.', {}, slow);
    expect((await api('GET', `/topics/${topicId}`)).body).toMatchObject({ deletedAt: expect.any(String) });
    await user.click(within(toast.closest('[role="status"], [role="alert"], li, div') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await api('GET', `/topics/${topicId}`)).body).toMatchObject({ deletedAt: null }), slow);
  });

  it('shows no editing to viewers and planners', async () => {
    renderApp('/topics/topic-pandemic', { as: 'u-planner' });
    await heading(PANDEMIC);
    expect(screen.queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merge…' })).not.toBeInTheDocument();
    expect((await api('PUT', '/topics/topic-pandemic', { as: 'u-planner', body: { version: 1, data: { name: { en: 'X' } } } })).status).toBe(403);
  });
});
