import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLINICAL_REFERENCE, SEED_TEXT, SHARED_DIR } from './seed-text.js';

const originals = [
  ['guideline', resolve(SHARED_DIR, 'seed/000_fafb6378203e0325.txt'), SEED_TEXT],
  ['clinical reference', resolve(SHARED_DIR, 'clinical-reference.md'), CLINICAL_REFERENCE],
] as const;

describe('committed clinical sources', () => {
  it('hold the guideline and the reference', () => {
    expect(SEED_TEXT).toMatch(/^Management of Chronic Back Pain Refractory to Initial Medications/);
    expect(CLINICAL_REFERENCE).toMatch(/^# Clinical reference beyond the guideline text/);
  });

  // Where the shared originals sit beside the checkout (developers' machines and CI), the copies must match them.
  it.each(originals.filter(([, path]) => existsSync(path)))(
    '%s copy matches the shared original',
    (_name, path, copy) => {
      expect(copy).toBe(readFileSync(path, 'utf8'));
    },
  );
});
