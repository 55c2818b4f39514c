import { readdirSync, readFileSync } from 'node:fs';

/**
 * Case conversations as clinicians type them (no identifiers), shared by `npm run bench` (over HTTP) and
 * `npm run bench:core` (through the pure handleTurn): each narrative opens a case, four statements add to it,
 * `plan` shows it.
 */
export const NARRATIVES = [
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT",
  '62 yo F, low back pain 14 months. Tried ibuprofen 600 tid x 4 weeks, stopped for dyspepsia; acetaminophen 1 g tid prn no help. Denies saddle anaesthesia, bladder or bowel change, fever, weight loss. eGFR 72. What next?',
  'Dear Dr, Re: 71F with mechanical low back pain for 2 years. Paracetamol 1 g qds and naproxen 500 mg bd for 3 months with little benefit. No leg symptoms. No red flags. eGFR 48. Kind regards',
  '45F chronic back pain x 8 mo, duloxetine 60 mg daily for 6 weeks, pain 7/10 unchanged, ODI 44, did 8 weeks of PT, on sertraline 100 mg. Red flags negative. Tramadol next?',
  'ED handover: 66M, LBP 1 yr, d/c on naproxen 500 bid 6/52 no better, obs stable, no saddle anaesthesia, no retention, CKD 3a, on warfarin. Plan?',
  '54 yo M, chronic LBP 10 months with sciatica down the right leg, gabapentin 300 tid x 5 weeks partial relief, naproxen 500 bid x 8 weeks failed, PT done x 6 weeks. No red flags. MRI not done.',
];
export const CASE_FOLLOW_UPS = ['no leg symptoms', 'eGFR 65', 'did 6 weeks of PT, no help', 'ODI 40', 'plan'];
export const caseConversation = (narrative: string): string[] => [narrative, ...CASE_FOLLOW_UPS];

/**
 * Question-suite questions with a digit in them: dialogs/stateless-answers.ts never keeps those, so every turn runs
 * the routes (60 of them). `npm run bench` sends them in order in one conversation; `BENCH_VARIED=1 npm run
 * bench:answers` runs them through the pure handleTurn.
 */
export const VARIED: readonly string[] = readdirSync(new URL('../test/fixtures/questions/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap(
    (f) =>
      JSON.parse(readFileSync(new URL(`../test/fixtures/questions/${f}`, import.meta.url), 'utf8')) as { q: string }[],
  )
  .map((q) => q.q)
  .filter((q) => /\d/.test(q))
  .filter((_, i) => i % 4 === 0)
  .slice(0, 60);
