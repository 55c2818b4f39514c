import { describe, expect, it } from 'vitest';
import { GUIDELINE_INTENTS } from '../../dialogs/answers/guideline-intents.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Opioid-framework questions answered from the guideline (L36-L43) and clinical-reference.md section 4, in several
 * clinicians' wordings: the pre-opioid conversation, reassessment after starting or changing a dose, naloxone with
 * the PDMP, stopping an opioid that does not help, a drug continued without benefit, and the gate without non-drug
 * therapy.
 */
const reply = (q: string) =>
  handleTurn(undefined, coreInput(q, 9700), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');

describe('the pre-opioid conversation (L38)', () => {
  it.each([
    'what do I need to discuss with the patient before starting an opioid?',
    'what should I tell pt before starting oxycodone',
    'counselling before opioids?',
    'consent for opioids what to cover',
    'what do i need to go over with him before we start an opioid',
    'pt asking for oxycodone, what do I tell him about benefits and risks',
    'pre-opioid conversation - what must it cover?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/modest pain reduction, not elimination/);
    expect(text).toMatch(/overdose/);
    expect(text).toMatch(/monitoring plan/);
  });

  it('a request with no conversation asked about stays the gate', () => {
    expect(reply('pt wants opioids. what do I tell them?')).toMatch(/last resort/i);
  });
});

describe('reassess within 1-4 weeks of starting or changing an opioid dose (L43, ref section 4)', () => {
  it.each([
    'when do I reassess after starting an opioid?',
    'increased his oxycodone dose, when to review?',
    'upped her oxy dose last week - when do I see her again?',
    'after changing the opioid dose how soon should I see her',
    'oxycodone dose increase - f/u when',
    'just raised the tramadol dose, when should I reassess',
    'f/u after opioid dose increase?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/1-4 weeks/);
    expect(text).not.toMatch(/Did you mean/);
  });

  it.each(['how do I increase the oxycodone dose?', 'can I increase his tramadol dose?', 'opioid starting dose?'])(
    'a dose asked stays a dose answer: %s',
    (q) => {
      expect(reply(q)).not.toMatch(/^\*\*Reassessing/);
    },
  );
});

describe('naloxone, with the PDMP asked in the same message (ref section 4)', () => {
  it.each([
    'naloxone - at what MME? and do I need to check the PDMP?',
    'should I check the PDMP and prescribe naloxone?',
    'narcan and pmp check before oxycodone?',
    'PDMP + naloxone for a pt on 60 MME',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/>= 50 MME\/day/);
    expect(text).toMatch(/monitoring program/i);
  });

  it.each(['when should I offer naloxone?', 'does she need narcan on 60 MME'])('naloxone alone: %s', (q) => {
    expect(reply(q)).toMatch(/>= 50 MME\/day/);
  });
});

describe('an opioid that does not help: discontinue (L43), and taper, never abruptly (ref section 4)', () => {
  it.each([
    'opioid not helping, stop it?',
    "tramadol isn't helping function after 4 weeks, what now",
    'oxycodone no functional benefit - discontinue?',
    "can I just stop her oxycodone, it's not working",
    'oxy not really doing anything for her function, stop?',
    'no benefit from the oxycodone after 3 weeks',
    'tramadol 100 qid x 6 wk no functional improvement - d/c?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/stop if function does not improve meaningfully/);
    expect(text).toMatch(/Do not stop opioids abruptly or taper rapidly/);
  });

  it.each([
    "She's had paracetamol and codeine for months and her back is no better. Where do we go from here?",
    "Can I go straight to opioids if NSAIDs didn't work?",
    "duloxetine isn't helping, tramadol next?",
  ])('another drug failing is not the opioid stopping rule: %s', (q) => {
    expect(reply(q)).not.toMatch(/^\*\*Stopping or tapering/);
  });
});

describe('a drug continued a long time without benefit (L59)', () => {
  it.each([
    'been on gabapentin 2 years no benefit, continue?',
    'pregabalin for 18 months, not helping, keep going?',
    'duloxetine a year with no improvement - carry on?',
  ])('%s', (q) => {
    expect(reply(q)).toMatch(/Do not continue ineffective medications indefinitely/);
  });
});

describe('an opioid asked for when drugs failed but no non-drug therapy was tried (L36)', () => {
  it.each([
    'failed naproxen and duloxetine, no physio or exercise tried, can I start oxycodone?',
    'NSAIDs and duloxetine failed but never done any non-drug therapy - ok for an opioid?',
    'naproxen + cymbalta both failed, hasnt had PT, start oxy?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/gate is not met/);
    expect(text).toMatch(/Exercise/);
  });
});

describe('intent rows', () => {
  it.each(
    GUIDELINE_INTENTS.filter((r) =>
      ['opioid-discussion', 'opioid-not-helping', 'tramadol-reassess', 'naloxone-and-pdmp'].includes(r.name),
    ).map((r) => [r.name, r.example]),
  )('%s reads its example', (_name, example) => {
    expect(reply(example)).not.toMatch(/Did you mean/);
  });
});
