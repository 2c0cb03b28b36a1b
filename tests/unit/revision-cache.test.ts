import { describe, expect, it } from 'vitest';
import { revisionCache } from '@mocks/rules/revision-cache';
import { ruleContext } from '../helpers/api';

describe('answers kept until the store changes', () => {
  it('works an answer out once per question, again after a write, and keeps only the last few', () => {
    const { db } = ruleContext();
    const cached = revisionCache<{ n: number }>(2);
    let computed = 0;
    const ask = (key: string) => cached(db, key, () => ({ n: (computed += 1) }));

    expect(ask('a')).toBe(ask('a'));
    expect(computed).toBe(1);
    ask('b');
    expect(computed).toBe(2);

    // A write, here a user's record put back as it is, makes every answer stale.
    const user = db.all('users')[0];
    if (!user) throw new Error('the demo data has users');
    db.commit([{ collection: 'users', record: user }]);
    expect(ask('a').n).toBe(3);

    // Two kept: a third question pushes the oldest out.
    ask('b');
    ask('c');
    expect(computed).toBe(5);
    ask('a');
    expect(computed).toBe(6);
    ask('c');
    expect(computed).toBe(6);
  });
});
