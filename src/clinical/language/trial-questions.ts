/**
 * Questions that ask what counts as an adequate trial or a treatment failure, in the wordings clinicians use ("how
 * many weeks before I can say duloxetine didn't work?", "define treatment failure for step 1", "when can I call the
 * NSAID a flop", "tramadol prn once or twice a week, does that count as tried?"). They are answered with the
 * reference's reading of an adequate trial (the guideline's adequate dose for at least 4 weeks), not the escalation
 * steps. Each row has an example it must read and a counter-example it must not (test/language/trial-questions.test.ts);
 * every piece is a bounded word run or a fixed word (linear), built once at module load.
 */
export const TRIAL_QUESTION_ROWS: readonly { re: string; example: string; counter: string }[] = [
  {
    // a wait asked before a failure is said: "how many weeks before I can say it didn't work", "how much week before"
    re: String.raw`\bhow (?:many|much|long)(?: (?!before\b|until\b|till\b|til\b)\w+){0,3} (?:before|until|till|til) (?:i|we|you|one) (?:can |could |may |should |will |would |get to )?(?:say|call|declare|deem|label|decide|know|consider|conclude|judge|write)\b`,
    example: "how many weeks before I can say duloxetine didn't work?",
    counter: 'how many weeks before I see the patient again?',
  },
  {
    // "how long do I give each drug before calling it", "how long should I trial duloxetine before moving on"
    re: String.raw`\bhow long (?:do|should|shld|shd|must|would|can) (?:i|we|you) (?:give|trial|try|leave|keep)(?: (?!before\b)\w+){0,4} before\b`,
    example: 'how long should I trial duloxetine before moving on',
    counter: 'how long do I give duloxetine each morning?',
  },
  {
    // a failure defined: "define treatment failure", "what is NSAID failure", "definition of failed therapy"
    re: String.raw`\b(?:define|definition of|what (?:is|counts as|defines|constitutes)|what does)(?: an?| the)? (?:treatment |therapy |drug |medication |step \d |nsaid |duloxetine |tramadol )?(?:failure|failed (?:trial|therapy|treatment))\b`,
    example: 'define treatment failure for step 1',
    counter: 'what is the next step after treatment failure?',
  },
  {
    // "when can I call the NSAID a flop", "call it a failure", "call duloxetine a fail"
    re: String.raw`\b(?:call|declare|deem|label|write off)(?: (?:it|this|that|them|the|a|an|her|his|their))?(?: \w+)? (?:a |an )?(?:flop|failure|fail|dud|bust|write-?off|non-?responder)\b`,
    example: 'when can I call the NSAID a flop',
    counter: 'call the patient in 2 weeks',
  },
  {
    // a use asked as a trial: "does that count as tried?", "is that a proper trial?", "fair trial of naproxen?"
    re: String.raw`\b(?:count(?:s|ed)? as (?:having )?(?:been )?(?:tried|trialled|trialed|a try)|(?:a |an )?(?:proper|fair|real|full|sufficient|enough of a) (?:trial|try|go)\b)`,
    example: 'tramadol prn once or twice a week, does that count as tried?',
    counter: 'she tried tramadol once, then stopped: next step?',
  },
  {
    // "zero change, can we call it?": a trial called off (not "call it in to the pharmacy")
    re: String.raw`\b(?:can|could|shall|should|do) (?:i|we|you) call it(?: quits)?(?! (?:in|on|at|back|to|through|up|for)\b)(?: (?:now|yet|today))?\s?(?:\?|$)`,
    example: "he's been on cymbalta 60 for like 5 wks, zero change, can we call it?",
    counter: 'can we call it in to the pharmacy?',
  },
  {
    // a trial's verdict asked by its name: "is that a failed NSAID trial?", "was it an adequate trial of duloxetine?"
    re: String.raw`\b(?:is|was|does|would) (?:that|this|it) (?:count as |be )?(?:an? )?(?:failed|adequate|proper|fair|full|real) (?:\w+ )?(?:trial|try|course)\b`,
    example: 'is that a failed NSAID trial?',
    counter: 'is that a good NSAID to try?',
  },
];

/** One pattern of every row (the adequate-trial question row's extra wordings, guideline-intents.ts). */
export const TRIAL_QUESTION = new RegExp(TRIAL_QUESTION_ROWS.map((r) => `(?:${r.re})`).join('|'));

/**
 * Occasional use said of a drug: "prn", "as needed", "once or twice a week", "now and then". Occasional use is not an
 * adequate trial (the reading needs the adequate dose taken, for at least 4 weeks).
 */
export const OCCASIONAL_USE =
  /\b(?:prn|as (?:needed|required)|when (?:needed|required)|on demand|occasional(?:ly)?|now and (?:then|again)|here and there|(?:once|twice|one|two|1|2)(?: (?:or|to|-) (?:twice|two|three|2|3))?(?: times)? (?:a|per|\/) ?(?:week|wk|month)|sporadic(?:ally)?)\b/;

/** A trial's outcome said plainly ("no change", "nil effect", "useless", "didn't help", "not tolerated"). */
export const TRIAL_OUTCOME_SAID =
  /\b(?:no (?:change|help|benefit|better|relief|effect|improvement|difference)|(?:nil|zero) (?:change|benefit|effect|relief|improvement|difference)|not (?:helping|helped|working|tolerated)|did ?n[o']?t (?:help|work)|useless|ineffective|didn'?t tolerate|couldn'?t tolerate)\b/;
