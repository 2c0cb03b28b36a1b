import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiStore, resetApiStore } from '@mocks/node';
import { generateDataSet } from '@mocks/data';
import { ASTANA_PLACE_ID, BY_PARTY_ID, KZ_PARTY_ID, SEED_KZ_BY_ID } from '@mocks/data/ids';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 10_000 });

const seedText =
  /^Сыртқы саяси талдау мәселелері бойынша Сыртқы істер министрліктері арасындағы келесі консультациялар$/;
const seedCard = async () =>
  (await screen.findByRole('article', { name: seedText })) as HTMLElement;

async function draftKzBy2022() {
  const response = await api('POST', '/plans/draft', {
    as: 'u-planner',
    body: {
      title: { en: 'KZ–BY plan for 2022' },
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      period: { start: '2022-01-01', end: '2022-12-31' },
    },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

describe('follow-ups', () => {
  it('lists every unanswered follow-up, the seed’s Nur-Sultan one among them, read-only for a viewer', async () => {
    renderApp('/follow-ups', { as: 'u-viewer' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Follow-ups' }),
    ).toBeInTheDocument();
    const card = await seedCard();
    expect(card).toHaveTextContent('Due2021');
    // Place and party names come from the directory, which may arrive after the card.
    await waitFor(() => expect(card).toHaveTextContent('PlaceNur-Sultan'));
    expect(card).toHaveTextContent('санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып');
    expect(
      within(card).getByRole('link', {
        name: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
      }),
    ).toHaveAttribute('href', `/consultations/${SEED_KZ_BY_ID}`);
    // Already answered by a plan item: not here.
    expect(
      screen.queryByRole('article', { name: /аналитикалық институттар арасындағы/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Add to a plan|Plan a consultation/ }),
    ).not.toBeInTheDocument();
  });

  it('turns the Nur-Sultan follow-up into an item of a draft plan in one step, keeping the link', async () => {
    const plan = await draftKzBy2022();
    const { user } = renderApp('/follow-ups', { as: 'u-planner' });
    const card = await seedCard();
    await user.click(within(card).getByRole('button', { name: /^Add to a plan/ }));
    const form = await within(card).findByRole('form', { name: 'Add to a plan' });
    expect(within(form).getByRole('combobox', { name: 'Plan' })).toHaveDisplayValue(
      /KZ–BY plan for 2022/,
    );
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Сыртқы саяси талдау мәселелері бойынша Сыртқы істер министрліктері арасындағы келесі консультациялар',
    );
    // Due "next year" (2021) lands in the plan's year; the agreed capital is named as in 2022.
    expect(within(form).getByRole('spinbutton', { name: 'Year' })).toHaveValue(2022);
    expect(within(form).getByRole('combobox', { name: 'Place' })).toHaveDisplayValue('Nur-Sultan');
    expect(within(form).getByRole('combobox', { name: 'Host' })).toHaveDisplayValue('Kazakhstan');
    expect(within(form).getByRole('textbox', { name: 'Condition' })).toHaveValue(
      'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
    );
    await user.click(within(form).getByRole('button', { name: 'Add to a plan' }));
    expect(await screen.findByText('Added to “KZ–BY plan for 2022”.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: seedText })).not.toBeInTheDocument(),
    );

    const items = apiStore()
      .all('planItems')
      .filter((i) => i.planId === plan.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      period: { start: '2022-01-01', precision: 'year' },
      hostPartyId: KZ_PARTY_ID,
      place: { placeId: ASTANA_PLACE_ID, city: 'Nur-Sultan' },
      fromFollowUp: { consultationId: SEED_KZ_BY_ID },
    });
    expect(apiStore().get('consultations', SEED_KZ_BY_ID)?.followUps[0]).toMatchObject({
      status: 'planned',
      becamePlanItemId: items[0]?.id,
    });
  });

  it('says so when no plan with these parties is open to change', async () => {
    const { user } = renderApp('/follow-ups', { as: 'u-planner' });
    const card = await seedCard();
    await user.click(within(card).getByRole('button', { name: /^Add to a plan/ }));
    expect(
      await within(card).findByText(/No plan with these parties is open to your changes/),
    ).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Draft a new plan' })).toBeInTheDocument();
  });

  it('turns a follow-up into a planned consultation in one step', async () => {
    const { user } = renderApp('/follow-ups', { as: 'u-analyst' });
    const card = await seedCard();
    // Analysts log meetings; adding to a plan is a planner's work.
    expect(within(card).queryByRole('button', { name: /^Add to a plan/ })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /^Plan a consultation/ }));
    const form = await within(card).findByRole('form', { name: 'Plan a consultation' });
    expect(within(form).getByRole('combobox', { name: 'Place' })).toHaveDisplayValue('Nur-Sultan');
    expect(within(form).getByRole('combobox', { name: 'Format' })).toHaveDisplayValue('in person');
    // Without a title it is refused at the field, with the message read out with it.
    const title = within(form).getByRole('textbox', { name: 'Title of the consultation' });
    const proposed = (title as HTMLInputElement).value;
    await user.clear(title);
    await user.click(within(form).getByRole('button', { name: 'Plan a consultation' }));
    await waitFor(() => expect(title).toHaveAccessibleDescription(/./));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.type(title, proposed);
    await user.click(within(form).getByRole('button', { name: 'Plan a consultation' }));
    expect(await screen.findByText('The consultation is planned.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: seedText })).not.toBeInTheDocument(),
    );

    const followUp = apiStore().get('consultations', SEED_KZ_BY_ID)?.followUps[0];
    expect(followUp?.status).toBe('planned');
    const planned = apiStore().get('consultations', followUp?.becameConsultationId ?? '');
    expect(planned).toMatchObject({
      status: 'planned',
      date: { start: '2021-01-01', precision: 'year' },
      hostPartyId: KZ_PARTY_ID,
      place: { placeId: ASTANA_PLACE_ID },
      condition: 'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
    });
    expect(planned?.delegations.map((d) => d.partyId)).toEqual([KZ_PARTY_ID, BY_PARTY_ID]);

    // Shown with everything else, answered, with a link to what answered it.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all');
    const answered = await seedCard();
    expect(within(answered).getByRole('link', { name: 'planned consultation' })).toHaveAttribute(
      'href',
      `/consultations/${planned?.id}`,
    );
  });

  it('shows a large store’s follow-ups fifty at a time', async () => {
    resetApiStore(generateDataSet(3000));
    const { user } = renderApp('/follow-ups', { as: 'u-viewer' });
    const count = await screen.findByText(/^\d+ follow-ups$/);
    const total = Number.parseInt(count.textContent ?? '', 10);
    expect(total).toBeGreaterThan(60);
    expect(screen.getAllByRole('article')).toHaveLength(50);
    await user.click(
      screen.getByRole('button', {
        name: new RegExp(`^Show ${Math.min(50, total - 50)} more \\(of ${total - 50} left\\)$`),
      }),
    );
    expect(screen.getAllByRole('article')).toHaveLength(Math.min(100, total));
  });
});
