import type { CaseFacts } from '../case/case-facts.js';

/**
 * Blood results said of the patient in a later turn ("her sodium came back at 128", "Na 131", "LFTs came back
 * deranged", "raised liver enzymes"): recorded as said, never judged against a cut-off (neither source gives one).
 * The case's answer names what the sources say about them for this patient's drugs (case-answer.ts findingsSection).
 * Each row is data with an example it must read and a counter-example it must not (test/language/lab-findings.test.ts).
 */
export interface LabFindingRow {
  id: 'sodium' | 'liver-tests';
  re: RegExp;
  example: string;
  counter: string;
}

export const LAB_FINDING_ROWS: readonly LabFindingRow[] = [
  {
    // the value within a few words of the test's name: "sodium came back at 128", "Na+ 131", "serum sodium of 129"
    id: 'sodium',
    re: /\b(?:serum )?(?:sodium|na\+?)(?: level)?(?: (?:came back|is|was|now|of|at|returned|result|down to|dropped to|has dropped to))*:? ?(1[0-6]\d)\b/i,
    example: 'her sodium came back at 128, does that matter?',
    counter: 'naproxen sodium 550 mg bd',
  },
  {
    // a liver test said abnormal: "LFTs came back deranged", "deranged LFTs", "ALT raised", "liver enzymes up"
    id: 'liver-tests',
    // or a multiple of the upper limit of normal: "ALT 2x ULN", "GGT > ULN", "AST 3 times the ULN"
    re: /\b(?:lfts?|liver (?:function )?tests?|liver enzymes|transaminases|alt|ast|ggt|gamma[- ]?gt)\b(?: (?:came back|are|is|were|was|now|have come back|results? (?:are|were)))?(?: (?:a bit|mildly|slightly|very|markedly|quite))? (?:deranged|abnormal|raised|elevated|high|up|off)\b|\b(?:deranged|abnormal|raised|elevated|high) (?:lfts?|liver (?:function )?tests?|liver enzymes|transaminases|alt|ast|ggt|gamma[- ]?gt)\b|\b(?:alt|ast|ggt)\s?(?:(?:1\.[1-9]|[2-9](?:\.\d)?|two|three|four|five)\s?(?:x|times)|>|above)\s?(?:the )?uln\b/i,
    example: 'LFTs came back deranged - does that change things?',
    counter: 'LFTs normal, no liver disease',
  },
];

/** The findings the text says, as case facts. */
export function labFindingsIn(text: string): Partial<CaseFacts> {
  const out: Partial<CaseFacts> = {};
  const sodium = LAB_FINDING_ROWS[0]!.re.exec(text);
  // "naproxen sodium 550": the salt of a drug, not a blood result
  if (sodium && !/naproxen\s*$/i.test(text.slice(0, sodium.index))) out.sodiumMmolL = Number(sodium[1]);
  if (liverTestsAbnormalNow(text)) out.liverTestsAbnormal = 'yes';
  return out;
}

/** "no deranged LFTs", "LFTs not raised", "denies abnormal LFTs": the abnormal result is denied. */
const LIVER_DENIED = /\b(?:no|not|nil|without|denies|never had|never)\s(?:\w+\s)?$/i;
/** "LFTs were deranged last year but normal now", "previously raised ALT, now normal": past, normal now. */
const NORMAL_NOW =
  /\b(?:now|since|currently|latest|repeat|recent|today)\b[^.;\n]{0,30}\b(?:normal|normali[sz]ed|resolved|settled|fine)\b|\b(?:normal|normali[sz]ed|resolved|settled)\b(?: (?:now|since|on repeat|currently))/i;

/** The liver-test row, global, built once at load (the reader walks every place it reads). */
const LIVER_ROW_GLOBAL = new RegExp(LAB_FINDING_ROWS[1]!.re.source, 'gi');

/**
 * A liver test said abnormal now: each place the row reads, unless denied just before it or said with a current
 * normal result in the same sentence (a past abnormality, normal now). Example and counters:
 * test/language/lab-findings-negation.test.ts.
 */
export function liverTestsAbnormalNow(text: string): boolean {
  const re = LIVER_ROW_GLOBAL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (LIVER_DENIED.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const from = text.lastIndexOf('.', m.index) + 1;
    const next = text.slice(m.index).search(/[.;\n]/);
    const sentence = text.slice(from, next < 0 ? text.length : m.index + next);
    if (NORMAL_NOW.test(sentence)) continue;
    return true;
  }
  return false;
}
