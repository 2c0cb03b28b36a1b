import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_CIS_ID } from '@mocks/data/ids';
import { validConsultation } from '../helpers/consultation-input';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

configure({ asyncUtilTimeout: 5000 });

describe('who may log and edit consultations', () => {
  it('a viewer opening the new form is told their role may not, and sees no form', async () => {
    renderApp('/consultations/new', { as: 'u-viewer' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role (viewer) may not log or edit consultations.',
    );
    expect(screen.queryByRole('textbox', { name: /^Title/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('a planner opening the edit form is told the same', async () => {
    renderApp(`/consultations/${SEED_CIS_ID}/edit`, { as: 'u-planner' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role (planner) may not log or edit consultations.',
    );
    expect(screen.queryByRole('textbox', { name: /^Title/ })).not.toBeInTheDocument();
  });

  it('the API refuses the write even when the form is bypassed', async () => {
    const created = await api('POST', '/consultations', {
      as: 'u-viewer',
      body: validConsultation(),
    });
    expect(created.status).toBe(403);
    const current = (await api('GET', `/consultations/${SEED_CIS_ID}`)).body as Record<
      string,
      unknown
    > & { version: number };
    const updated = await api('PUT', `/consultations/${SEED_CIS_ID}`, {
      as: 'u-planner',
      body: { version: current.version, data: { ...current, title: 'Not allowed' } },
    });
    expect(updated.status).toBe(403);
    expect(
      ((await api('GET', `/consultations/${SEED_CIS_ID}`)).body as { title: string }).title,
    ).not.toBe('Not allowed');
  });

  it('a head of department gets the form', async () => {
    renderApp('/consultations/new', { as: 'u-head' });
    expect(await screen.findByRole('textbox', { name: /^Title/ })).toBeInTheDocument();
  });
});
