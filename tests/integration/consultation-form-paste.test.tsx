import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const seed = readFileSync('tests/fixtures/seed-press-release.txt', 'utf8');
const total = async () =>
  ((await api('GET', '/consultations?limit=1')).body as { total: number }).total;

async function pasteAndRead(user: ReturnType<typeof renderApp>['user'], text: string) {
  await user.click(await screen.findByRole('button', { name: 'Paste a press release' }));
  await user.click(screen.getByRole('textbox', { name: 'Text of the news item' }));
  await user.paste(text);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Read the text' })).toBeEnabled());
  await user.click(screen.getByRole('button', { name: 'Read the text' }));
}

describe('paste a press release', () => {
  it('proposes the two consultations of the seed item; one fills the form, the other opens in a second form; nothing is saved', async () => {
    const before = await total();
    const { user } = renderApp('/consultations/new');
    await pasteAndRead(user, seed);
    expect(await screen.findByText('2 consultations found in the text.')).toBeInTheDocument();
    const kzBy = screen.getByRole('article', {
      name: 'Қазақстан мен Беларусь арасында СІМ-аралық консультациялар өтті',
    });
    await waitFor(() => expect(kzBy).toHaveTextContent('Kazakhstan; Belarus'));
    expect(kzBy).toHaveTextContent(
      'Foreign Policy Analysis and Forecasting Department; Main Information-Analytical Directorate',
    );
    expect(kzBy).toHaveTextContent('International relations under the coronavirus pandemic');
    expect(kzBy).toHaveTextContent('no date in the text');
    expect(kzBy).toHaveTextContent(
      '2021, Нұр-Сұлтан — санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
    );
    // "…Ынтымақтастық жоспарына сәйкес": the item of the KZ–BY plan led by the same two bodies.
    await waitFor(() =>
      expect(kzBy).toHaveTextContent(
        'Консультации по вопросам внешнеполитического анализа и прогнозирования — Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Belarus for 2020–2021',
      ),
    );
    const cis = screen.getByRole('article', { name: /ТМД-ға қатысушы мемлекеттердің/ });
    expect(cis).toHaveTextContent('22 December 2020');
    expect(cis).not.toHaveTextContent('Cooperation Plan');
    expect(cis).toHaveTextContent('Commonwealth of Independent States; Kazakhstan');
    expect(cis).toHaveTextContent('Erlan Shamishev');

    await user.click(within(kzBy).getByRole('button', { name: /^Fill the form with/ }));
    expect(within(kzBy).getByRole('status')).toHaveTextContent(
      'The form is filled from this proposal.',
    );
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'Қазақстан мен Беларусь арасында СІМ-аралық консультациялар өтті',
    );
    const date = screen.getByRole('group', { name: 'Date' });
    expect(within(date).getByRole('combobox', { name: 'Precision' })).toHaveValue('quarter');
    expect(within(date).getByRole('combobox', { name: 'Quarter' })).toHaveValue('4');
    expect(within(date).getByRole('checkbox', { name: 'Approximate' })).toBeChecked();
    const delegation1 = screen.getByRole('group', { name: 'Delegation 1' });
    const delegation2 = screen.getByRole('group', { name: 'Delegation 2' });
    await waitFor(() =>
      expect(within(delegation1).getByRole('combobox', { name: 'Lead body' })).toHaveValue(
        'Foreign Policy Analysis and Forecasting Department',
      ),
    );
    expect(within(delegation2).getByRole('combobox', { name: /^Party/ })).toHaveValue('Belarus');
    expect(within(delegation2).getByRole('combobox', { name: 'Lead body' })).toHaveValue(
      'Main Information-Analytical Directorate',
    );
    const followUp = screen.getByRole('group', { name: 'Follow-up 1' });
    expect(within(followUp).getByRole('textbox', { name: /^Condition/ })).toHaveValue(
      'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
    );
    expect(within(followUp).getByRole('textbox', { name: 'Year' })).toHaveValue('2021');
    expect(screen.getByRole('textbox', { name: /^Publisher/ })).toHaveValue('Jana-kezen.kz');
    expect(screen.getByRole('textbox', { name: /^Address \(URL\)/ })).toHaveValue(
      'https://jana-kezen.kz/',
    );
    expect(screen.getByRole('combobox', { name: 'Language of the record' })).toHaveValue('kk');
    expect(screen.getByRole('combobox', { name: 'Cooperation plan item' })).toHaveValue('pi-kz-by-2020-fp-analysis');
    // The same parties in the same period: the demo data holds this one already.
    expect(
      await screen.findByText(/A consultation with the same parties in this period exists/),
    ).toBeInTheDocument();

    // The other proposal goes to a second form (here the browser refuses a new tab: the same tab opens it).
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await user.click(within(cis).getByRole('button', { name: /^Open .* in a second form/ }));
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/^\/consultations\/new\?draft=p-/),
      '_blank',
    );
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement).value).toContain(
        'ТМД-ға қатысушы',
      ),
    );
    expect(screen.getByText(/^Draft restored from /)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Day/)).toHaveValue('2020-12-22');
    const kz = screen.getByRole('group', { name: 'Delegation 2' });
    await waitFor(() =>
      expect(within(kz).getByRole('combobox', { name: 'Head of delegation' })).toHaveValue(
        'Erlan Shamishev',
      ),
    );
    expect(await total()).toBe(before);
  });

  it('reads a Russian item and shows markup in it as text', async () => {
    const { user } = renderApp('/consultations/new');
    await pasteAndRead(
      user,
      'Главная\n<script>window.__pasted=1</script>Консультации МИД Казахстана и Беларуси\n12.11.2021 в Минске состоялись консультации Департамента внешнеполитического анализа и прогнозирования МИД Республики Казахстан и Главного информационно-аналитического управления МИД Республики Беларусь.\nДругие новости',
    );
    const article = await screen.findByRole('article', {
      name: '<script>window.__pasted=1</script>Консультации МИД Казахстана и Беларуси',
    });
    expect(article).toHaveTextContent('12 November 2021');
    expect(article).toHaveTextContent('Минск');
    expect(document.querySelector('main script')).toBeNull();
    expect((window as { __pasted?: number }).__pasted).toBeUndefined();
    await user.click(
      within(article).getByRole('button', { name: 'Fill the form with this proposal' }),
    );
    expect(screen.getByRole('combobox', { name: 'Language of the record' })).toHaveValue('ru');
  });
});
