import { describe, expect, it } from 'vitest';
import { ConsultationFilters } from '@/api/schemas';
import {
  activeFilterCount,
  parseConsultationFilters,
  sameConsultationFilters,
  serializeConsultationFilters,
  withConsultationFilters,
  type ConsultationFilterParams,
} from '@/lib/consultation-filter-params';

const parse = (search: string) => parseConsultationFilters(new URLSearchParams(search));

describe('parseConsultationFilters', () => {
  it('reads every filter the API offers', () => {
    const { filters, problems } = parse(
      'from=2020-01-01&to=2020-12-31&q=Belarus&party=party-by,party-kz&body=b1&person=p1&topic=topic-pandemic' +
        '&plan=plan-kz-by-2020&planItem=pi-1&status=held,planned&kind=bilateral&level=expert&format=video&onlyDeleted=true',
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      q: 'Belarus',
      party: ['party-by', 'party-kz'],
      body: ['b1'],
      person: ['p1'],
      topic: ['topic-pandemic'],
      plan: ['plan-kz-by-2020'],
      planItem: ['pi-1'],
      status: ['planned', 'held'],
      kind: 'bilateral',
      level: ['expert'],
      format: 'video',
      onlyDeleted: 'true',
    });
  });

  it('gives an empty filter set for an empty address', () => {
    expect(parse('')).toEqual({ filters: {}, problems: [] });
  });

  it('accepts repeated keys as well as comma-joined lists', () => {
    expect(parse('status=held&status=cancelled&party=a&party=b,a').filters).toEqual({
      status: ['held', 'cancelled'],
      party: ['a', 'b'],
    });
  });

  it('drops unknown enum values and reports each', () => {
    const { filters, problems } = parse(
      'status=finished,held&level=minister&format=telepathy&kind=trilateral',
    );
    expect(filters).toEqual({ status: ['held'] });
    expect(problems).toEqual([
      { param: 'status', value: 'finished', code: 'unknown_value' },
      { param: 'kind', value: 'trilateral', code: 'unknown_value' },
      { param: 'level', value: 'minister', code: 'unknown_value' },
      { param: 'format', value: 'telepathy', code: 'unknown_value' },
    ]);
  });

  it('keeps one kind and one format, as the API takes, and reports the rest', () => {
    const { filters, problems } = parse('kind=multilateral,bilateral&format=video');
    expect(filters).toEqual({ kind: 'bilateral', format: 'video' });
    expect(problems).toEqual([{ param: 'kind', value: 'multilateral', code: 'single_value' }]);
  });

  it('drops dates that are not real days', () => {
    const { filters, problems } = parse('from=2020-02-30&to=yesterday');
    expect(filters).toEqual({});
    expect(problems).toEqual([
      { param: 'from', value: '2020-02-30', code: 'invalid_date' },
      { param: 'to', value: 'yesterday', code: 'invalid_date' },
    ]);
  });

  it('swaps a period given end first, and says so', () => {
    const { filters, problems } = parse('from=2021-06-30&to=2020-01-01');
    expect(filters).toEqual({ from: '2020-01-01', to: '2021-06-30' });
    expect(problems).toEqual([{ param: 'to', value: '2020-01-01', code: 'end_before_start' }]);
  });

  it('keeps an open-ended period', () => {
    expect(parse('from=2020-01-01').filters).toEqual({ from: '2020-01-01' });
    expect(parse('to=2020-01-01').filters).toEqual({ to: '2020-01-01' });
  });

  it('drops malformed ids and caps long lists', () => {
    const { filters, problems } = parse('party=party-by,<script>,a%20b');
    expect(filters).toEqual({ party: ['party-by'] });
    expect(problems.map((p) => [p.value, p.code])).toEqual([
      ['<script>', 'invalid_id'],
      ['a b', 'invalid_id'],
    ]);
    const many = Array.from({ length: 205 }, (_, i) => `t${i}`).join(',');
    const capped = parse(`topic=${many}`);
    expect(capped.filters.topic).toHaveLength(200);
    expect(capped.problems).toHaveLength(5);
    expect(capped.problems[0]).toEqual({ param: 'topic', value: 't200', code: 'too_many' });
  });

  it('trims and shortens the free text to what the API accepts', () => {
    expect(parse('q=%20%20').filters).toEqual({});
    const long = parse(`q=${'x'.repeat(250)}`);
    expect(long.filters.q).toHaveLength(200);
    expect(long.problems[0]?.code).toBe('too_long');
  });

  it('reads the deleted switches, only-deleted winning', () => {
    expect(parse('includeDeleted=true').filters).toEqual({ includeDeleted: 'true' });
    expect(parse('includeDeleted=true&onlyDeleted=true').filters).toEqual({ onlyDeleted: 'true' });
    expect(parse('onlyDeleted=false').filters).toEqual({});
    expect(parse('onlyDeleted=yes').problems).toEqual([
      { param: 'onlyDeleted', value: 'yes', code: 'unknown_value' },
    ]);
  });

  it('ignores parameters that are not filters', () => {
    expect(parse('sort=-date&page=3&zoom=month')).toEqual({ filters: {}, problems: [] });
  });

  it('yields filters the API schema accepts as they are', () => {
    const { filters } = parse(
      'from=2020-01-01&party=party-by&status=held&kind=bilateral&level=expert,ministerial&format=video&q=x',
    );
    expect(ConsultationFilters.safeParse(filters).success).toBe(true);
  });
});

describe('serializeConsultationFilters', () => {
  it('writes filters in one stable order, lists comma-joined, empty ones left out', () => {
    const filters: ConsultationFilterParams = {
      status: ['held'],
      party: ['party-by', 'party-kz'],
      q: 'pandemic',
      to: '2020-12-31',
      from: '2020-01-01',
      topic: [],
      body: undefined,
      format: 'video',
    };
    expect(serializeConsultationFilters(filters).toString()).toBe(
      'from=2020-01-01&to=2020-12-31&q=pandemic&party=party-by%2Cparty-kz&status=held&format=video',
    );
  });

  it('round-trips through the parser', () => {
    const filters: ConsultationFilterParams = {
      from: '2019-01-01',
      to: '2022-12-31',
      q: 'Қазақстан мен Беларусь',
      party: ['party-by'],
      person: ['p-1', 'p-2'],
      status: ['planned', 'held'],
      level: ['ministerial', 'expert'],
      kind: 'multilateral',
      onlyDeleted: 'true',
    };
    const { filters: back, problems } = parseConsultationFilters(
      serializeConsultationFilters(filters),
    );
    expect(problems).toEqual([]);
    expect(back).toEqual(filters);
  });

  it('gives nothing for no filters', () => {
    expect(serializeConsultationFilters({}).toString()).toBe('');
    expect(serializeConsultationFilters({ q: '  ', party: [] }).toString()).toBe('');
  });
});

describe('withConsultationFilters', () => {
  it('replaces the filters and keeps the other parameters', () => {
    const next = withConsultationFilters(new URLSearchParams('sort=title&status=held&zoom=month'), {
      party: ['party-by'],
    });
    expect(next.toString()).toBe('sort=title&zoom=month&party=party-by');
  });
});

describe('activeFilterCount', () => {
  it('counts each chip', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ from: '2020-01-01', to: '2020-12-31' })).toBe(1);
    expect(
      activeFilterCount({
        from: '2020-01-01',
        party: ['a', 'b'],
        status: ['held'],
        kind: 'bilateral',
        q: 'x',
        onlyDeleted: 'true',
      }),
    ).toBe(7);
    expect(activeFilterCount({ q: '  ', party: [] })).toBe(0);
  });
});

describe('sameConsultationFilters', () => {
  it('compares views, not object identity', () => {
    expect(
      sameConsultationFilters(
        { status: ['held', 'planned'] },
        { status: ['held', 'planned'], party: [] },
      ),
    ).toBe(true);
    expect(sameConsultationFilters({ status: ['held'] }, { status: ['planned'] })).toBe(false);
  });
});
