/**
 * Entries that restate another entry's guideline sentence: the pitfall "treating chronic back pain with medications
 * alone" and "non-drug therapy is the foundation" encode the same sentence (1). Where both apply, `plan`, `why` and
 * the chart note show the pitfall once.
 */
const RESTATES: Readonly<Record<string, string>> = { 'nondrug.foundation': 'pitfall.medications-alone' };

export function withoutRestatements(ids: readonly string[]): string[] {
  return ids.filter((id) => {
    const original = RESTATES[id];
    return !original || !ids.includes(original);
  });
}
