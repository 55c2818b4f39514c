import { describe, expect, it } from 'vitest';
import { NOT_CHECKED, SEVERITY_RANK } from '../../dialogs/answers/interactions.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { interactionRules } from '../../src/clinical/knowledge/reference-interactions.js';

/**
 * Display and headline safety (user trial, pharmacist): a several-drug interaction answer's headline carries the
 * strictest finding across all pairs, naming the pair, whatever order the drugs are typed in; lines are listed
 * strictest first (SEVERITY_RANK, clinical-reference.md section 3).
 */
const reply = (text: string): string[] =>
  handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages.map((m) => m.text.replace(/\*\*/g, ''));
const headline = (text: string): string => reply(text)[0]!.split('\n')[0]!;

describe('severity rank data', () => {
  it('ranks every severity a rule uses, strictest first', () => {
    expect(SEVERITY_RANK.map((r) => r.severity)).toEqual(['contraindicated', 'boxed-warning', 'avoid', 'warning']);
    const used = new Set(interactionRules.flatMap((r) => [r.severity, r.stricterWith?.severity ?? r.severity]));
    for (const s of used) expect(SEVERITY_RANK.some((r) => r.severity === s)).toBe(true);
  });

  it('words "avoid" only where the reference says avoid or not recommended', () => {
    for (const r of interactionRules.filter((x) => x.severity === 'avoid' || x.stricterWith?.severity === 'avoid'))
      expect(r.text).toMatch(/\b(?:avoid|not recommended)\b/);
    for (const r of interactionRules.filter((x) => x.severity === 'contraindicated'))
      expect(r.text).toMatch(/contraindicated/);
    // A boxed warning only where the reference's source column names one (the opioid + benzodiazepine row).
    for (const r of interactionRules.filter((x) => x.severity === 'boxed-warning'))
      expect(r.source).toMatch(/boxed|FDA/i);
  });
});

describe('several drugs: the headline carries the strictest pair', () => {
  const orderings: { texts: string[]; word: string; pair: RegExp }[] = [
    {
      // MAOI + tramadol (contraindicated) beside a milder NSAID line
      texts: [
        'phenelzine and tramadol and ibuprofen',
        'ibuprofen + tramadol + phenelzine ok?',
        'pt on nardil, advil prn, wants tramadol - interactions?',
        'tramadol w/ ibuprofen and phenelzine',
      ],
      word: 'contraindicated',
      pair: /\((?:tramadol \+ (?:phenelzine|nardil)|(?:phenelzine|nardil) \+ tramadol)\)/,
    },
    {
      // duloxetine + ciprofloxacin (avoid) beside NSAID + duloxetine (warning)
      texts: [
        'cipro and cymbalta and advil',
        'advil, cymbalta + ciprofloxacin together?',
        'cymbalta w/ advil and cipro',
      ],
      word: 'avoid',
      pair: /\((?:cymbalta \+ cipro\w*|cipro\w* \+ cymbalta)\)/,
    },
    {
      // two NSAIDs (not recommended) beside an opioid
      texts: ['naproxen + ibuprofen + tramadol', 'tramadol, naproxen and ibuprofen together?'],
      word: 'avoid',
      pair: /\((?:naproxen \+ ibuprofen|ibuprofen \+ naproxen)\)/,
    },
    {
      // an SSRI with duloxetine (not recommended) beside the warfarin bleeding lines
      texts: ['cymbalta w/ warfarin and sertraline', 'warfarin + sertraline + duloxetine interactions?'],
      word: 'avoid',
      pair: /\((?:cymbalta|duloxetine) \+ sertraline\)/,
    },
    {
      texts: ['cymbalta w/ warfarin and ibuprofen', 'ibuprofen + warfarin + cymbalta?', 'warfarin ibuprofen cymbalta'],
      word: 'caution',
      pair: /\(\w+ \+ \w+\)/,
    },
  ];
  for (const { texts, word, pair } of orderings) {
    it(`${word}: ${texts[0]}`, () => {
      for (const text of texts) {
        const title = headline(text);
        // a drug the pair rules out for this patient is named first ("Duloxetine not for this patient (...); avoid (...)")
        expect(title, text).toMatch(new RegExp(`[:;] ${word} \\(`));
        expect(title, text).toMatch(pair);
      }
    });
  }

  it('lists the strictest line first', () => {
    const text = reply('ibuprofen and tramadol and phenelzine')[0]!;
    expect(text.split('\n').filter((l) => l.startsWith('- '))[0]).toMatch(/^- Contraindicated:/);
    const cipro = reply('advil + cymbalta + cipro')[0]!;
    expect(cipro.split('\n').filter((l) => l.startsWith('- '))[0]).toMatch(/^- Avoid: Duloxetine \+ fluvoxamine/);
  });

  it('two drugs carry the word without repeating the pair', () => {
    // the drug the pair rules out is named with its reason, and the guideline's next option steps up
    expect(headline('duloxetine and sertraline?')).toMatch(/; avoid; next option: an NSAID$/);
    expect(headline('tramadol with phenelzine?')).toMatch(/; contraindicated; next option: an NSAID$/);
    // an NSAID beside an anticoagulant: checked first, the next option if unsuitable (reference section 2)
    expect(headline('on warfarin, ok to add naproxen?')).toMatch(
      /: Naproxen check first \(on an anticoagulant or antiplatelet\); caution; if unsuitable, next option: duloxetine$/,
    );
  });

  it('a name outside the table is said as not checked, never dropped', () => {
    const [text] = reply('tramadol + sertraline + ondansetron ok?');
    expect(text).toMatch(/: caution \(tramadol \+ sertraline\)/);
    expect(text).toMatch(/Ondansetron with .*not checked by this pathway/);
    expect(headline('cymbalta + metoprolol interaction?')).toContain(`: ${NOT_CHECKED}`);
    // A history joined by "+" is not a drug.
    expect(reply('eliquis + prior GI bleed - can I use ibuprofen?').join('\n')).not.toMatch(/prior with/i);
  });
});

describe('acetaminophen total: wording fits the count', () => {
  it('one product counted is named', () => {
    expect(headline('norco 10/325 1 q6h + tylenol - how much room under the 4 g max?')).toMatch(
      /^Acetaminophen 1,300 mg\/day from Norco: /,
    );
  });
  it('two products are "both"', () => {
    expect(headline('tylenol 1g qid and norco 5/325 q6h total acetaminophen?')).toMatch(/from both products:/);
  });
  it('three are "all these products"', () => {
    expect(headline('percocet 5/325 1 q6h + tylenol 500 2 tabs bid + norco 5/325 1 bid, total apap?')).toMatch(
      /from all these products:/,
    );
  });
});
