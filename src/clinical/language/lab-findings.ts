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
    re: /\b(?:lfts?|liver (?:function )?tests?|liver enzymes|transaminases|alt|ast)\b(?: (?:came back|are|is|were|was|now|have come back|results? (?:are|were)))?(?: (?:a bit|mildly|slightly|very|markedly|quite))? (?:deranged|abnormal|raised|elevated|high|up|off)\b|\b(?:deranged|abnormal|raised|elevated|high) (?:lfts?|liver (?:function )?tests?|liver enzymes|transaminases|alt|ast)\b/i,
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
  if (LAB_FINDING_ROWS[1]!.re.test(text)) out.liverTestsAbnormal = 'yes';
  return out;
}
