/**
 * A purpose of pain relief said right after a medicine's regimen: "aspirin 325 mg daily for pain", "takes aspirin
 * 600 od for his headaches", "ASA 650 mg qd for analgesia". Such a medicine is taken as an analgesic whatever its
 * frequency (aspirin-dose-reading.ts: aspirin at an analgesic dose is an NSAID in use). Up to the end of the
 * sentence, so a purpose said of another medicine later is not read. Each row has an example it must read and a
 * counter-example it must not (test/language/stated-purpose.test.ts).
 */
export const PAIN_PURPOSE_ROWS: readonly { re: string; example: string; counter: string }[] = [
  {
    re: String.raw`\bfor (?:(?:his|her|their|the|my|pt'?s|patient'?s) )?(?:(?:back|joint|knee|hip|neck|arthritic|chronic) )?(?:pain|aches?|analgesia|pain relief|headaches?|migraines?|arthritis|backache|sciatica)\b`,
    example: 'aspirin 325 mg daily for pain',
    counter: 'aspirin 325 mg daily for his heart',
  },
  {
    re: String.raw`\b(?:as (?:an? )?(?:analgesic|painkiller|pain killer|pain relief)|as a pain ?reliever)\b`,
    example: 'aspirin 300 mg od as a painkiller',
    counter: 'aspirin 300 mg od as an antiplatelet',
  },
];

const PAIN_PURPOSE = new RegExp(PAIN_PURPOSE_ROWS.map((r) => `(?:${r.re})`).join('|'), 'i');
const SENTENCE_END = /[.;\n]\s|[.;\n]$/;

/** A clause break: a comma, colon or dash between words. */
const CLAUSE_BREAK = /[,:]\s|\s[-\u2013]\s/g;

/**
 * The text after a medicine's name, up to its sentence's end, says it is taken for pain. `nextDrugFollows`: the text
 * stops where another medicine is named in the same sentence, so a clause before that name is the other medicine's
 * ("aspirin 300 od since his stroke, for pain in back he wants ibuprofen"): the purpose is read before it only.
 */
export function saysForPain(after: string, nextDrugFollows = false): boolean {
  const end = after.search(SENTENCE_END);
  let own = end < 0 ? after : after.slice(0, end);
  if (nextDrugFollows && end < 0) {
    let lastBreak = -1;
    for (const m of own.matchAll(CLAUSE_BREAK)) lastBreak = m.index;
    if (lastBreak >= 0) own = own.slice(0, lastBreak);
  }
  return PAIN_PURPOSE.test(own);
}
