import { describe, expect, it } from 'vitest';
import { isInUse } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { FINISHED_NOT_COURSE, SWITCH_SAME_DRUG_ROWS, YEAR_AFTER } from '../../src/clinical/language/stopped.js';

/**
 * Stops said with "finished"/"completed", a switch, a later sentence after "was on", and a bare year
 * (src/clinical/language/stopped.ts): which drug is still taken and which is past.
 */
const AT = '2026-11-29T10:00:00.000Z';
const med = (text: string, drug: string) =>
  (extractCaseFacts(text, AT).patch.medications ?? []).find((m) => m.drug === drug || m.name === drug);
const taken = (text: string, drug: string) => {
  const m = med(text, drug);
  return m !== undefined && m.stopped !== true && (m.outcome === undefined || isInUse(m));
};

describe('"finished"/"completed": a stop only of a course or the drug, never of a script or a titration', () => {
  it.each([
    ['52M CLBP 2 yrs, RF neg. Oxycodone 20 mg tds - finished his script a week early. Diazepam 5 bd.', 'oxycodone'],
    ['52M CLBP 2 yrs, RF neg. Completed duloxetine titration to 60 mg daily 8 weeks ago, helping.', 'duloxetine'],
    ['pt on oxycodone 10 bd, finished the prescription early again', 'oxycodone'],
    ['tramadol 50 qid - finished her box ahead of time, wants more', 'tramadol'],
    ['completed gabapentin titration to 300 tds last month', 'gabapentin'],
    ['tramadol 50 qid, finished supply 5 days early', 'tramadol'],
  ])('still taken: "%s"', (text, drug) => {
    expect(taken(text, drug)).toBe(true);
  });
  it.each([
    ['finished a course of linezolid in the spring', 'linezolid'],
    ['completed the linezolid in hospital', 'linezolid'],
    ['linezolid course finished 2 months ago', 'linezolid'],
    ['finished linezolid two months ago', 'linezolid'],
  ])('stopped: "%s"', (text, drug) => {
    expect(med(text, drug)?.stopped).toBe(true);
  });
  it('reads the script words, not the drug', () => {
    expect(FINISHED_NOT_COURSE.test(' his script a week early')).toBe(true);
    expect(FINISHED_NOT_COURSE.test(' two months ago')).toBe(false);
  });
});

describe('"X switched to Y": X is past, Y taken; a switch to a dose or form keeps X', () => {
  it.each([
    [
      '55F CLBP 8 mo RF neg. Gabapentin 300 tds switched to pregabalin 75 bd last month. CrCl 70.',
      'gabapentin',
      'pregabalin',
    ],
    ['switched from gabapentin to pregabalin 75 bd in June', 'gabapentin', 'pregabalin'],
    ['sertraline 100 changed over to duloxetine 60 od 8/52 ago, helping', 'sertraline', 'duloxetine'],
    ['tramadol swapped for tapentadol 50 bd by the pain clinic', 'tramadol', 'tapentadol'],
  ])('"%s"', (text, from, to) => {
    expect(med(text, from)?.stopped).toBe(true);
    expect(taken(text, to)).toBe(true);
  });
  it.each([
    ['tramadol 50 qid switched to 100 mg bd last month', 'tramadol'],
    ['oxycodone IR switched to MR 10 bd', 'oxycodone'],
    ['gabapentin to be switched to pregabalin next week', 'gabapentin'],
  ])('still taken: "%s"', (text, drug) => {
    expect(taken(text, drug)).toBe(true);
  });
});

describe('"was on X": a later stop, in the sentence or the next, makes X past', () => {
  it.each([
    [
      '52F CLBP 1 yr RF neg. At her last review she was on sertraline 50 but is no longer taking it. Duloxetine 60 od 8 wk helping.',
      'sertraline',
      'duloxetine',
    ],
    [
      '52F CLBP 1 yr RF neg. She was on sertraline 50, increased to 100, then changed over to duloxetine 60 od 8 wk ago, helping.',
      'sertraline',
      'duloxetine',
    ],
    [
      '60F CLBP 1 yr RF neg. Was on tramadol 50 qid, increased to 100 qid, then switched to tapentadol 50 bd. MME?',
      'tramadol',
      'tapentadol',
    ],
    [
      '60F CLBP 1 yr RF neg. At her last review she was on naproxen 500 bd. Now off due to dyspepsia. Duloxetine 60 od 8 wk helping.',
      'naproxen',
      'duloxetine',
    ],
    [
      '60M CLBP. At his last visit he was on naproxen 500 bd. Stopped it since, gastritis. Duloxetine 60 od.',
      'naproxen',
      'duloxetine',
    ],
    [
      '60M CLBP. At his last visit he was on naproxen 500 bd. No longer taking it. Duloxetine 60 od.',
      'naproxen',
      'duloxetine',
    ],
  ])('"%s"', (text, past, current) => {
    expect(med(text, past)?.stopped).toBe(true);
    expect(taken(text, current)).toBe(true);
  });
  it.each([
    ['at her last review she was on sertraline 50. Now off work with the pain.', 'sertraline'],
    ['60M CLBP. At his last visit he was on naproxen 500 bd. Now off work. Duloxetine 60 od.', 'naproxen'],
    ['52F CLBP 1 yr RF neg. At her last review she was on sertraline 100, no longer helping much.', 'sertraline'],
    ['was on sertraline 50, increased to 100 last month', 'sertraline'],
  ])('still taken: "%s"', (text, drug) => {
    expect(med(text, drug)?.stopped).not.toBe(true);
  });
});

describe('a bare year right after a drug dates past use, its outcome kept', () => {
  it.each([
    ['58F CLBP 1 yr RF neg. naproxen 2019 helped, now ibuprofen 400 tds', 'naproxen', 'effective'],
    [
      '48M CLBP 1 yr RF neg. Duloxetine 60 od 10 wk helping (pain 7->4). Had linezolid in 2023.',
      'linezolid',
      undefined,
    ],
    ['prev trials: amitriptyline (2021) no help; duloxetine 60 od current', 'amitriptyline', undefined],
    ['gabapentin back in 2020, no real benefit', 'gabapentin', 'ineffective'],
  ])('"%s"', (text, drug, outcome) => {
    const m = med(text, drug);
    expect(m?.stopped).toBe(true);
    if (outcome) expect(m?.outcome).toBe(outcome);
  });
  it.each([
    ['started naproxen in 2019, still on it 500 bd', 'naproxen'],
    ['naproxen since 2019, 500 bd', 'naproxen'],
    ['naproxen 2019 - current, 500 bd, helps', 'naproxen'],
    ['tramadol 50 qid 2019-present', 'tramadol'],
  ])('still taken: "%s"', (text, drug) => {
    expect(med(text, drug)?.stopped).not.toBe(true);
  });
  it('no dose read as a year', () => {
    expect(YEAR_AFTER.test(' 2000 mg')).toBe(false);
    expect(YEAR_AFTER.test(' in 2023')).toBe(true);
  });
});

describe('a year after a drug: a start date unless the words say the use is over', () => {
  it.each([
    ['Meds: apixaban 2019, bisoprolol 5', 'anticoagulant'],
    ['AF. Meds: warfarin (2018).', 'anticoagulant'],
    ['warfarin 2020 AF, on it for the valve', 'anticoagulant'],
    ['clopidogrel - 2022 stent', 'antiplatelet'],
    ['Current medications:\n- Rivaroxaban (2021)\n- Metformin', 'anticoagulant'],
    ['on edoxaban: 2020, for AF', 'anticoagulant'],
  ])('still taken: %j', (text, drug) => {
    const m = (extractCaseFacts(text, AT).patch.medications ?? []).find(
      (x) => x.drug === drug || x.drug.includes(drug) || (x.name ?? '').length > 0,
    );
    expect(m).toBeDefined();
    expect(m?.stopped).not.toBe(true);
  });
  it.each([
    ['naproxen 2019 helped, now ibuprofen 400 tds', 'naproxen'],
    ['Had linezolid in 2023.', 'linezolid'],
    ['prev trials: amitriptyline (2021) no help', 'amitriptyline'],
    ['tried gabapentin (2020)', 'gabapentin'],
    ['gabapentin back in 2020, no real benefit', 'gabapentin'],
  ])('past use: %j', (text, drug) => {
    expect(med(text, drug)?.stopped).toBe(true);
  });
});

describe('a switch to a dose, frequency, form or brand keeps the drug; to another drug stops it', () => {
  it.each(SWITCH_SAME_DRUG_ROWS.map((r) => [r.id, r.example, r.counter]))('%s: %j / %j', (_id, example, counter) => {
    const drug = findDrugs(example.toLowerCase())[0]!.drug;
    expect(taken(example, drug)).toBe(true);
    expect(med(counter, drug)?.stopped).toBe(true);
  });
  it.each([
    ['62M. Morphine 20mg bd changed to qds last month.', 'morphine', 80],
    ['Oxycodone 10 mg bd changed to the 12-hourly MR version last month.', 'oxycodone', 20],
    ['Tramadol 50 qid switched to sustained release 100 bd.', 'tramadol', 200],
  ])('the new regimen: %j', (text, drug, daily) => {
    const m = med(text, drug);
    expect(m?.stopped).not.toBe(true);
    expect((m?.doseMg ?? 0) * (m?.timesPerDay ?? 0)).toBe(daily);
  });
  it('an ER form switched to is read as extended-release', () => {
    expect(
      med('Oxycodone 10 mg bd changed to the 12-hourly MR version last month.', 'oxycodone')?.extendedRelease,
    ).toBe(true);
  });
});

describe('"off" in the sentence after "was on": a stop with a pronoun or a reason, not time off work', () => {
  it.each([
    'Was on oxycodone 10 bd, increased to 20 bd. Now off for 2 weeks with the back.',
    'Was on oxycodone 10 bd, increased to 20 bd. Off work since March.',
  ])('still taken: %j', (text) => {
    expect(med(text, 'oxycodone')?.stopped).not.toBe(true);
  });
  it.each([
    'Was on oxycodone 10 bd, increased to 20 bd. Now off it for 2 weeks.',
    'Was on oxycodone 10 bd, increased to 20 bd. Now off due to constipation.',
    'Was on oxycodone 10 bd, increased to 20 bd. Now off.',
  ])('stopped: %j', (text) => {
    expect(med(text, 'oxycodone')?.stopped).toBe(true);
  });
});
