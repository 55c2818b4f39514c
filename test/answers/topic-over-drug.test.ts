import { describe, expect, it } from 'vitest';
import { quickDecision } from '../../dialogs/answers/answer-routes.js';
import { isCalculatorCommand } from '../../dialogs/answers/calculator-answers.js';
import { CLASS_WORDS } from '../../dialogs/answers/interactions.js';
import { readContext } from '../../dialogs/answers/question-context.js';
import { SCREEN_QUESTION } from '../../dialogs/answers/red-flag-answer.js';
import { uncheckedPartners } from '../../dialogs/answers/unchecked-partner.js';
import { emptyState } from '../../dialogs/conversation-state.js';
import type { RouteContext } from '../../dialogs/route.js';
import { GENERAL_ROUTES } from '../../dialogs/router.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { ask, CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { findDrugs } from '../../src/clinical/language/index.js';
import { hasPatientEvidence } from '../../src/clinical/language/patient-evidence.js';

/**
 * Issue 14, every guideline topic reachable: the classes of question that reached a neighbour's answer. Each class
 * is checked with texts of its own (not the entries' `asked` phrasings, which entry-phrasings.test.ts sends), and
 * the answer must hold the entry's text.
 */
const NOW = '2026-01-15T10:00:00.000Z';
function ctx(text: string): RouteContext {
  return { input: coreInput(text), text, lower: text.toLowerCase(), state: emptyState(NOW) };
}
const winner = (text: string): string => {
  const d = quickDecision(ctx(text), GENERAL_ROUTES);
  return d.kind === 'answer' ? d.best.answer : d.kind;
};
const replyText = (text: string): string =>
  handleTurn(undefined, coreInput(text), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n')
    .replace(/\*\*/g, '');
/** The entry's first sentence: what the answer must show. */
const firstSentence = (id: string): string =>
  getEntry(id)
    .text.split(/(?<=[.:;])\s/)[0]!
    .replace(/[.:;]$/, '');

describe('a drug named as the context of a guideline question: the guideline answers', () => {
  it.each([
    ['can I skip naproxen and go to an opioid?', 'pitfall.opioids-without-adequate-trial'],
    ['review interval after adding duloxetine?', 'monitor.reassess-2-4-weeks'],
    ['is oxycontin an extended release opioid?', 'opioid.er-la-products'],
    ['is 45 mg of oxycodone daily opioid tolerant?', 'label.opioid-tolerant'],
    ['can I stop hydromorphone quickly?', 'opioid.cdc-no-abrupt-taper'],
    ['follow-up after raising the oxy dose?', 'opioid.cdc-reassess'],
    ['ibuprofen and paracetamol for weeks, no better, what now?', 'overview'],
  ])('"%s" shows %s', (text, id) => {
    expect(winner(text)).not.toBe('drug');
    expect(replyText(text)).toContain(firstSentence(id));
  });

  it('a dose asked keeps the drug answer', () => {
    expect(winner('oxycodone dose?')).toBe('drug');
    expect(winner('what dose of duloxetine after 6 weeks?')).toBe('drug');
  });

  it('naloxone asked of an opioid beside a benzodiazepine: the drug answer, which gives the naloxone line', () => {
    expect(winner('on tramadol and lorazepam - naloxone?')).toBe('drug');
    expect(replyText('on tramadol and lorazepam - naloxone?')).toContain(firstSentence('opioid.cdc-naloxone'));
  });

  it('a named product with a label entry of its own keeps its product answer', () => {
    expect(winner('duragesic in an opioid-naive patient?')).toBe('drug');
  });
});

describe('guideline topics their neighbours took', () => {
  it.each([
    ['keep on the same painkillers if they are not helping?', 'pitfall.continuing-ineffective'],
    ['is an interdisciplinary programme worthwhile?', 'nondrug.multidisciplinary-rehab'],
    ['what goes into a comprehensive approach?', 'nondrug.comprehensive-approach'],
    ['he only wants pills, is that enough?', 'nondrug.foundation'],
    ['is a course of physio sufficient non-drug therapy?', 'reading.intensive-nondrug'],
    ['converting morphine to hydromorphone using MME?', 'mme.not-for-conversion'],
  ])('"%s" shows %s', (text, id) => {
    expect(replyText(text)).toContain(firstSentence(id));
  });
});

describe('red flags and harms asked as a question', () => {
  it.each(SCREEN_QUESTION.examples.map((e) => [e] as const))(
    'a screening question "%s" leads with what to ask',
    (text) => {
      expect(SCREEN_QUESTION.pattern.test(text.toLowerCase())).toBe(true);
      expect(replyText(text)).toContain(firstSentence('redflag.screen-not-completed'));
    },
  );

  it('a general red-flag question does not lead with the screen', () => {
    expect(replyText('what are the red flags?')).not.toContain(firstSentence('redflag.screen-not-completed'));
  });

  it('the suspected condition named beats the drug named ("prednisone for years, compression fracture?")', () => {
    expect(replyText('prednisone for years, now new back pain - fracture?')).toMatch(/^Suspected fracture/);
  });

  it.each(['myoclonus on tramadol and duloxetine?', 'on sertraline and tramadol, now agitated with diarrhoea?'])(
    'signs of serotonin toxicity with a serotonergic drug: "%s"',
    (text) => {
      expect(quickDecision(ctx(text), GENERAL_ROUTES)).toMatchObject({ kind: 'answer', best: { candidate: 'harm' } });
      expect(replyText(text)).toMatch(/^Possible serotonin toxicity/);
    },
  );

  it('one non-specific sign, or no serotonergic drug, is not serotonin toxicity', () => {
    expect(winner('diarrhoea on duloxetine?')).toBe('drug');
    expect(winner('sweating and tremor on naproxen?')).toBe('drug');
  });
});

describe('interactions with a class word, two of one class, or an overlap', () => {
  it.each(CLASS_WORDS.map((w) => [w.drugClass, w.example] as const))('%s: its example "%s"', (_, example) => {
    // each interaction line is labelled by its severity (dialogs/answers/interactions.ts SEVERITY_RANK)
    expect(replyText(example)).toMatch(/(?:Interaction|Avoid|Boxed warning|Contraindicated):/);
  });

  it.each([
    ['narcotics together with gabapentin?', 'interaction.opioid-gabapentinoid'],
    ['pt on a benzo, can he have opioids?', 'interaction.opioid-benzodiazepine'],
    ['is wine ok with oxycodone?', 'interaction.opioid-cns-depressant'],
    ['both NSAIDs together?', 'interaction.nsaid-nsaid'],
    ['cross-taper gabapentin to pregabalin?', 'interaction.gabapentin-pregabalin'],
  ])('"%s" shows %s', (text, id) => {
    expect(replyText(text)).toContain(firstSentence(id));
  });

  it('a class word is never "not checked" as an unknown partner', () => {
    const text = 'does duloxetine interact with opioids?';
    expect(uncheckedPartners(text, findDrugs(text))).toEqual([]);
  });
});

describe('patient words in questions', () => {
  it('"HD pt" and "on HD" are haemodialysis; "HD" alone is not', () => {
    expect(readContext('hd pt on gabapentin')).toMatchObject({ haemodialysis: true });
    expect(readContext('gabapentin, on hd three times a week')).toMatchObject({ haemodialysis: true });
    expect(readContext('hd gabapentin').haemodialysis).toBeUndefined();
  });

  it('ascites or varices are read as cirrhosis, unless denied', () => {
    expect(readContext('ibuprofen with ascites')).toMatchObject({ cirrhosis: true, liverDisease: true });
    expect(readContext('naproxen, known varices')).toMatchObject({ cirrhosis: true });
    expect(readContext('naproxen, no ascites').cirrhosis).toBeUndefined();
  });

  it('a trial spoken of in general is a topic; a trial taken is a patient', () => {
    expect(hasPatientEvidence('how long is an adequate trial of duloxetine')).toBe(false);
    expect(hasPatientEvidence('what counts as a trial of naproxen')).toBe(false);
    expect(hasPatientEvidence('completed an 8-week trial of naproxen, what next')).toBe(true);
  });

  it('"in a <kind of> pt" is a topic; "pt" alone is this patient', () => {
    expect(hasPatientEvidence('pregabalin in a dialysis pt')).toBe(false);
    expect(hasPatientEvidence('pt on pregabalin, dialysis')).toBe(true);
  });
});

describe('calculator commands need their numbers', () => {
  it.each([
    'STarT Back high risk - refer?',
    'oswestry bands',
    'MME cut-offs for naloxone?',
    'start back scoring rules?',
  ])('a question about the instrument is not a command: "%s"', (text) => expect(isCalculatorCommand(text)).toBe(false));

  it.each([
    'STarT Back',
    'MME?',
    'ODI 48%',
    'MME oxycodone 5 q6h',
    'start back yes yes no yes yes yes no yes very much',
  ])('a command alone or with its input: "%s"', (text) => expect(isCalculatorCommand(text)).toBe(true));
});

describe('a pair the reference rules out routes the answer, a warning does not', () => {
  it.each([
    ['duloxetine next step for a pt on phenelzine?', /Contraindicated/],
    ['pt on sertraline, failed naproxen - is duloxetine the next step?', /not recommended/],
  ])('%s', (q, said) => {
    const reply = ask(q, 1).join('\n');
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(/^\*\*Escalation when initial medications fail/);
  });
  it('"CLBP, naproxen failed, cymbalta next?" keeps the escalation step (NSAID + duloxetine is a warning)', () => {
    expect(ask('CLBP, naproxen failed, cymbalta next?', 1).join('\n')).not.toMatch(/^\*\*Naproxen \+/);
  });
});
