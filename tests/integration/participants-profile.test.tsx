import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderApp } from '../helpers/render-app';

const slow = { timeout: 8000 };
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, slow);
const section = (name: string | RegExp) => screen.getByRole('region', { name });

describe('profile pages', () => {
  it('shows a country’s numbers, each a link to those consultations, with a chart and its table', async () => {
    const { user } = renderApp('/participants/party/party-by');
    await heading('Belarus');
    expect(screen.getByText(/^country · BY$/i)).toBeInTheDocument();
    const facts = section('At a glance');
    const total = within(facts).getByText('Consultations').nextElementSibling as HTMLElement;
    expect(within(total).getByRole('link')).toHaveAttribute(
      'href',
      '/consultations?party=party-by',
    );
    const held = within(facts).getByText('held').nextElementSibling as HTMLElement;
    expect(within(held).getByRole('link')).toHaveAttribute(
      'href',
      '/consultations?party=party-by&status=held',
    );
    expect(within(facts).getByText('Last held').nextElementSibling).toHaveTextContent(/2022/);

    const chart = section('Consultations over time');
    const svg = within(chart).getByRole('img', { name: /Consultations with Belarus per quarter/ });
    expect(svg).toHaveAccessibleDescription(
      /^From Q\d \d{4} to Q\d \d{4}: \d+ consultations; the most, \d+, in Q\d \d{4}\./,
    );
    // Not colour alone: each status has its own texture, named in the legend.
    for (const status of ['held', 'planned', 'postponed', 'cancelled'])
      expect(within(chart).getByText(status, { selector: 'li' })).toBeInTheDocument();
    await user.click(within(chart).getByText('Show the numbers as a table'));
    const table = within(chart).getByRole('table', {
      name: /Consultations with Belarus per quarter, by status/,
    });
    const q4 = within(table)
      .getByRole('rowheader', { name: 'Q4 2020' })
      .closest('tr') as HTMLElement;
    expect(within(q4).getAllByRole('link').at(-1)).toHaveAttribute(
      'href',
      '/consultations?from=2020-10-01&to=2020-12-31&party=party-by',
    );
  });

  it('lists topics, counterparts and plans, counts linking to the narrowed list', async () => {
    renderApp('/participants/party/party-by');
    await heading('Belarus');
    const topics = section('Topics discussed');
    const pandemic = within(topics).getByRole('link', {
      name: 'International relations under the coronavirus pandemic',
    });
    expect(pandemic).toHaveAttribute('href', '/topics/topic-pandemic');
    expect(
      within(topics).getByRole('link', {
        name: /consultations: International relations under the coronavirus pandemic/,
      }),
    ).toHaveAttribute('href', '/consultations?party=party-by&topic=topic-pandemic');
    const bodies = section('Bodies met');
    expect(
      within(bodies).getByRole('link', {
        name: /: Foreign Policy Analysis and Forecasting Department$/,
      }),
    ).toHaveAttribute('href', '/consultations?party=party-by&body=body-kz-fpad');
    const parties = section('Parties met');
    expect(
      within(parties).getByRole('link', { name: /consultations: Kazakhstan/ }),
    ).toHaveAttribute('href', '/consultations?party=party-by');
    const plans = section('Cooperation plans');
    expect(
      within(plans).getByRole('link', {
        name: /Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Belarus/,
      }),
    ).toHaveAttribute('href', '/plans/plan-kz-by-2020');
    expect(section(/Belarus: bodies at the table/)).toHaveTextContent(
      'Main Information-Analytical Directorate',
    );
  });

  it('shows a person’s positions and the delegations he led, the CIS consultation of 22 December 2020 among them', async () => {
    renderApp('/participants/person/person-kz-shamishev');
    await heading('Erlan Shamishev');
    expect(screen.getByRole('list', { name: 'Spellings' })).toHaveTextContent('Ерлан Шәмішев');
    expect(
      screen.getByText(/Director, Foreign Policy Analysis and Forecasting Department/, {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    const positions = section('Positions over time');
    expect(within(positions).getByRole('rowheader', { name: /Director/ })).toHaveTextContent(
      'current',
    );
    const led = section(/Delegations led/);
    const cis = within(led).getByRole('link', { name: /«ТМД-ға қатысушы мемлекеттердің/ });
    expect(cis).toHaveAttribute('href', '/consultations/c-seed-cis');
    expect(cis.closest('li')).toHaveTextContent('22 December 2020');
    // A person narrows the list by parties and bodies; a second person cannot (it would mean "or").
    const people = section('People met');
    expect(within(people).queryAllByRole('link', { name: /consultations?:/ })).toEqual([]);
    expect(
      within(section('Parties met')).getByRole('link', { name: /consultations?: Belarus/ }),
    ).toHaveAttribute('href', '/consultations?party=party-by&person=person-kz-shamishev');
  });

  it('shows a body with its parent, subordinate bodies and staff', async () => {
    renderApp('/participants/body/body-kz-fpad');
    await heading(/Foreign Policy Analysis and Forecasting Department/);
    expect(
      screen.getByRole('link', {
        name: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
      }),
    ).toHaveAttribute('href', '/participants/body/body-kz-mfa');
    const staff = section('Structure and staff');
    expect(within(staff).getByRole('link', { name: 'Erlan Shamishev' })).toHaveAttribute(
      'href',
      '/participants/person/person-kz-shamishev',
    );
  });

  it('hides editing from viewers and shows it to analysts', async () => {
    const viewer = renderApp('/participants/person/person-kz-shamishev', { as: 'u-viewer' });
    await heading('Erlan Shamishev');
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    viewer.unmount();
    renderApp('/participants/person/person-kz-shamishev', { as: 'u-analyst' });
    await heading('Erlan Shamishev');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Merge a duplicate…' })).toBeInTheDocument();
  });

  it('says when there is no such entry', async () => {
    renderApp('/participants/person/person-nobody');
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, slow),
    ).toBeInTheDocument();
    renderApp('/participants/planet/x');
    expect(
      (await screen.findAllByRole('heading', { name: 'Page not found' }, slow)).length,
    ).toBeGreaterThan(0);
  });

  it('reads in Kazakh, Kazakh titles after the body', async () => {
    await i18n.changeLanguage('kk');
    renderApp('/participants/person/person-kz-shamishev');
    await heading('Ерлан Шәмішев');
    expect(screen.getByText(/ССТБД директоры/, { selector: 'p' })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Уақыт бойынша консультациялар' }),
    ).toBeInTheDocument();
  });
});
