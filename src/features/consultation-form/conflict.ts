import { formFields, toInput, type FormField, type FormValues } from './form-values';

export type Choice = 'mine' | 'theirs';

const comparable = (values: FormValues) => toInput(values) as Record<FormField, unknown>;

/** The fields where the person's values and the stored record differ, in the form's order. */
export function differingFields(mine: FormValues, theirs: FormValues): FormField[] {
  const a = comparable(mine);
  const b = comparable(theirs);
  return formFields.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}

/** The values to save next: each differing field as chosen; the rest are equal anyway. */
export function applyChoices(
  mine: FormValues,
  theirs: FormValues,
  choices: Partial<Record<FormField, Choice>>,
): FormValues {
  const next: FormValues = { ...mine };
  for (const field of formFields) {
    if (choices[field] === 'theirs')
      (next as unknown as Record<FormField, unknown>)[field] = theirs[field];
  }
  return next;
}
