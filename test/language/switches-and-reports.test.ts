import { describe, expect, it } from 'vitest';
import { isHeld, isInUse } from '../../src/clinical/case/medication-facts.js';
import { conceptHits } from '../../src/clinical/language/concept-hits.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';

/**
 * A switch done names the drug stopped before the drug now taken ("switched her citalopram to duloxetine", "moved him
 * from naproxen to celecoxib", src/clinical/language/stopped.ts); a switch planned keeps the first drug taken until
 * then. A fact reported about the patient by a relative or carer ("wife says he has had black stools") is the
 * patient's; a relative's own illness stays theirs (src/clinical/language/polarity.ts).
 */
const AT = '2026-11-29T10:00:00.000Z';
const med = (text: string, drug: string) =>
  (extractCaseFacts(text, AT).patch.medications ?? []).find((m) => m.drug === drug || m.name === drug);

describe('a switch done: the first drug stopped, the second taken', () => {
  it.each([
    ['switched her citalopram to duloxetine last month', 'ssri', 'duloxetine'],
    ['GP switched his sertraline 100 to duloxetine 30 od 3/52 ago', 'ssri', 'duloxetine'],
    ['moved him from naproxen to celecoxib 2 weeks ago', 'naproxen', 'other-nsaid'],
    ['swapped amitriptyline for duloxetine in May', 'tricyclic', 'duloxetine'],
    ['pt changed from sertraline to duloxetine 3 wks ago', 'ssri', 'duloxetine'],
    ['sertraline replaced by duloxetine last month', 'ssri', 'duloxetine'],
    ['came off sertraline onto duloxetine in March', 'ssri', 'duloxetine'],
    ['psych changed her over from fluoxetine to duloxetine', 'ssri', 'duloxetine'],
    ['Meds: duloxetine 60 od (switched from citalopram Oct)', 'ssri', 'duloxetine'],
    ['replaced the gabapentin with pregabalin 75 bd', 'gabapentin', 'pregabalin'],
  ])('"%s": %s stopped, %s taken', (text, from, to) => {
    const out = med(text, from);
    expect(out?.stopped).toBe(true);
    expect(isHeld(out!)).toBe(false);
    const into = med(text, to);
    expect(into?.stopped).not.toBe(true);
    expect(into && (into.outcome === undefined || isInUse(into))).toBe(true);
  });

  it.each([
    ['Rx duloxetine 30 mg - pt says GP swapped her citalopram for it last wk. ok to dispense?', 'ssri'],
    ['64M LBP 1y. moved him from naproxen to celecoxib 2/52 ago, still sore', 'naproxen'],
    ['NP f/u 58F: switched amitriptyline -> duloxetine 30 od 2/12 ago', 'tricyclic'],
  ])('stopped: "%s"', (text, drug) => {
    expect(med(text, drug)?.stopped).toBe(true);
  });

  it.each([
    // a dose or form change of the same drug
    ['switched her tramadol to 100 mg bd', 'tramadol'],
    ['changed his oxycodone to the MR', 'oxycodone'],
    ['changed the duloxetine to night-time', 'duloxetine'],
    // planned, proposed or negated: taken until then
    ['plan to switch her citalopram to duloxetine', 'ssri'],
    ['will swap amitriptyline for duloxetine next week', 'tricyclic'],
    ['switching her citalopram to duloxetine next week', 'ssri'],
    ['we have not switched her citalopram to duloxetine yet', 'ssri'],
    // the switch word with no second drug
    ['switched her citalopram pharmacy', 'ssri'],
  ])('still taken: "%s"', (text, drug) => {
    expect(med(text, drug)?.stopped).not.toBe(true);
  });

  it('a planned switch is a stop planned, never a start planned', () => {
    const m = med('on citalopram 20. plan to switch her citalopram to duloxetine', 'ssri');
    expect(m?.stopPlanned).toBe(true);
    expect(m?.startPlanned).not.toBe(true);
  });
});

/** How the first GI-bleed-now hit reads in the text. */
const giBleed = (text: string) =>
  conceptHits(normalize(text)).find(
    (h) => h.kind.fact === 'condition' && 'id' in h.kind && h.kind.id === 'gi-bleed-now',
  )?.polarity;

describe('a fact reported by a relative or carer is the patient', () => {
  it.each([
    'wife says he has had black stools since the weekend',
    'his daughter rang - he has been vomiting blood this morning',
    'Carer reports she has had black tarry stools x2 days',
    'husband mentioned she was vomiting blood on Sunday',
    'GP letter: daughter told me he has had melaena since Friday',
    'spoke to wife, she says he is passing black stools',
  ])('"%s": present', (text) => {
    expect(giBleed(text)).toBe('present');
  });

  it.each([
    'her husband had melaena last week',
    'wife has had black stools since the weekend',
    'wife says her mother had melaena yesterday',
  ])('contrast, the relative\'s own: "%s"', (text) => {
    expect(giBleed(text)).not.toBe('present');
  });
});
