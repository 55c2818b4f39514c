import { evaluate, loadQuestions } from './eval/question-suite.js';

/** Prints the share of the question suite answered correctly, per fixture file, and every failure. */
const questions = loadQuestions();
const verdicts = questions.map((q, i) => evaluate(q, i));
const byFile = new Map<string, { ok: number; total: number }>();
for (const v of verdicts) {
  const row = byFile.get(v.question.file) ?? { ok: 0, total: 0 };
  row.total += 1;
  if (v.ok) row.ok += 1;
  byFile.set(v.question.file, row);
}
for (const [file, row] of byFile) console.log(`${file.padEnd(22)} ${row.ok}/${row.total}`);
for (const v of verdicts.filter((x) => !x.ok)) {
  console.log(
    `\nFAIL ${v.question.file}: ${v.question.q}\n  ${v.problems.join('; ')}\n  > ${v.text.replace(/\n+/g, ' | ').slice(0, 400)}`,
  );
}
const ok = verdicts.filter((v) => v.ok).length;
console.log(`\nAnswered correctly: ${ok}/${verdicts.length} (${((100 * ok) / verdicts.length).toFixed(1)} %)`);
process.exitCode = ok === verdicts.length ? 0 : 1;
