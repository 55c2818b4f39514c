import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * A pair the reference's interaction table does not list (clinical-reference.md section 3): "not checked by this
 * pathway; use a full interaction reference", never silence and never "no interaction", however the pair is asked,
 * and a dose check asked with it keeps its verdict.
 */
const reply = (q: string, i: number) =>
  handleTurn(undefined, coreInput(q, 9500 + i), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');
const NOT_CHECKED = /not checked by this pathway/i;

describe('pairs the reference does not list', () => {
  it.each([
    ['ondansetron with tramadol?', 'ondansetron'],
    ['tramadol and zofran ok?', 'zofran'],
    ['omeprazole with naproxen', 'omeprazole'],
    ['pt on atorvastatin, duloxetine ok?', 'atorvastatin'],
    ['duloxetine with simvastatin?', 'simvastatin'],
    ['lisinopril and ibuprofen', 'lisinopril'],
    ['pregabalin and ramipril', 'ramipril'],
    ['ibuprofen and metformin', 'metformin'],
    ['tramadol with pantoprazole', 'pantoprazole'],
    ['is naproxen alright for someone on amlodipine', 'amlodipine'],
    ['gabapentin for her, she takes nexium', 'nexium'],
    ['pt on losartan can he have naproxen', 'losartan'],
    ['duloxetine for a man on metoprolol and lipitor', 'metoprolol'],
  ])('%s', (q, partner) => {
    const text = reply(q, 0);
    expect(text).toMatch(NOT_CHECKED);
    expect(text.toLowerCase()).toContain(partner);
    expect(text).not.toMatch(/no interaction/i);
  });

  it.each([
    ['can I give naproxen 500 bd with omeprazole 20', /adequate/i],
    ['Rx naproxen 500mg bid, pt on amlodipine. ok to dispense?', /adequate/i],
    ['gabapentin 300 tds with metoclopramide', /900 mg\/day/],
    ['duloxetine 60 and metoprolol?', /60 mg\/day/],
  ])('a dose check keeps its verdict and adds the line: %s', (q, verdict) => {
    const text = reply(q, 1);
    expect(text).toMatch(verdict);
    expect(text).toMatch(NOT_CHECKED);
  });

  it.each([
    'tramadol with sertraline?',
    'naproxen with warfarin?',
    'naproxen dose?',
    'duloxetine 60 mg ok?',
    'stopped duloxetine last month due to nausea; add tramadol?',
  ])('a listed pair, or one drug alone, is not "not checked": %s', (q) => {
    expect(reply(q, 2)).not.toMatch(NOT_CHECKED);
  });
});
