import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Guideline question classes a blind set found wanting, each in several clinicians' wordings (terse, chatty, NP
 * shorthand, UK/AU, dictated): every wording must reach the guideline's rule, cited, never a dead end.
 */
const reply = (text: string): string => ask(text).join('\n\n');

const CLASSES: readonly { name: string; must: readonly string[]; wordings: readonly string[] }[] = [
  {
    name: 'tramadol instead of duloxetine: second line when duloxetine and NSAIDs are ruled out',
    must: ['contraindicated or ineffective', 'NSAID', '[1]'],
    wordings: [
      "Can I skip straight to tramadol if she'd rather not take duloxetine?",
      'pt declines cymbalta - tramadol instead?',
      "he doesn't want duloxetine, go straight to tramadol?",
    ],
  },
  {
    name: 'opioid gate without non-drug therapy: not yet',
    must: ['Not yet', 'non-drug', '[1]'],
    wordings: [
      'proper trials of naproxen and duloxetine but never done physio or any exercise; can I move to oxycodone now?',
      "failed duloxetine and ibuprofen, hasn't had any PT - start oxy?",
      'naproxen and duloxetine both tried properly, no exercise programme yet. morphine next?',
    ],
  },
  {
    name: 'opioid continue or stop: only with meaningful improvement in function',
    must: ['function', 'stop', '[1]'],
    wordings: [
      '[case so far: oxycodone IR 5 mg q6h started 2 wk ago; pain 7->6; ODI unchanged] continue or stop?',
      'on oxy for 3 weeks, no real change in what he can do - keep going?',
      'Is it worth keeping her on the oxycodone, function no better after a month?',
    ],
  },
  {
    name: 'naloxone by its lay name',
    must: ['naloxone', '50 MME', 'benzodiazepine'],
    wordings: ['the overdose-reversal nasal spray - who needs it?', 'does she need an opioid reversal spray at home?'],
  },
  {
    name: 'radicular pain described: the gabapentinoid doses',
    must: ['gabapentin 300-1200 mg three times daily', 'pregabalin 150-300 mg twice daily'],
    wordings: [
      'pain shooting down one leg with pins and needles below the knee, how does that change drug choice?',
      'pain goes down the back of his leg to the calf - which meds?',
    ],
  },
  {
    name: 'transposed drug names',
    must: ['gabapentin 300-1200 mg three times daily', 'pregabalin 150-300 mg twice daily'],
    wordings: ['gabapenitn or pregablin for siatica, dose?'],
  },
  {
    name: 'MRI with an intervention in view',
    must: ['MRI', 'injection', '[5]'],
    wordings: [
      'radic sx L5 x 8 wk despite tx, no prior MRI, pt keen on ESI. MRI?',
      'Sciatica two months, never scanned, wants an epidural - do I need an MRI first?',
    ],
  },
  {
    name: 'foot drop in lay words: progressive neurological deficit, same day',
    must: ['progressive neurological deficit', 'same-day'],
    wordings: [
      "her foot slaps the floor when she walks and it's got worse over the past week",
      "he's been dragging his left foot since last week, worse now - urgent?",
      'keeps catching her toes on the stairs and tripping over her feet, worry?',
    ],
  },
  {
    name: "a red-flag sign answered 'not sure': the screen is not completed",
    must: ['screen not completed', 'bladder'],
    wordings: [
      "[case so far: saddle numbness no, bowel no, bladder question answered 'not sure'] ok to chart RF neg and proceed?",
      'saddle no, bowel no, bladder: not sure. ok to call red flags negative?',
    ],
  },
];

describe('guideline question classes', () => {
  it.each(CLASSES.flatMap((c) => c.wordings.map((w) => [c.name, w, c.must] as const)))('%s: "%s"', (_, text, must) => {
    const answer = reply(text);
    for (const s of must) expect(answer.toLowerCase(), answer.slice(0, 400)).toContain(s.toLowerCase());
  });
});
