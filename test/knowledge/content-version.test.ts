import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { combinationProducts } from '../../src/clinical/knowledge/combination-products.js';
import { avoidDrugs, dosing } from '../../src/clinical/knowledge/dosing.js';
import { MCID, OSWESTRY, START_BACK } from '../../src/clinical/knowledge/instruments.js';
import { CONTENT_VERSION, knowledge } from '../../src/clinical/knowledge/knowledge-base.js';
import { mmeFactors } from '../../src/clinical/knowledge/mme-factors.js';
import { redFlagGroups } from '../../src/clinical/knowledge/red-flags.js';
import { interactionRules } from '../../src/clinical/knowledge/reference-interactions.js';

/**
 * Any change to clinical content must come with a new CONTENT_VERSION (shown in the bot's footer). When this
 * fails: bump CONTENT_VERSION in src/knowledge/knowledge-base.ts and put both new values here.
 */
const PINNED = { version: '2026.12.06-2', fingerprint: 'a5bbf7d0f9badede' };

describe('content version', () => {
  it('the content fingerprint matches the pinned version', () => {
    const content = {
      knowledge,
      dosing,
      avoidDrugs,
      interactionRules,
      mmeFactors,
      START_BACK,
      OSWESTRY,
      MCID,
      redFlagGroups,
      combinationProducts,
    };
    const fingerprint = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
    expect({ version: CONTENT_VERSION, fingerprint }).toEqual(PINNED);
  });
});
