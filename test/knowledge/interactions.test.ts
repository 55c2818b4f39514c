import { describe, expect, it } from 'vitest';
import { interactionsAmong } from '../../src/clinical/knowledge/interactions.js';
import { entriesFor, getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { interactionRules } from '../../src/clinical/knowledge/reference-interactions.js';

describe('interactions (clinical-reference.md section 3)', () => {
  it.each([
    ['duloxetine + tramadol', ['duloxetine', 'tramadol'], 'interaction.duloxetine-tramadol'],
    ['tramadol + benzodiazepine', ['tramadol', 'benzodiazepine'], 'interaction.opioid-benzodiazepine'],
    ['oxycodone + benzodiazepine', ['benzodiazepine', 'oxycodone'], 'interaction.opioid-benzodiazepine'],
    ['tramadol + gabapentin', ['tramadol', 'gabapentin'], 'interaction.opioid-gabapentinoid'],
    ['morphine + pregabalin', ['pregabalin', 'morphine'], 'interaction.opioid-gabapentinoid'],
    ['naproxen + anticoagulant', ['naproxen', 'anticoagulant'], 'interaction.nsaid-anticoagulant'],
    ['ibuprofen + antiplatelet', ['antiplatelet', 'ibuprofen'], 'interaction.nsaid-anticoagulant'],
    ['other NSAID + duloxetine', ['other-nsaid', 'duloxetine'], 'interaction.nsaid-duloxetine'],
    ['duloxetine + MAOI', ['duloxetine', 'maoi'], 'interaction.maoi'],
    ['tramadol + MAOI', ['maoi', 'tramadol'], 'interaction.maoi'],
    ['tramadol + SSRI', ['tramadol', 'ssri'], 'interaction.tramadol-ssri'],
  ] as const)('%s raises %s', (_name, drugs, id) => {
    expect(interactionsAmong(drugs)).toContain(id);
  });

  it('NSAID + CKD: by condition or by CrCl < 30, not at CrCl 30, not without an NSAID', () => {
    expect(interactionsAmong(['naproxen'], ['ckd'])).toEqual(['interaction.nsaid-ckd']);
    expect(interactionsAmong(['ibuprofen'], [], 29)).toEqual(['interaction.nsaid-ckd']);
    expect(interactionsAmong(['ibuprofen'], [], 30)).toEqual([]);
    expect(interactionsAmong(['duloxetine'], ['ckd'])).toEqual([]);
  });

  it('raises nothing for a single drug, two opioids, or safe pairs', () => {
    expect(interactionsAmong(['tramadol'])).toEqual([]);
    expect(interactionsAmong(['tramadol', 'oxycodone'])).toEqual([]);
    expect(interactionsAmong(['naproxen', 'gabapentin'])).toEqual([]);
    expect(interactionsAmong(['duloxetine', 'duloxetine'])).toEqual([]);
  });

  it('finds several pairs at once, in data order', () => {
    expect(interactionsAmong(['duloxetine', 'tramadol', 'naproxen', 'benzodiazepine'])).toEqual([
      'interaction.duloxetine-tramadol',
      'interaction.opioid-benzodiazepine',
      'interaction.nsaid-duloxetine',
    ]);
  });

  it('every rule is a knowledge entry with a named source, pending review; the MAOI pair is a contraindication', () => {
    for (const rule of interactionRules) {
      const entry = getEntry(rule.id);
      expect(entry.origin === 'reference' && entry.review).toBe('pending');
      expect(entry.origin === 'reference' && entry.source).toBe(rule.source);
    }
    expect(interactionRules.find((r) => r.id === 'interaction.maoi')?.severity).toBe('contraindicated');
  });
});

describe('interaction entries name every drug of their classes', () => {
  it('entriesFor finds the opioid pairs for any opioid and the NSAID pairs for any NSAID', () => {
    const ids = (drug: Parameters<typeof entriesFor>[0]) => entriesFor(drug).map((e) => e.id);
    expect(ids('oxycodone')).toEqual(
      expect.arrayContaining(['interaction.opioid-benzodiazepine', 'interaction.opioid-gabapentinoid']),
    );
    expect(ids('other-nsaid')).toEqual(
      expect.arrayContaining(['interaction.nsaid-ckd', 'interaction.nsaid-anticoagulant']),
    );
    expect(ids('gabapentin')).not.toContain('interaction.opioid-benzodiazepine');
  });
});

describe('interaction texts claim only what clinical-reference.md pairs', () => {
  // Version 2 pairs seizures with duloxetine + tramadol and with tramadol + an SSRI, a tricyclic or bupropion only.
  it('seizures appear only in the tramadol pairs the reference names', () => {
    const withSeizure = interactionRules.filter((r) => /seizure/i.test(r.text)).map((r) => r.id);
    expect(withSeizure).toEqual([
      'interaction.duloxetine-tramadol',
      'interaction.tramadol-ssri',
      // reference section 2, tramadol row: seizure risk higher with SNRIs
      'interaction.tramadol-snri',
    ]);
    expect(getEntry('interaction.tramadol-ssri').text).toContain('an SSRI, a tricyclic or bupropion');
  });
});
