import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { apiStore } from '@mocks/node';
import { SEED_KZ_BY_ID, planIds } from '@mocks/data/ids';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 10_000 });

const draftUrl = `/plans/new?from=${planIds.kzBy2020}`;
const proposal = (name: RegExp) =>
  screen.getByRole('checkbox', { name }).closest('li') as HTMLElement;

describe('drafting the next plan', () => {
  it('offers unfulfilled items, repeats recurring rounds and offers follow-ups, with hosts by alternating capitals', async () => {
    renderApp(draftUrl, { as: 'u-planner' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Draft the next plan' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Starts on')).toHaveValue('2022-01-01');
    expect(screen.getByLabelText('Ends on')).toHaveValue('2023-12-31');
    expect(screen.getByRole('textbox', { name: 'Title in English' })).toHaveValue(
      'Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Belarus for 2022–2023',
    );
    expect(screen.getByRole('textbox', { name: 'Title in Русский' })).toHaveValue(
      'План сотрудничества между Министерством иностранных дел Республики Казахстан и Министерством иностранных дел Республики Беларусь на 2022–2023 годы',
    );

    const recurring = await screen.findByRole('group', { name: 'Recurring rounds, repeated' });
    const round = await within(recurring).findByRole('checkbox', { name: /СНГ и ЕАЭС/ });
    expect(round).toBeChecked();
    const roundItem = round.closest('li') as HTMLElement;
    // Last held in Minsk in October 2021: Kazakhstan hosts next, in the capital as it was named then.
    expect(roundItem).toHaveTextContent(
      'Capitals alternate: last held in Minsk on 14 October 2021 (Belarus hosted), so Kazakhstan hosts next.',
    );
    expect(roundItem).toHaveTextContent(/2022 – 2023 · Nur-Sultan · \(hosted by Kazakhstan\)/);

    const carry = screen.getByRole('group', { name: 'Items not fulfilled, for carry-over' });
    const offered = within(carry).getAllByRole('checkbox');
    expect(offered).toHaveLength(3);
    for (const box of offered) expect(box).not.toBeChecked();
    expect(proposal(/консульских служб/)).toHaveTextContent(/Was: Q2 2021\s*✕ cancelled → Q2 2022/);

    const followUps = screen.getByRole('group', { name: 'Follow-ups agreed with these parties' });
    const seed = within(followUps).getByRole('checkbox', {
      name: /Сыртқы саяси талдау мәселелері/,
    });
    expect(seed.closest('li')).toHaveTextContent(/Nur-Sultan/);
    expect(seed.closest('li')).toHaveTextContent(/санитарлық-эпидемиологиялық/);
    expect(screen.getByText('1 item chosen')).toBeInTheDocument();
  });

  it('creates the draft for 2022 with the chosen items in one step and marks the follow-up planned', async () => {
    const { user, router } = renderApp(draftUrl, { as: 'u-planner' });
    await screen.findByRole('heading', { level: 1, name: 'Draft the next plan' });
    fireEvent.change(screen.getByLabelText('Ends on'), { target: { value: '2022-12-31' } });
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title in Русский' })).toHaveValue(
        'План сотрудничества между Министерством иностранных дел Республики Казахстан и Министерством иностранных дел Республики Беларусь на 2022 год',
      ),
    );
    await user.click(await screen.findByRole('checkbox', { name: /консульских служб/ }));
    await user.click(screen.getByRole('checkbox', { name: /Сыртқы саяси талдау мәселелері/ }));
    expect(screen.getByText('3 items chosen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create the draft plan' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: /Belarus for 2022$/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/plans\/plan-/);
    expect(screen.getByText('draft')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Belarus for 2020–2021/ })).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(3);
    const carried = screen.getByRole('rowheader', { name: /консульских служб/ });
    expect(carried).toHaveTextContent('carried over');
    expect(screen.getByRole('rowheader', { name: /Сыртқы саяси талдау/ })).toHaveTextContent(
      'from a follow-up',
    );
    const followUp = apiStore().get('consultations', SEED_KZ_BY_ID)?.followUps[0];
    expect(followUp?.status).toBe('planned');
    expect(followUp?.becamePlanItemId).toMatch(/^item-/);
  });

  it('refuses a carry-over into the same period and a plan that ends before it starts, at the fields', async () => {
    const { user } = renderApp(draftUrl, { as: 'u-planner' });
    await screen.findByRole('heading', { level: 1, name: 'Draft the next plan' });
    fireEvent.change(screen.getByLabelText('Starts on'), { target: { value: '2021-06-01' } });
    expect(
      await screen.findByText(/The next plan must start after the plan it continues ends/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Starts on')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Create the draft plan' }));
    expect(
      await screen.findAllByText(/items cannot be carried over into the same period/),
    ).not.toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Starts on'), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByLabelText('Ends on'), { target: { value: '2023-01-01' } });
    expect(await screen.findByText('The end is before the start.')).toBeInTheDocument();
    expect(screen.getByLabelText('Ends on')).toHaveAttribute('aria-invalid', 'true');
    expect(
      apiStore()
        .all('plans')
        .filter((p) => p.previousPlanId === planIds.kzBy2020),
    ).toHaveLength(0);
  });

  it('starts from a chosen plan or from nothing', async () => {
    const { user, router } = renderApp('/plans/new', { as: 'u-head' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Draft a new plan' }),
    ).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Plan to continue' }),
      planIds.kzTr2022,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${planIds.kzTr2022}`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Draft the next plan' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Starts on')).toHaveValue('2024-01-01');

    await router.navigate('/plans/new');
    const blank = await screen.findByRole('form', { name: 'An empty plan' });
    // With no title, the message is tied to the title's group and its fields are marked.
    await user.click(within(blank).getByRole('button', { name: 'Create the empty plan' }));
    await waitFor(() => expect(within(blank).getByRole('group', { name: 'Title' })).toHaveAccessibleDescription('This field is required.'));
    expect(within(blank).getByRole('textbox', { name: 'Title in English' })).toHaveAttribute('aria-invalid', 'true');
    await user.type(
      within(blank).getByRole('textbox', { name: 'Title in English' }),
      'Kazakhstan – Mongolia plan of consultations',
    );
    await user.click(within(blank).getByRole('button', { name: 'Create the empty plan' }));
    expect(
      await within(blank).findByText('Choose the partner the plan is with.'),
    ).toBeInTheDocument();
    await user.selectOptions(within(blank).getByRole('combobox', { name: 'Partner' }), 'Mongolia');
    await user.click(within(blank).getByRole('button', { name: 'Create the empty plan' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kazakhstan – Mongolia plan of consultations',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kazakhstan – Mongolia')).toBeInTheDocument();
  });

  it('is for planners and heads only, and speaks Russian', async () => {
    await i18n.changeLanguage('ru');
    renderApp(draftUrl, { as: 'u-analyst' });
    expect(
      await screen.findByText('Планы готовят только планировщики и руководители департаментов.'),
    ).toBeInTheDocument();
  });
});
