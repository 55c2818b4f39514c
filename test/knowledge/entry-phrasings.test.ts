import { describe, expect, it } from 'vitest';
import { createEntrySearch } from '../../dialogs/answers/entry-search.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import {
  type EntryKind,
  entryKindSchema,
  knowledgeSetSchema,
  type KnowledgeEntry,
} from '../../src/clinical/knowledge/entry-schema.js';
import { getEntry, knowledge } from '../../src/clinical/knowledge/knowledge-base.js';

/**
 * Every knowledge entry a clinician could ask about carries `asked`: at least three questions in clinicians' own
 * words. Each one is sent cold (a fresh conversation) through the pure turn core, and the reply must show that
 * entry's text and must not be the fallback. A failure names the phrasing and what came back instead.
 */

/** Entry kinds a clinician asks about directly. `source` is not one (see SKIPPED). */
const ASKABLE_KINDS: readonly EntryKind[] = entryKindSchema.options.filter((k) => k !== 'source');

/**
 * The entries of askable kinds that carry no phrasings, and why: each is reachable only inside a computed answer,
 * never as the answer to a question of its own.
 */
const SKIPPED: readonly { prefix: string; why: string }[] = [
  {
    prefix: 'sources.',
    why: 'the probable sources: one rule answers any "what are your sources?" with all of them (sources-answer.ts)',
  },
  {
    prefix: 'gap.',
    why: 'guideline-versus-label notes: shown only beside the drug dose they qualify, left out of the search',
  },
  {
    prefix: 'referral.indications',
    why: 'the heading of the referral list ("when any of the indications below applies"); the indications answer',
  },
];

const skipped = (id: string) =>
  SKIPPED.some((s) => id === s.prefix || (s.prefix.endsWith('.') && id.startsWith(s.prefix)));

/** Replies that are not an answer: the router's fallback and the guideline's "not covered". */
const FALLBACK = ["didn't recognise", 'does not cover that'];

const normalise = (s: string) => s.toLowerCase().replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

const SLICE = 40;

/**
 * A 40-character slice of the entry's text found in no other entry's text (the first such, from the start), so the
 * reply shows this entry, not a neighbour that shares its opening ("Refer to a multidisciplinary pain centre...").
 * A text shorter than the slice is used whole.
 */
function distinctiveSlice(entry: KnowledgeEntry, all: readonly KnowledgeEntry[]): string {
  const text = normalise(entry.text);
  if (text.length <= SLICE) return text;
  const others = all.filter((e) => e.id !== entry.id).map((e) => normalise(e.text));
  for (let i = 0; i + SLICE <= text.length; i++) {
    const slice = text.slice(i, i + SLICE);
    if (!others.some((o) => o.includes(slice))) return slice;
  }
  return text;
}

function reply(question: string, n: number): string {
  return handleTurn(undefined, coreInput(question, n), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n\n');
}

/** What came back, in short: the title and the first line, for the failure message. */
function gist(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 220);
}

const withAsked = knowledge.filter((e) => e.asked?.length);

describe('every askable entry has phrasings', () => {
  it('every entry of an askable kind carries at least three phrasings, except the listed skips', () => {
    const missing = knowledge
      .filter((e) => ASKABLE_KINDS.includes(e.kind) && !skipped(e.id))
      .filter((e) => (e.asked?.length ?? 0) < 3)
      .map((e) => `${e.id} (${e.kind})`);
    expect(missing, `no phrasings: ${missing.join(', ')}`).toEqual([]);
  });

  it('every askable kind is asked about at least three times in all', () => {
    const thin = ASKABLE_KINDS.filter(
      (kind) => knowledge.filter((e) => e.kind === kind).reduce((n, e) => n + (e.asked?.length ?? 0), 0) < 3,
    );
    expect(thin).toEqual([]);
  });

  it('each skip names entries that exist and carry no phrasings', () => {
    for (const { prefix } of SKIPPED) {
      const covered = knowledge.filter((e) => skipped(e.id) && (e.id === prefix || e.id.startsWith(prefix)));
      expect(covered.length, prefix).toBeGreaterThan(0);
      expect(
        covered.filter((e) => e.asked).map((e) => e.id),
        prefix,
      ).toEqual([]);
    }
  });

  it('the slice each phrasing is checked against belongs to that entry alone', () => {
    for (const entry of withAsked) {
      const slice = distinctiveSlice(entry, knowledge);
      const holders = knowledge.filter((e) => normalise(e.text).includes(slice)).map((e) => e.id);
      expect(holders, entry.id).toEqual([entry.id]);
    }
  });
});

describe('validation of asked', () => {
  const entry = getEntry('nondrug.massage');
  const asked = ['Does massage help chronic back pain?', 'massage for LBP?', 'pt asking about remedial massage'];

  it('accepts three phrasings and rejects fewer, a repeat, or one phrasing on two entries', () => {
    expect(knowledgeSetSchema.safeParse([{ ...entry, asked }]).success).toBe(true);
    expect(knowledgeSetSchema.safeParse([{ ...entry, asked: asked.slice(0, 2) }]).success).toBe(false);
    expect(knowledgeSetSchema.safeParse([{ ...entry, asked: [...asked, 'Massage for LBP'] }]).success).toBe(false);
    const other = {
      ...getEntry('nondrug.acupuncture'),
      asked: ['acupuncture?', 'needles for LBP?', 'MASSAGE FOR lbp?'],
    };
    expect(knowledgeSetSchema.safeParse([{ ...entry, asked }, other]).success).toBe(false);
  });
});

describe('the search indexes asked', () => {
  const entries = [
    {
      id: 'a',
      text: 'Exercise therapy programmes.',
      topics: ['exercise'],
      asked: ['is physio worth it', 'gym?', 'x y z'],
    },
    { id: 'b', text: 'Massage therapy.', topics: ['massage'] },
  ];

  it('finds an entry by a word only its phrasings hold', () => {
    expect(createEntrySearch(entries).search('physio')).toEqual(['a']);
    expect(createEntrySearch(entries.map(({ asked: _, ...e }) => e)).search('physio')).toEqual([]);
  });

  it("does not match on a phrasing's framing words (who asks, and how)", () => {
    const framed = [{ ...entries[0]!, asked: ['what counts as physio for her', 'is it worth it now', 'pt keen?'] }];
    for (const word of ['counts', 'worth', 'her', 'now', 'pt', 'keen']) {
      expect(createEntrySearch(framed).search(word), word).toEqual([]);
    }
    expect(createEntrySearch(framed).search('physio')).toEqual(['a']);
  });
});

describe('each phrasing, asked cold, reaches its entry', () => {
  let n = 0;
  for (const entry of withAsked) {
    const slice = distinctiveSlice(entry, knowledge);
    describe(entry.id, () => {
      for (const question of entry.asked ?? []) {
        const turn = n++;
        it(question, () => {
          const text = reply(question, turn);
          const lower = normalise(text);
          const fallback = FALLBACK.find((f) => lower.includes(f));
          expect(fallback, `fallback for "${question}": ${gist(text)}`).toBeUndefined();
          expect(lower.includes(slice), `"${question}" -> ${gist(text)}`).toBe(true);
        });
      }
    });
  }
});
