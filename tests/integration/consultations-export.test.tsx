import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../helpers/api';
import { renderApp } from '../helpers/render-app';

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });

/** What the page offered to save: the file's name and text, as the browser would receive them. */
const saved: { name: string; text: Promise<string> }[] = [];
const urlDescriptors = {
  createObjectURL: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
  revokeObjectURL: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
};
beforeEach(() => {
  saved.length = 0;
  let lastBlob: Blob | null = null;
  // jsdom has no object URLs and cannot navigate to one; the click is where a browser saves the file.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      lastBlob = blob;
      return 'blob:test';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    if (this.download && lastBlob) saved.push({ name: this.download, text: readBlob(lastBlob) });
  });
});
afterEach(() => {
  for (const [name, descriptor] of Object.entries(urlDescriptors)) {
    if (descriptor) Object.defineProperty(URL, name, descriptor);
    else Reflect.deleteProperty(URL, name);
  }
});

describe('consultations export', () => {
  it('exports the whole filtered set, not only the page, as CSV and as a calendar', async () => {
    const query = 'status=held&from=2020-01-01&to=2021-12-31';
    const expected = (await api('GET', `/consultations?${query}&limit=500`)).body as {
      items: { title: string }[];
      total: number;
    };
    expect(expected.total).toBeGreaterThan(50);
    const { user } = renderApp(`/consultations?${query}`);
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }, { timeout: 5000 }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 });
    const csv = await saved[0]!.text;
    expect(saved[0]!.name).toMatch(/^consultations-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]?.replace(/^\uFEFF/, '')).toBe(
      'Date,Start,End,Precision,Approximate,Title,Counterparts,Parties,Level,Format,Status,City,Link',
    );
    expect(lines).toHaveLength(expected.total + 1);
    expect(lines.slice(1).every((line) => line.includes(',held,'))).toBe(true);
    expect(
      await screen.findByText(`Exported ${expected.total} consultations.`),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export .ics' }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 5000 });
    const ics = await saved[1]!.text;
    expect(saved[1]!.name).toMatch(/\.ics$/);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(expected.total);
  });
});
