import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { drugCatalogue, memberNameOf } from '../../src/clinical/knowledge/drug-catalogue.js';

/**
 * A class row (SSRIs, benzodiazepines, anticoagulants...) keeps its class for the rules, but a case shows the drug
 * the clinician named: "sertraline 100 mg", never "SSRIs 100 mg".
 */
describe('memberNameOf', () => {
  it('gives the member typed for a class row', () => {
    expect(memberNameOf('ssri', 'Sertraline')).toBe('sertraline');
    expect(memberNameOf('anticoagulant', 'eliquis')).toBe('eliquis');
    expect(memberNameOf('maoi', 'phenelzine')).toBe('phenelzine');
    expect(memberNameOf('other-snri', 'venlafaxine')).toBe('venlafaxine');
  });
  it('gives nothing for a drug row, a class word or a misspelling', () => {
    expect(memberNameOf('duloxetine', 'cymbalta')).toBeUndefined();
    for (const word of ['ssri', 'benzo', 'anticoagulation', 'steroids', 'tca', 'mao inhibitor'])
      expect(memberNameOf(drugCatalogue.find((d) => d.names.includes(word))!.id, word), word).toBeUndefined();
    expect(memberNameOf('ssri', 'sertralin')).toBeUndefined();
  });
  it('marks only rows whose names are members of a class', () => {
    const rows = drugCatalogue.filter((d) => d.classRow).map((d) => d.id);
    expect(rows).toEqual(expect.arrayContaining(['ssri', 'benzodiazepine', 'anticoagulant', 'maoi', 'other-snri']));
    expect(rows).not.toContain('duloxetine');
  });
});

const summary = (text: string): string =>
  handleTurn(undefined, coreInput(text), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');

describe('a case shows the class member named', () => {
  const cases: { text: string; shown: string[]; hidden: RegExp }[] = [
    {
      text: '68F, CLBP 6 months, on sertraline 100 mg daily and lorazepam 0.5 mg prn, ibuprofen not helping',
      shown: ['sertraline 100 mg daily', 'lorazepam 0.5 mg as needed'],
      hidden: /SSRIs 100|benzodiazepines 0\.5/,
    },
    {
      text: '72 yo M chronic LBP 1 yr. Meds: apixaban 5 mg bid, venlafaxine 75 mg daily, naproxen 500 bid no relief',
      shown: ['apixaban 5 mg twice daily', 'venlafaxine 75 mg daily'],
      hidden: /anticoagulants 5 mg|SNRIs other than duloxetine 75/,
    },
    {
      text: '55yo F, low back pain x 4 months, takes zoloft 50mg od and cyclobenzaprine 10 mg nocte, paracetamol 1g qds',
      shown: ['zoloft 50 mg', 'cyclobenzaprine 10 mg'],
      hidden: /SSRIs 50|muscle relaxants 10/,
    },
  ];
  for (const { text, shown, hidden } of cases) {
    it(text.slice(0, 40), () => {
      const out = summary(text);
      for (const s of shown) expect(out).toContain(s);
      expect(out).not.toMatch(hidden);
    });
  }
  it('a class word still reads as the class', () => {
    expect(summary('60 M, CLBP 2 years, on a benzo 5 mg daily and ibuprofen 400 tid no relief')).toMatch(
      /benzodiazepines 5 mg/,
    );
  });
});
