import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderApp } from '../helpers/render-app';

const slow = { timeout: 8000 };
const PANDEMIC = 'International relations under the coronavirus pandemic';

/** The list item of a topic in the tree (its name is the first link of its row). */
function topicItem(tree: HTMLElement, name: string): HTMLElement {
  const item = within(tree)
    .getAllByRole('listitem')
    .find(
      (li) =>
        within(li.firstElementChild as HTMLElement).getAllByRole('link')[0]?.textContent === name,
    );
  if (!item) throw new Error(`no topic ${name} in the tree`);
  return item;
}
const rowOf = (item: HTMLElement) => item.firstElementChild as HTMLElement;

describe('topics page', () => {
  it('shows the taxonomy as nested lists with counts, sparklines and co-occurring topics', async () => {
    renderApp('/topics');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Topics' }, slow),
    ).toBeInTheDocument();
    const tree = await screen.findByRole('list', { name: 'Topics' }, slow);
    const root = topicItem(tree, 'Foreign policy and international relations');
    const pandemic = topicItem(tree, PANDEMIC);
    expect(pandemic.parentElement?.closest('li')).toBe(root);
    const row = rowOf(pandemic);
    expect(
      within(row).getByRole('link', { name: new RegExp(`consultations: ${PANDEMIC}`) }),
    ).toHaveAttribute('href', '/consultations?topic=topic-pandemic');
    expect(
      within(row).getByRole('img', {
        name: new RegExp(
          `^${PANDEMIC} per quarter, Q\\d \\d{4} to Q\\d \\d{4}: peak \\d+ in Q\\d \\d{4}`,
        ),
      }),
    ).toBeInTheDocument();
    expect(row).toHaveTextContent(/Most often discussed with:/);
    expect(pandemic).toContainElement(topicItem(tree, 'Vaccines and medical assistance'));
    expect(screen.getByRole('status')).toHaveTextContent(
      /\d+ topics; \d+ tagged on consultations\./,
    );
  });

  it('folds and unfolds a branch', async () => {
    const { user } = renderApp('/topics');
    const tree = await screen.findByRole('list', { name: 'Topics' }, slow);
    const fold = within(tree).getByRole('button', {
      name: 'Collapse Foreign policy and international relations',
    });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(fold);
    expect(() => topicItem(tree, PANDEMIC)).toThrow();
    await user.click(
      within(tree).getByRole('button', {
        name: 'Expand Foreign policy and international relations',
      }),
    );
    expect(topicItem(tree, PANDEMIC)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(() => topicItem(tree, 'Vaccines and medical assistance')).toThrow();
    expect(() => topicItem(tree, PANDEMIC)).toThrow();
    expect(topicItem(tree, 'Foreign policy and international relations')).toBeInTheDocument();
  });

  it('finds topics in any language, keeping their place in the tree', async () => {
    const { user, router } = renderApp('/topics');
    await screen.findByRole('list', { name: 'Topics' }, slow);
    await user.type(screen.getByRole('searchbox', { name: 'Find a topic' }), 'вакцин');
    await waitFor(
      () => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('вакцин'),
      slow,
    );
    const tree = screen.getByRole('list', { name: 'Topics' });
    const names = within(tree)
      .getAllByRole('listitem')
      .map((li) => within(rowOf(li)).getAllByRole('link')[0]?.textContent);
    expect(names).toEqual([
      'Foreign policy and international relations',
      PANDEMIC,
      'Vaccines and medical assistance',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('3 topics shown.');
  });

  it('orders the most discussed first', async () => {
    const { user } = renderApp('/topics');
    const tree = await screen.findByRole('list', { name: 'Topics' }, slow);
    const rootCounts = () =>
      within(tree)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement === tree)
        .map((li) =>
          Number(
            within(rowOf(li)).queryByRole('link', { name: /consultations?: / })?.textContent ?? 0,
          ),
        );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'count');
    await waitFor(
      () => expect(rootCounts()).toEqual([...rootCounts()].sort((a, b) => b - a)),
      slow,
    );
    expect(rootCounts()[0]).toBeGreaterThan(rootCounts().at(-1) ?? 0);
  });

  it('gives every sparkline’s numbers in a table', async () => {
    const { user } = renderApp('/topics');
    await screen.findByRole('list', { name: 'Topics' }, slow);
    await user.click(screen.getByText('Show every trend as a table'));
    const table = await screen.findByRole('table', {
      name: 'Consultations per topic (with subtopics) and quarter',
    });
    expect(within(table).getByRole('columnheader', { name: 'Q4 2020' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: PANDEMIC })).toBeInTheDocument();
  });

  it('is in Kazakh', async () => {
    await i18n.changeLanguage('kk');
    renderApp('/topics');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Тақырыптар' }, slow),
    ).toBeInTheDocument();
    const tree = await screen.findByRole('list', { name: 'Тақырыптар' }, slow);
    expect(
      topicItem(tree, 'Коронавирустық пандемия жағдайындағы халықаралық қатынастар'),
    ).toBeInTheDocument();
  });
});

describe('topic page', () => {
  it('shows the pandemic topic’s place, trend with its table, company and consultations', async () => {
    const { user } = renderApp('/topics/topic-pandemic');
    expect(
      await screen.findByRole('heading', { level: 1, name: PANDEMIC }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(
      'Foreign policy and international relations',
    );
    const trend = screen.getByRole('region', { name: 'Trend per quarter' });
    const chart = within(trend).getByRole('img', {
      name: `Consultations on “${PANDEMIC}” per quarter`,
    });
    expect(chart).toHaveAccessibleDescription(/: \d+ consultations; the peak, \d+, in Q\d \d{4}\./);
    await user.click(within(trend).getByText('Show the numbers as a table'));
    const q4 = within(trend)
      .getByRole('rowheader', { name: 'Q4 2020' })
      .closest('tr') as HTMLElement;
    expect(within(q4).getByRole('link')).toHaveAttribute(
      'href',
      '/consultations?from=2020-10-01&to=2020-12-31&topic=topic-pandemic',
    );

    expect(
      within(screen.getByRole('region', { name: 'Subtopics' })).getByRole('link', {
        name: 'Vaccines and medical assistance',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Discussed together with' })).getAllByRole('link')
        .length,
    ).toBeGreaterThan(0);
    const parties = screen.getByRole('region', { name: 'Discussed most with' });
    expect(
      await within(parties).findByRole('link', { name: /consultations?: Belarus/ }, slow),
    ).toHaveAttribute('href', '/consultations?party=party-by&topic=topic-pandemic');
    const list = screen.getByRole('region', { name: /Its consultations \(\d+\)/ });
    expect(
      await within(list).findByRole(
        'link',
        { name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар' },
        slow,
      ),
    ).toHaveAttribute('href', '/consultations/c-seed-kz-by');
  });

  it('pages through a topic’s consultations', async () => {
    const { user, router } = renderApp('/topics/topic-foreign-policy');
    const list = await screen.findByRole('region', { name: /Its consultations \(\d+\)/ }, slow);
    await within(list).findByText(/^Page 1 of \d+$/, {}, slow);
    const first = within(list).getAllByRole('rowheader')[0]?.textContent;
    await user.click(within(list).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await within(list).findByText(/^Page 2 of \d+$/, {}, slow);
    await waitFor(
      () => expect(within(list).getAllByRole('rowheader')[0]?.textContent).not.toBe(first),
      slow,
    );
  });

  it('says when there is no such topic', async () => {
    renderApp('/topics/topic-nowhere');
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, slow),
    ).toBeInTheDocument();
  });
});
