import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutputMessage } from '../../dialogs/turn-types.js';
import { joinedPlainLength, visibleLength } from '../../dialogs/visible-length.js';
import { collapsibleMessage, shortLine, type SummaryGroup } from '../../dialogs/walkthrough/step-message.js';

type Block = { type: string; text?: string; id?: string; items?: Block[]; isVisible?: boolean };

/** The card's shown text blocks and the lines of its hidden "Show details" container. */
function cardParts(m: OutputMessage): { shown: string[]; details: string[] } {
  const body = (m.card?.body ?? []) as Block[];
  const shown = body.filter((b) => b.type === 'TextBlock' && b.isVisible !== false).map((b) => b.text!);
  const details = (body.find((b) => b.id === 'details')?.items ?? []).map((b) => b.text!);
  return { shown, details };
}

const WARNINGS = [
  '- Naproxen + warfarin: bleeding risk. Avoid the pair, or check INR within a week of starting [1]',
  '- Duloxetine + tramadol: serotonin syndrome. Watch for agitation, tremor and clonus after each dose change [2]',
  '- Tramadol with CrCl under 30: every 12 hours. The label caps the dose at 200 mg a day for this patient [3]',
  '- Gabapentin with eGFR 30-59: 400-1,400 mg a day. Split in two doses and titrate slowly [4]',
];

describe('collapsibleMessage: what the summary shortens or drops is whole under "Show details"', () => {
  it('keeps the full text of lines shortened and then dropped (the group gives up lines after shortening)', () => {
    const lead = 'Case A updated (say "back" to undo).';
    let shortenedThenDropped = 0;
    for (let limit = 120; limit <= 400; limit += 5) {
      const m = collapsibleMessage({
        full: [lead, '**Warnings for this case**', ...WARNINGS],
        summary: [
          { lines: [lead], keep: 1 },
          // drop < 1: the lines take their short form first, then go from the last (stepMessage's new warnings)
          { heading: '**Warnings for this case**', lines: WARNINGS, drop: 0.5, shorten: true, name: 'new warning' },
        ],
        toggle: 'Show details',
        limit,
        citations: [],
      });
      const { shown, details } = cardParts(m);
      const short = WARNINGS.filter((w) => shown.includes(shortLine(w)));
      if (short.length >= 2 && short.length < WARNINGS.length) shortenedThenDropped++;
      // every warning not shown whole is whole in the details: the shortened ones as well as the dropped ones
      for (const w of WARNINGS) expect(shown.includes(w) || details.includes(w), `limit ${limit}: ${w}`).toBe(true);
    }
    // the limits met the case: two or more warnings left in short form after others were dropped
    expect(shortenedThenDropped).toBeGreaterThan(0);
  });
});

/** Lines with sentences and clauses to shorten, markers, and headings shared between groups. */
const line = fc
  .tuple(
    fc.constantFrom('Alpha', 'Bravo', 'Charlie', 'Delta'),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom(
      '',
      ' Then more words follow here.',
      '; then 50 mg',
      '; a rationale only',
      ' e.g. this. And After.',
    ),
    fc.constantFrom('', ' [1]', ' [2][3]'),
  )
  .map(([w, n, tail, marks]) => `- ${w} line ${n} with several words.${tail}${marks}`);
const group: fc.Arbitrary<SummaryGroup> = fc
  .record({
    heading: fc.constantFrom('', '**Do now**', '**Warnings for this case**', '**Still needed**'),
    lines: fc.array(line, { maxLength: 5 }),
    keep: fc.integer({ min: 0, max: 2 }),
    drop: fc.constantFrom(0, 0.5, 1, 2, 3),
    shorten: fc.boolean(),
    name: fc.constantFrom('', 'warning', 'question'),
  })
  .map(({ heading, name, ...g }) => ({ ...g, ...(heading ? { heading } : {}), ...(name ? { name } : {}) }));

describe('collapsibleMessage details', () => {
  it('shows each line of the full text whole, or keeps it whole under "Show details"', () => {
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 80, max: 900 }),
        (groups, limit) => {
          const full = groups.flatMap((g) => [...(g.heading ? [g.heading] : []), ...g.lines]);
          const { shown, details } = cardParts(
            collapsibleMessage({ full, summary: groups, toggle: 'Show details', limit, citations: [] }),
          );
          for (const l of full.filter((x) => x.startsWith('- ')))
            expect(shown.includes(l) || details.includes(l)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('collapsibleMessage fitting', () => {
  it('gives up lines and takes short forms until the card fits, or nothing is left to give up', () => {
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 6 }), fc.integer({ min: 80, max: 900 }), (raw, limit) => {
        // each line its own text, so the card's blocks say which group's lines show
        const groups = raw.map((g, i) => ({ ...g, lines: g.lines.map((l, k) => l.replace('line', `line ${i}.${k}`)) }));
        const full = groups.flatMap((g) => [...(g.heading ? [g.heading] : []), ...g.lines]);
        const m = collapsibleMessage({ full, summary: groups, toggle: 'Show details', limit, citations: [] });
        if (visibleLength(m) <= limit) return;
        const { shown } = cardParts(m);
        for (const g of groups) {
          const whole = g.lines.filter((l) => shown.includes(l) && shortLine(l) !== l);
          const any = g.lines.filter((l) => shown.includes(l) || shown.includes(shortLine(l)));
          expect(any.length).toBe(Math.min(g.keep ?? 0, g.lines.length));
          if (g.shorten) expect(whole).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  /** Lines as the walk-through writes them, and some with the characters the measure treats specially. */
  const shownLine = fc.oneof(
    line,
    fc
      .array(fc.constantFrom('*', '**', '_', '__', '`', ' ', '  ', '\n', '\t', 'a', 'b', '- ', '[1]', '⚠️', '.'), {
        maxLength: 12,
      })
      .map((parts) => parts.join('')),
  );
  const note = fc
    .tuple(
      fc.array(fc.constantFrom('⚠️ 2 warnings', '⚠️ 1 new warning', '⚠️ 3 questions'), { maxLength: 3 }),
      fc.constantFrom('1 line', '3 lines', '12 lines in all', 'the sources'),
      fc.constantFrom('Show details', 'Show full plan'),
    )
    .map(([named, lines, toggle]) => ({ text: `_Under "${toggle}": ${[...named, lines].join('; ')}._`, toggle }));

  it('measures a candidate with its note at more than without it (so one over the limit without it is over)', () => {
    fc.assert(
      fc.property(fc.array(shownLine, { maxLength: 10 }), note, (lines, n) => {
        expect(joinedPlainLength([...lines, n.text, n.toggle])).toBeGreaterThan(
          joinedPlainLength([...lines, n.toggle]),
        );
      }),
      { numRuns: 20000 },
    );
  });
});
