import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_RULES } from '../../src/clinical/language/cue-rules.js';
import { LANGUAGE_DOC, languageDoc } from '../../scripts/language-doc.js';

/** docs/language.md is generated from the cue rows, the drug names and the question forms: it never drifts. */
describe('docs/language.md', () => {
  it('equals the generated text (run `npm run language-doc` after changing cue rows, drug names or question forms)', () => {
    expect(readFileSync(LANGUAGE_DOC, 'utf8')).toBe(languageDoc());
  });

  it('shows every cue row with its example', () => {
    const doc = languageDoc();
    for (const r of CUE_RULES) expect(doc).toContain(r.example.replace(/\|/g, '\\|'));
  });
});
