import { describe, expect, it } from 'vitest';
import { ConsultationInput } from '@/api/schemas';
import { applyChoices, differingFields } from '@/features/consultation-form/conflict';
import {
  emptyValues,
  fromConsultation,
  toInput,
  type FormValues,
} from '@/features/consultation-form/form-values';
import {
  prefillSlot,
  valuesFromParams,
  valuesFromProposal,
} from '@/features/consultation-form/prefill';
import {
  fieldKey,
  serverFieldErrors,
  validate,
  type ReferenceLookups,
} from '@/features/consultation-form/validation';
import { createDemoData } from '@mocks/data';
import { BY_MIAD_ID, BY_PARTY_ID, KZ_FPAD_ID, KZ_PARTY_ID, SEED_KZ_BY_ID } from '@mocks/data/ids';

const today = new Date('2026-11-28T10:00:00Z');
const data = createDemoData();
const seed = data.consultations.find((c) => c.id === SEED_KZ_BY_ID)!;

function valid(): FormValues {
  const v = emptyValues('en');
  return {
    ...v,
    title: 'Consultations',
    date: { start: '2021-06-15', end: '', precision: 'day', approximate: false },
    delegations: [
      { key: 'a', partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID, headPersonId: null, memberIds: [] },
      { key: 'b', partyId: BY_PARTY_ID, leadBodyId: BY_MIAD_ID, headPersonId: null, memberIds: [] },
    ],
  };
}

const lookups: ReferenceLookups = {
  party: new Map(data.parties.map((p) => [p.id, p])),
  body: new Map(data.bodies.map((b) => [b.id, b])),
  person: new Map(data.people.map((p) => [p.id, p])),
  topic: new Map(data.topics.map((t) => [t.id, t])),
  place: new Map(data.places.map((p) => [p.id, p])),
};

describe('form values', () => {
  it('a stored consultation goes into the form and back unchanged', () => {
    const input = ConsultationInput.parse(toInput(fromConsultation(seed)));
    const {
      id: _id,
      version: _v,
      createdAt: _ca,
      createdBy: _cb,
      updatedAt: _ua,
      updatedBy: _ub,
      deletedAt: _d,
      ...stored
    } = seed;
    expect(input).toEqual(stored);
  });

  it('"not given" travels as the contract says: null, or no end', () => {
    const input = toInput({
      ...valid(),
      sources: [{ key: 's', url: 'https://a.kz/', publisher: '', publishedOn: '', language: '' }],
    }) as Record<string, unknown>;
    expect(input.date).toEqual({ start: '2021-06-15', precision: 'day', approximate: false });
    expect(input.place).toEqual({ placeId: null, city: '', countryCode: null, venue: '' });
    expect(input.sources).toEqual([
      { url: 'https://a.kz/', publisher: '', publishedOn: null, language: null },
    ]);
  });
});

describe('validation', () => {
  it('a valid form has no errors', () => {
    expect(validate(valid(), today, lookups)).toEqual({});
  });

  it('names each problem at its field with the catalogue’s code', () => {
    const v = valid();
    const errors = validate(
      {
        ...v,
        title: '  ',
        summary: 'x'.repeat(20_001),
        date: { start: '2021-06-15', end: '2021-06-01', precision: 'day', approximate: false },
        delegations: [v.delegations[0]!, { ...v.delegations[1]!, partyId: null }],
        sources: [
          { key: 's', url: 'javascript:alert(1)', publisher: '', publishedOn: '', language: '' },
        ],
        outcomes: [{ id: 'o-1', kind: 'agreement', text: '' }],
      },
      today,
      lookups,
    );
    expect(errors).toMatchObject({
      title: 'required',
      summary: 'too_long',
      'delegations.1.partyId': 'required',
      'sources.0.url': 'invalid_url',
      'outcomes.0.text': 'required',
    });
  });

  it('checks what only the API would: plausible years, known ids, the lead body’s party, the group’s rules', () => {
    const v = valid();
    expect(validate({ ...v, date: { ...v.date, start: '1985-01-01' } }, today, lookups)).toEqual({
      'date.start': 'implausible_date',
    });
    expect(validate({ ...v, date: { ...v.date, start: '2037-01-01' } }, today, lookups)).toEqual({
      'date.start': 'implausible_date',
    });
    expect(validate({ ...v, date: { ...v.date, start: '2036-12-31' } }, today, lookups)).toEqual(
      {},
    );
    expect(validate({ ...v, date: { ...v.date, end: '2021-06-10' } }, today, lookups)).toEqual({
      'date.end': 'end_before_start',
    });
    expect(validate({ ...v, topicIds: ['topic-nowhere'] }, today, lookups)).toEqual({
      topicIds: 'unknown_id',
    });
    const swapped = {
      ...v,
      delegations: [{ ...v.delegations[0]!, leadBodyId: BY_MIAD_ID }, v.delegations[1]!],
    };
    expect(validate(swapped, today, lookups)).toEqual({
      'delegations.0.leadBodyId': 'body_of_other_party',
    });
    // Without the directory, references are left to the API.
    expect(validate({ ...v, topicIds: ['topic-nowhere'] }, today)).toEqual({});
    const three = {
      ...v,
      delegations: [...v.delegations, { ...v.delegations[0]!, key: 'c', partyId: 'party-ru' }],
    };
    expect(validate({ ...three, title: '' }, today, lookups)).toMatchObject({
      title: 'required',
      delegations: 'bilateral_needs_two',
    });
    expect(
      validate(
        { ...v, kind: 'multilateral', delegations: [v.delegations[0]!, v.delegations[0]!] },
        today,
        lookups,
      ),
    ).toEqual({
      delegations: 'duplicate_party',
    });
  });

  it('maps the API’s field paths onto the form’s fields', () => {
    expect(fieldKey('data.title')).toBe('title');
    expect(fieldKey('data.delegations.0.leadBodyId')).toBe('delegations.0.leadBodyId');
    expect(fieldKey('topicIds.3')).toBe('topicIds');
    expect(fieldKey('delegations.1.memberIds.0')).toBe('delegations.1.memberIds');
    expect(fieldKey('date')).toBe('date.start');
    expect(fieldKey('followUps.0.due')).toBe('followUps.0.due.start');
    expect(
      serverFieldErrors({ 'data.title': 'required', 'data.topicIds.0': 'unknown_id' }),
    ).toEqual({ title: 'required', topicIds: 'unknown_id' });
  });
});

describe('edit conflicts', () => {
  it('offers only the fields that differ, and saves each as chosen', () => {
    const mine = { ...fromConsultation(seed), title: 'Mine', summary: 'My summary' };
    const theirs = { ...fromConsultation(seed), title: 'Theirs', status: 'postponed' as const };
    expect(differingFields(mine, theirs)).toEqual(['title', 'status', 'summary']);
    const merged = applyChoices(mine, theirs, { title: 'theirs', status: 'theirs' });
    expect(merged).toMatchObject({ title: 'Theirs', status: 'postponed', summary: 'My summary' });
    // Row keys differ between two loads of the same record; they are not a difference.
    expect(differingFields(fromConsultation(seed), fromConsultation(seed))).toEqual([]);
  });
});

describe('prefill', () => {
  it('from a link of the plans page', () => {
    const params = new URLSearchParams(
      'planItem=pi-1&title=Round%20two&party=party-kz,party-by,party-ru&from=2027-05-17&precision=month',
    );
    const v = valuesFromParams(params, emptyValues('en'), '2026-11-28');
    expect(v).toMatchObject({
      title: 'Round two',
      planItemId: 'pi-1',
      kind: 'multilateral',
      status: 'planned',
      date: { start: '2027-05-01', precision: 'month' },
    });
    expect(v.delegations.map((d) => d.partyId)).toEqual(['party-kz', 'party-by', 'party-ru']);
    // Junk in a link is ignored rather than stored.
    const junk = valuesFromParams(
      new URLSearchParams('party=<script>,party-kz&from=yesterday&precision=week'),
      emptyValues('en'),
      '2026-11-28',
    );
    expect(junk.delegations.map((d) => d.partyId)).toEqual(['party-kz', null]);
    expect(junk.date).toMatchObject({ start: '', precision: 'day' });
    expect(prefillSlot(params)).toBe(prefillSlot(new URLSearchParams(params)));
    expect(prefillSlot(params)).not.toBe(prefillSlot(new URLSearchParams('title=Other')));
  });

  it('from a proposal: what the text does not say stays as it was', () => {
    const base = { ...emptyValues('en'), level: 'expert' as const };
    const v = valuesFromProposal(
      {
        title: 'T',
        language: 'ru',
        kind: 'bilateral',
        status: 'held',
        format: null,
        date: null,
        dateInText: false,
        condition: '',
        delegations: [
          { partyId: KZ_PARTY_ID, leadBodyId: null, headPersonId: null, memberIds: [] },
        ],
        partyIds: [KZ_PARTY_ID],
        bodyIds: [],
        personIds: [],
        topicIds: [],
        place: null,
        summary: 'S',
        outcomes: [{ kind: 'agreement', text: 'A' }],
        followUps: [
          {
            text: 'F',
            due: { start: '2022-01-01', precision: 'year', approximate: false },
            condition: 'C',
            place: null,
          },
        ],
        source: { url: '', publisher: 'P', publishedOn: null, language: 'ru' },
        mentionsPlan: false,
        excerpt: '',
      },
      base,
    );
    expect(v).toMatchObject({
      title: 'T',
      language: 'ru',
      level: 'expert',
      format: base.format,
      date: base.date,
      summary: 'S',
    });
    expect(v.followUps[0]).toMatchObject({
      text: 'F',
      due: { start: '2022-01-01', precision: 'year' },
      condition: 'C',
      status: 'open',
    });
    expect(v.sources[0]).toMatchObject({ url: '', publisher: 'P', language: 'ru' });
    expect(v.outcomes[0]?.id).toMatch(/^o-/);
  });
});
