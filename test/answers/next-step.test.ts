import { describe, expect, it } from 'vitest';
import { HEAVY_ALCOHOL_EXAMPLES, readContext } from '../../dialogs/answers/question-context.js';
import { ask } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('a next-step question whose own patient facts rule the options out', () => {
  it.each([
    'pt eGFR 24, failed APAP. next: cymbalta or naproxen?',
    'CrCl 22; tylenol didnt help; duloxetine or ibuprofen next?',
    'CKD 4, tried paracetamol, what next - naproxen or duloxetine?',
    'egfr 19 - naproxen next step?',
  ])('names each ruled-out drug and steps up to tramadol at its renal dose: %s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/not for this patient/);
    expect(text).toMatch(/CrCl < 30/);
    expect(text).toContain('next option: tramadol, adjusted for this patient');
    expect(text).toContain('every 12 hours, maximum 200 mg/day');
    expect(text).not.toMatch(/\*\*Escalation when initial medications fail\*\*/);
  });

  it('a failed drug is history, not one of the choices', () => {
    expect(reply('pt eGFR 24, failed APAP. next: cymbalta or naproxen?')).not.toMatch(/Apap \(acetaminophen\)/);
  });

  it('steps up to the NSAID, not tramadol, when the NSAIDs are not ruled out too', () => {
    const text = reply('heavy drinker by his own admission, most nights. Is duloxetine still the next step?');
    expect(text).toContain(
      'Duloxetine: not for this patient (Avoid duloxetine in chronic liver disease or heavy alcohol use)',
    );
    expect(text).toContain('next option: an NSAID');
    expect(text).not.toContain('next option: tramadol');
  });
});

describe('heavy alcohol use, in clinicians’ words', () => {
  it.each(HEAVY_ALCOHOL_EXAMPLES)('reads it and rules duloxetine out: %s', (q) => {
    expect(readContext(q.toLowerCase()).heavyAlcohol).toBe(true);
    expect(reply(q)).toMatch(/not for this patient \(Avoid duloxetine in chronic liver disease or heavy alcohol use\)/);
  });
  it.each(['denies binge drinking. duloxetine dose?', 'never an alcoholic; cymbalta?'])('not when denied: %s', (q) => {
    expect(readContext(q.toLowerCase()).heavyAlcohol).toBeUndefined();
  });
});

describe('MME and the acetaminophen left, asked together', () => {
  it.each([
    [
      'Vicodin 5/325, two every six hours. MME, and how much more Tylenol could she take on top?',
      '4,000 - 2,600 = 1,400',
    ],
    ['MME lortab 7.5/325 1 q4h, room for extra paracetamol?', '4,000 - 1,950 = 2,050'],
    ['Percocet 5/325 2 q6h - mme? how much more apap can he have', '4,000 - 2,600 = 1,400'],
  ])('%s', (q, room) => {
    const text = reply(q);
    expect(text).toMatch(/MME\/day/);
    expect(text).toContain(room);
  });
});

describe('an unchecked partner named in prose', () => {
  it.each([
    ['her mood stabiliser is lithium; any interaction with naproxen?', 'Lithium + Naproxen: not checked'],
    ['does lithium interact with naproxen', 'Lithium + Naproxen: not checked'],
    ['on lithium carbonate 400 nocte - safe to give ibuprofen alongside?', 'Lithium + Ibuprofen: not checked'],
    ['her mood stabiliser is lamotrigine; any interaction with naproxen?', 'Naproxen + lamotrigine: not checked'],
    ['pt is on valproate - any interactions with tramadol', 'Tramadol + valproate: not checked'],
  ])('%s', (q, said) => {
    const text = reply(q);
    expect(text).toContain(said);
    expect(text).toContain('use a full interaction reference');
    expect(text).not.toMatch(/\+ (?:Does|Takes)\b/);
  });
});

describe('products described rather than named', () => {
  it.each([
    'the three-day skin patch opioid at its lowest strength, 12 mcg, for a woman who has never had opioids',
    'opioid patch 12 mcg/hr for an opioid-naive 60F?',
  ])('the fentanyl patch: opioid-tolerant only, in the headline: %s', (q) => {
    expect(reply(q)).toMatch(/^\*\*Fentanyl patch[^\n]*for opioid-tolerant patients only, never an opioid start/);
  });
  it.each([
    'The gabapentin prodrug one (enacarbil), 600 twice a day; count it as 1200 of ordinary gabapentin?',
    'enacarbil 600 bd = gabapentin 1200?',
  ])('Horizant: not interchangeable with gabapentin: %s', (q) => {
    expect(reply(q)).toContain('Horizant (gabapentin enacarbil): not interchangeable with gabapentin');
  });
});
