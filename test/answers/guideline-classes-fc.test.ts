import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Guideline questions in clinicians' words (branch fc): each class in several styles, with contrasts that keep their
 * old answer. The step order, a step skipped, indirect names, grades, imaging that would change nothing, the Oswestry
 * given as a sum or incomplete, referral after 12 weeks. Claim checks: claim-verdicts.test.ts; the gate mid-case:
 * test/walkthrough/gate-met-question.test.ts.
 */
const reply = (text: string): string => ask(text).join('\n\n');
const title = (text: string): string => /^\*\*(.+?)\*\*/.exec(reply(text))?.[1] ?? reply(text).slice(0, 120);

describe('a step skipped: tramadol while duloxetine has not been tried', () => {
  it.each([
    'Rx tramadol 50 mg q6h prn. Notes: naproxen failed; duloxetine never tried, no contraindication recorded. Ok to dispense?',
    'tramadol 50 mg q6h, naproxen failed, duloxetine not tried - ok?',
    "script for ultram 50 qid, hasn't tried cymbalta - dispense?",
    'start tramadol? naproxen failed, never had duloxetine',
  ])('%s', (q) => {
    const text = reply(q);
    expect(title(q)).toMatch(/^Not yet: duloxetine has not been tried/);
    expect(text).toContain('when duloxetine and NSAIDs are contraindicated or ineffective');
    expect(text).not.toContain('Duloxetine + tramadol: risk of serotonin syndrome');
  });
  it.each([
    ['Rx tramadol 50 mg q6h. duloxetine contraindicated (on phenelzine). ok?', /contraindicated/i],
    ["couldn't tolerate duloxetine, ok to go to tramadol?", /^Tramadol/],
  ])('contrast: %s', (q, said) => {
    expect(title(q)).not.toMatch(/^Not yet: duloxetine/);
    expect(title(q)).toMatch(said);
  });
});

describe('a step skipped: an extended-release opioid as the first opioid', () => {
  it.each([
    'Rx MS Contin 15 mg q12h, first opioid, opioid-naive - ok?',
    'OxyContin to start? never had an opioid before',
    'pharmacist here: Rx Kadian 20 mg daily, new to opioids - ok to dispense?',
  ])('%s', (q) => {
    expect(title(q)).toMatch(/^Not as a first opioid: immediate-release first/);
    expect(reply(q)).toContain('Prescribe immediate-release formulations initially, not extended-release. [1]');
  });
  it('contrast: the fentanyl patch keeps its opioid-tolerant-only rule', () => {
    expect(title('Rx Duragesic 25 mcg/hr, opioid-naive - ok?')).toMatch(/opioid-tolerant patients only/);
  });
  it('contrast: what counts as opioid tolerant', () => {
    expect(title('what counts as opioid tolerant?')).toBe('Opioid-tolerant');
  });
});

describe('an opioid refill where function got worse', () => {
  it.each([
    'opioid refill: pain 8 -> 5 but ODI 38% -> 46%, same again?',
    'tramadol script due. pain 7 -> 4, ODI 40% -> 44%, repeat it?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(title(q)).toMatch(/continue only with meaningful improvement in function; discuss tapering or stopping/);
    expect(text).toContain('stop if function does not improve meaningfully (not just pain scores). [1]');
    expect(text).toContain('Do not stop opioids abruptly or taper rapidly.');
  });
  it.each(['pain 8 -> 5 but ODI 38% -> 46%, what does that mean?', 'tramadol: pain 8->5, ODI 50% -> 36%, same again?'])(
    'contrast (no opioid, or function better): %s',
    (q) => {
      expect(title(q)).not.toMatch(/tapering/);
    },
  );
});

describe('indirect names of guideline topics', () => {
  it.each([
    'starting a morphine-type painkiller - which areas should I screen?',
    'thinking about a strong painkiller like oxycodone, what should I screen for first?',
    'risk assessment before opioids?',
  ])('an opioid by its class: the risk assessment leads: %s', (q) => {
    expect(reply(q)).toMatch(
      /^\*\*Before an opioid: the risk assessment\*\*\n\n- Do a thorough risk assessment: screen for substance use disorder, mental health conditions and concurrent sedative use\. \[1\]/,
    );
  });
  it('contrast: a screening tool question stays STarT Back', () => {
    expect(title('which screening tool for chronic back pain?')).toBe('STarT Back');
  });

  it.each([
    'that programme where a physio, a psychologist and an OT work together - how good is the evidence and when do I refer?',
    'multidisciplinary rehab - is it evidence based and when should I refer?',
  ])('rehabilitation, its grade and the 12-week referral point: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('(moderate-quality evidence). [1]');
    expect(text).toContain('despite 12 weeks of optimised drug and non-drug therapy. [1]');
  });
  it.each([
    [
      'when to refer to a multidisciplinary pain centre?',
      'When to refer to a multidisciplinary pain centre or specialist',
    ],
    ['team-based back programme for her, is that evidence based?', 'Multidisciplinary rehabilitation'],
    ['physio, psychologist and OT all in one programme: is it worth it?', 'Multidisciplinary rehabilitation'],
  ])('contrast: %s', (q, t) => {
    expect(title(q)).toBe(t);
  });

  it.each([
    "her spine is crumbling and she's terrified to bend - what helps?",
    'he is convinced his back is falling apart and avoids bending, any therapy for that?',
    'pt scared of moving in case she damages her spine further - what does the guideline suggest?',
  ])('fear-avoidance and catastrophising: CBT and pain beliefs: %s', (q) => {
    expect(reply(q)).toContain('Cognitive behavioural therapy targeting pain beliefs and catastrophising');
  });
  it('contrast: a crumbling spine with osteoporosis after a fall is the fracture red flag', () => {
    expect(title('osteoporosis, her spine is crumbling, new pain after a fall')).toMatch(/fracture/i);
  });

  it.each([
    'acetaminophen as an add-on to naproxen - ok?',
    'paracetamol on top of the ibuprofen, reasonable?',
    'can I add tylenol as an adjunct to duloxetine?',
  ])('acetaminophen as an adjunct: the role and the 4,000 mg/day maximum: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('it may be used as an adjunct');
    expect(text).toContain('4,000 mg/day from all sources');
    expect(text).toContain('not checked by this pathway');
  });
  it('contrast: with a combination product the totals are added', () => {
    expect(reply('acetaminophen as an add-on to Norco?')).toContain('add up the acetaminophen in every product');
  });
});

describe('grades: the moderate list and one named therapy, both answered', () => {
  it.each([
    [
      'which non-drug therapies are moderate-quality, and where does yoga sit?',
      'Tai chi or yoga (low-quality evidence)',
    ],
    ['best evidence non-drug options? is CBT one of them?', 'catastrophising (low-quality evidence)'],
    [
      'which therapies have moderate quality evidence - does chiro make the cut?',
      'Spinal manipulation (low-quality evidence)',
    ],
    ['strongest evidence therapies, and where is massage?', 'Massage therapy (low-quality evidence)'],
  ])('%s', (q, line) => {
    const text = reply(q);
    expect(text).toContain('Acupuncture, for patients open to it (moderate-quality evidence)');
    expect(text).toContain(line);
  });
  it('contrast: the moderate list alone', () => {
    expect(reply("of the things that aren't tablets, which have the better evidence?")).not.toContain('low-quality');
  });
});

describe('imaging when the result would change nothing', () => {
  it.each([
    'radicular pain, no red flags, but he would never have an injection or surgery - MRI?',
    "sciatica 4 months, no red flags, she doesn't want any procedure or surgery. scan her?",
    'leg pain, not a surgical candidate and refuses injections, MRI needed?',
  ])('%s', (q) => {
    expect(title(q)).toMatch(/^MRI not indicated now: not a candidate for injection or surgery/);
    expect(reply(q)).toContain('findings would change management');
  });
  it('contrast: an intervention in view', () => {
    expect(title('radicular symptoms, no prior MRI, considering an epidural: MRI?')).toBe(
      'MRI when an intervention is being considered',
    );
  });
});

describe('the Oswestry as a raw sum, described, or incomplete', () => {
  it.each([
    'ODI: all ten sections add up to 23 - what percentage and band?',
    'that 0-to-5 back disability questionnaire, all ten sections add up to 23 - percentage?',
    'the back disability questionnaire came to 23, all 10 answered, which band?',
  ])('%s', (q) => {
    expect(reply(q)).toContain('Sum 23 / (5 x 10) x 100 = 46% from 10 of 10 sections: severe disability.');
  });
  it.each([
    'ODI only 7/10 sections done - how do I score it?',
    'how do I score the oswestry when only 6 sections answered?',
  ])('more than 2 missing: no score, ask the rest: %s', (q) => {
    expect(reply(q)).toMatch(/no score is given\. Ask for the \d missing sections/);
  });
  it('9 of 10 answered: the formula for that many sections', () => {
    expect(reply('how do I score an Oswestry with 9 of 10 sections answered?')).toContain('/ (5 x 9) x 100');
  });
  it('contrast: another instrument is not read as the Oswestry', () => {
    expect(reply('Roland-Morris disability questionnaire 12 of 24, band?')).not.toContain('Oswestry Disability Index:');
  });
});

describe('referral with the time on optimised therapy', () => {
  it.each([
    '14/52 on optimised duloxetine + naproxen + PT + CBT, still 7/10, refer?',
    '4 months of everything - physio, cymbalta 60, naproxen - no better. pain clinic?',
    "She's been on the full works for 16 weeks now, no improvement, should I refer her on?",
  ])('%s', (q) => {
    expect(title(q)).toBe('Refer: pain persists after 12 weeks of optimised therapy');
    expect(reply(q)).toContain(
      'Refer to a multidisciplinary pain centre or pain specialist when pain persists despite 12 weeks of optimised drug and non-drug therapy. [1]',
    );
  });
  it('contrast: the criteria asked', () => {
    expect(title('when to refer?')).toBe('When to refer to a multidisciplinary pain centre or specialist');
  });
  it.each([
    "She's been off work as a school teacher for 3 months because of the back. ODI 52%. Worth referring?",
    'chronic LBP for 6 months, worth referring?',
  ])('contrast: time off work or the pain duration is no time on therapy: %s', (q) => {
    expect(title(q)).not.toBe('Refer: pain persists after 12 weeks of optimised therapy');
  });
});

describe('contrasts that keep their answer', () => {
  it('a red-flag screen asked with an opioid stays the red-flag answer', () => {
    expect(reply('before I start oxycodone, have I screened enough for red flags?')).not.toMatch(
      /^\*\*Before an opioid: the risk assessment/,
    );
  });
  it('a statement that the risk assessment is done offers no screening row', () => {
    expect(reply('Opioid risk assessment done (ORT 2, UDS appropriate, PDMP reviewed)')).not.toContain(
      'what should I screen for before starting an opioid?',
    );
  });
  it('duloxetine not yet tried, asked on its own, is the duloxetine answer', () => {
    expect(reply("hasn't tried duloxetine or any SNRI yet, not on NSAIDs")).toMatch(/^\*\*Duloxetine/);
  });
});
