import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { sessionToken } from '@/api/client';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { EntityPicker } from '@/components/entity-picker';
import { BY_PARTY_ID, KZ_PARTY_ID } from '@mocks/data/ids';

function Harness({ onCreate }: { onCreate?: (text: string) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <EntityPicker kind="party" label="Counterpart" value={value} onChange={setValue} onCreate={onCreate} />
      <output data-testid="chosen">{value ?? 'none'}</output>
    </>
  );
}

const renderPicker = (onCreate?: (text: string) => void) => {
  sessionToken.set('demo.u-analyst');
  return render(
    <AppProvider queryClient={createQueryClient()}>
      <Harness onCreate={onCreate} />
    </AppProvider>,
  );
};

describe('EntityPicker', () => {
  for (const typed of ['Belarus', 'Беларусь', 'BY', 'беларусь']) {
    it(`finds Belarus when "${typed}" is typed and chooses it by keyboard`, async () => {
      renderPicker();
      const user = userEvent.setup();
      const input = screen.getByRole('combobox', { name: 'Counterpart' });
      await user.type(input, typed);
      expect(await screen.findByRole('option', { name: /Belarus/ })).toBeInTheDocument();
      // The first option is the best match; Enter chooses the active one.
      const options = await screen.findAllByRole('option');
      expect(options[0]).toHaveTextContent('Belarus');
      await user.keyboard('{Enter}');
      expect(screen.getByTestId('chosen')).toHaveTextContent(BY_PARTY_ID);
      expect(input).toHaveValue('Belarus');
    });
  }

  it('chooses with the mouse and clears', async () => {
    renderPicker();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Counterpart' }), 'Kazakh');
    await user.click(await screen.findByRole('option', { name: /Kazakhstan/ }));
    expect(screen.getByTestId('chosen')).toHaveTextContent(KZ_PARTY_ID);
    await user.click(screen.getByRole('button', { name: 'Clear Counterpart' }));
    expect(screen.getByTestId('chosen')).toHaveTextContent('none');
  });

  it('offers to create what is missing', async () => {
    const created: string[] = [];
    renderPicker((text) => created.push(text));
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Counterpart' }), 'Atlantis');
    await user.click(await screen.findByRole('option', { name: 'Create “Atlantis”' }));
    expect(created).toEqual(['Atlantis']);
  });
});
