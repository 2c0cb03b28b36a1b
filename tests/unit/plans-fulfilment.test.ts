import { describe, expect, it } from 'vitest';
import type { Consultation, FuzzyDate } from '@/api/schemas';
import { itemFulfilment } from '@mocks/rules/fulfilment';
import { getPlan, listPlanItems } from '@mocks/rules/plans';
import { planIds } from '@mocks/data/ids';
import { ruleContext } from '../helpers/api';

type Linked = Pick<Consultation, 'status' | 'date' | 'deletedAt'>;
const quarter = (start: string): FuzzyDate => ({ start, precision: 'quarter', approximate: false });
const day = (start: string): FuzzyDate => ({ start, precision: 'day', approximate: false });
const meeting = (
  status: Linked['status'],
  date: FuzzyDate,
  deletedAt: string | null = null,
): Linked => ({ status, date, deletedAt });

describe('an item’s fulfilment relative to a given day', () => {
  const q2 = { period: quarter('2021-04-01') };

  it('is planned up to the last day of its period and overdue from the day after', () => {
    expect(itemFulfilment(q2, [], '2021-03-31')).toBe('planned');
    expect(itemFulfilment(q2, [], '2021-06-30')).toBe('planned');
    expect(itemFulfilment(q2, [], '2021-07-01')).toBe('overdue');
  });

  it('follows a planned meeting’s own date, even one set later than the item’s period', () => {
    const late = meeting('planned', day('2021-09-15'));
    expect(itemFulfilment(q2, [late], '2021-08-01')).toBe('planned');
    expect(itemFulfilment(q2, [late], '2021-09-15')).toBe('planned');
    expect(itemFulfilment(q2, [late], '2021-09-16')).toBe('overdue');
  });

  it('a multi-day meeting stays planned until its last day', () => {
    const twoDays = meeting('planned', {
      start: '2021-05-19',
      end: '2021-05-20',
      precision: 'day',
      approximate: false,
    });
    expect(itemFulfilment(q2, [twoDays], '2021-05-20')).toBe('planned');
    expect(itemFulfilment(q2, [twoDays], '2021-05-21')).toBe('overdue');
  });

  it('is held once any linked meeting was held, whatever else happened, and whenever asked', () => {
    const linked = [
      meeting('postponed', day('2021-04-10')),
      meeting('held', day('2021-11-02')),
      meeting('cancelled', day('2021-05-01')),
    ];
    expect(itemFulfilment(q2, linked, '2021-12-01')).toBe('held');
    expect(itemFulfilment(q2, linked, '2030-01-01')).toBe('held');
  });

  it('prefers a planned meeting to a postponed one, and a postponed one to a cancelled one', () => {
    expect(
      itemFulfilment(
        q2,
        [meeting('postponed', day('2021-04-10')), meeting('planned', day('2021-10-01'))],
        '2021-08-01',
      ),
    ).toBe('planned');
    expect(
      itemFulfilment(
        q2,
        [meeting('cancelled', day('2021-04-10')), meeting('postponed', day('2021-05-01'))],
        '2021-08-01',
      ),
    ).toBe('postponed');
    expect(itemFulfilment(q2, [meeting('cancelled', day('2021-04-10'))], '2021-08-01')).toBe(
      'cancelled',
    );
  });

  it('does not count a deleted meeting: the item falls back to its own period', () => {
    const deleted = meeting('held', day('2021-05-10'), '2021-05-12T08:00:00.000Z');
    expect(itemFulfilment(q2, [deleted], '2021-05-20')).toBe('planned');
    expect(itemFulfilment(q2, [deleted], '2021-07-02')).toBe('overdue');
  });
});

describe('the KZ–BY plan’s fulfilment as the days pass', () => {
  const counts = (now: string) =>
    getPlan(ruleContext('u-viewer', new Date(`${now}T10:00:00Z`)), planIds.kzBy2020).fulfilment;
  const intlOrgs = (now: string) =>
    listPlanItems(ruleContext('u-viewer', new Date(`${now}T10:00:00Z`)), planIds.kzBy2020).find(
      (i) => i.id === 'pi-kz-by-2020-intl-orgs',
    )?.fulfilment;

  it('had the 2021 item planned during 2021 and overdue after it', () => {
    expect(intlOrgs('2021-06-01')).toBe('planned');
    expect(intlOrgs('2021-12-31')).toBe('planned');
    expect(intlOrgs('2022-01-01')).toBe('overdue');
  });

  it('counts three held, one postponed, one cancelled and one overdue today', () => {
    expect(counts('2026-11-28')).toEqual({
      held: 3,
      planned: 0,
      postponed: 1,
      cancelled: 1,
      overdue: 1,
    });
    expect(counts('2021-06-01')).toEqual({
      held: 3,
      planned: 1,
      postponed: 1,
      cancelled: 1,
      overdue: 0,
    });
  });
});
