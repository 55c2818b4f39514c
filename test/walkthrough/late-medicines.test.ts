import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * A medicine said first or in a later turn routes the plan (clinical-reference.md sections 2-3): an SSRI takes
 * duloxetine out (not recommended with an SSRI or SNRI) and tramadol steps up with its SSRI warning;
 * an MAOI (selegiline, rasagiline) takes tramadol and duloxetine out; a sedative the patient takes, whoever it was
 * prescribed for, carries the opioid + benzodiazepine warning and naloxone; an opioid with a gabapentinoid names COPD
 * when the case has it. Requests the guideline answers (systemic steroids, benzodiazepines) get its verdict first,
 * and the case's question is asked again. A relative's medicine is not the patient's.
 */
const run = (...turns: string[]) =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

const LETTER =
  'Dear colleague, this 47-year-old man has chronic low back pain for 2 years. Naproxen 500 mg twice daily for 8 weeks did not help. eGFR 88. No red flags.';
const GP = '62F chronic LBP 8 months. naproxen 500 bd 6 weeks no help. eGFR 75. no red flags.';
const NP = 'NP: 39F cLBP 1y, ibu 600 tds x6wk ineffective, eGFR>90, RF neg';
const TRAMADOL_SSRI = /(?=[\s\S]*- Tramadol 50-100 mg every 6-8 hours)[\s\S]*Tramadol \+ an SSRI/;

describe('an SSRI: duloxetine out, tramadol steps up with its SSRI warning on the line', () => {
  it('UK letter, said in a later turn', () => {
    const out = run(LETTER, 'he has been on fluoxetine 20 mg for years and that is staying');
    expect(out[1]).toMatch(/Not for this patient: duloxetine \(on an SSRI or SNRI/);
    expect(out[1]).toMatch(TRAMADOL_SSRI);
    expect(out[1]).not.toMatch(/Add duloxetine/);
  });

  it('GP note, said first', () => {
    const [out] = run(`${GP} sertraline 50 mg daily.`);
    expect(out).toMatch(/Not for this patient: duloxetine \(on an SSRI or SNRI/);
    expect(out).toMatch(TRAMADOL_SSRI);
    expect(out!.match(/Tramadol \+ an SSRI/g)).toHaveLength(1);
  });

  it('a planned stop keeps the drug taken now', () => {
    const [out] = run(`${GP} sertraline 50 mg daily, psychiatrist plans to stop the sertraline next month.`);
    expect(out).toMatch(/sertraline 50 mg daily: stop planned \(still taken\)/);
    expect(out).toMatch(/Not for this patient: duloxetine \(on an SSRI or SNRI/);
  });

  it("contrast: a partner's sertraline is not the patient's", () => {
    const out = run(NP, 'her partner is on sertraline 100 mg, is that relevant?');
    expect(out[1]).toMatch(/Her partner's sertraline is not counted in her case/);
    expect(run(NP, 'her partner is on sertraline 100 mg, is that relevant?', 'plan')[2]).toMatch(
      /Add duloxetine 30 mg daily/,
    );
  });
});

describe("a relative's medicine in the description: said so, nothing ruled out", () => {
  it('GP note', () => {
    const [out] = run(`${GP} her husband takes sertraline.`);
    expect(out).toMatch(/Her husband's sertraline is not counted in her case/);
    expect(out).toMatch(/- Add duloxetine 30 mg daily/);
    expect(out).not.toMatch(/Not for this patient: duloxetine/);
  });

  it('contrast: his wife gives him her diazepam: his', () => {
    const [out] = run(
      '55M chronic LBP 2 years, naproxen 500 bd 8 weeks failed, eGFR 80, no red flags, his wife gives him her diazepam at night',
    );
    expect(out).toMatch(/- diazepam/);
    expect(out).not.toMatch(/not counted/);
  });
});

describe('an MAOI said late: tramadol and duloxetine out', () => {
  it.each(['neurology started him on selegiline last week', 'ED handover addendum: on rasagiline 1 mg od'])(
    '%s',
    (said) => {
      const out = run('55M chronic LBP 2 years, naproxen 500 bd 8 weeks failed, eGFR 80, no red flags', said);
      expect(out[1]).toMatch(/Not for this patient: duloxetine \(on an MAOI\)/);
      expect(out[1]).toMatch(/Not for this patient: tramadol \(on an MAOI\)/);
      expect(out[1]).not.toMatch(/Add duloxetine|- Tramadol 50-100/);
    },
  );
});

describe("a sedative he takes is his, whoever's it was", () => {
  const CASE =
    '55M chronic LBP 2 years, naproxen 500 bd 8 weeks failed, duloxetine 60 mg 8 weeks failed, eGFR 80, no red flags, on oxycodone 5 mg qds';

  it("he takes his wife's diazepam: the opioid + benzodiazepine warning and naloxone", () => {
    const out = run(CASE, "he has been taking his wife's diazepam 5 mg most nights");
    expect(out[1]).toMatch(/Any opioid \(tramadol included\) \+ a benzodiazepine/);
    expect(out[1]).toMatch(/Offer naloxone/);
  });

  it('contrast: his wife takes diazepam: not his', () => {
    const out = run(CASE, 'his wife takes diazepam');
    expect(out[1]).toMatch(/His wife's diazepam is not counted in his case/);
  });
});

describe('an opioid with a gabapentinoid: the breathing warning, naming COPD', () => {
  it('dictated, "ok to just add tramadol?" while on gabapentin with COPD', () => {
    const out = run(
      '70M COPD, chronic LBP 1 year, gabapentin 300 tds, naproxen failed 8 weeks 500 bd, duloxetine 60 mg 8 weeks no help, eGFR 70, no red flags',
      'ok to just add tramadol?',
    );
    expect(out[1]).toMatch(/case has COPD/);
    expect(out[1]).toMatch(/Opioid \+ gabapentin or pregabalin: serious breathing problems/);
  });
});

describe('an opioid with a gabapentinoid held in the case: the warning says the patient has COPD', () => {
  const EHR = (copd: string) =>
    `PMH: ${copd}\nHPI: 72M chronic LBP\nMeds: oxycodone 10 mg bd; gabapentin 600 tds\nTrials: naproxen 500 bd 6 weeks failed, duloxetine 60 mg 8 weeks failed\nLabs: eGFR 65\nRed flags: none`;

  it('with COPD', () => {
    const [step] = run(EHR('COPD, hypertension'));
    expect(step).toMatch(
      /Opioid \+ gabapentin or pregabalin: serious breathing problems[^\n]*\[\d+\] This patient has COPD\./,
    );
  });

  it('contrast: no COPD, nothing added', () => {
    const [step] = run(EHR('hypertension'));
    expect(step).toMatch(/Opioid \+ gabapentin or pregabalin: serious breathing problems/);
    expect(step).not.toMatch(/This patient has COPD/);
  });
});

describe('requests the guideline answers directly: its verdict first, the plan kept', () => {
  it.each([
    ['a short course of higher-dose prednisolone for the flare?', /Avoid systemic corticosteroids/],
    ['diazepam at night for the spasm?', /Do not prescribe benzodiazepines for chronic back pain/],
  ])('%s', (ask, verdict) => {
    const out = run(GP, ask);
    expect(out[1]).toMatch(verdict);
    expect(out[1]).toMatch(/Back to case A, next question/);
  });
});
