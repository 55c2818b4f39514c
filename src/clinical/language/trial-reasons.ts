/**
 * Why a drug was stopped, or kept, beside a side effect: the reading of a trial that the bare outcome words get
 * wrong. A side effect that stopped the drug is "not tolerated" (a failed option: the pathway steps to the next one)
 * in a letter's words too ("discontinued owing to nausea"); a side effect the patient carries on through is no stop
 * ("bit of nausea but carrying on": still taken, judged on its effect); a stop because it worked is a response; a stop
 * with the side effects denied ("stopped after 10 days, no side effects") is only a stop, judged by its length and
 * dose; a drug taken on some days only ("3 days out of 7", "misses doses") is no adequate trial. Each row reads its example and not its counter-example (test/language/trial-reasons.test.ts).
 */
export type TrialReason = 'worked' | 'continuing' | 'stopped-for' | 'irregular' | 'other-cause';

export interface TrialReasonRow {
  name: string;
  reason: TrialReason;
  re: RegExp;
  example: string;
  counter: string;
  /** What the phrase leaves in the clause when taken out (withoutOtherCauses): by default nothing. */
  keep?: string;
}

export const TRIAL_REASON_ROWS: readonly TrialReasonRow[] = [
  {
    name: 'stopped because it worked',
    reason: 'worked',
    re: /\b(?:because|as|since|once) (?:it (?:had )?(?:worked|helped|did the trick)|(?:the |her |his |their )?(?:pain|back(?: pain)?|symptoms?) (?:had )?(?:settled|resolved|gone|went away|improved|cleared|(?:was|were|had) (?:gone|better|settled|resolved)))\b|\b(?:no longer|not) need(?:ed|s)? it\b|\bdid(?:n'?t| not) need it any ?more\b/,
    example: 'duloxetine stopped because it worked',
    counter: 'duloxetine stopped because it made her sick',
  },
  {
    name: 'side effect carried through',
    reason: 'continuing',
    re: /\b(?:(?:but|yet|though|although) (?:(?:she|he|they|pt|patient)(?: is| are|'s|'re)? )?(?:carrying on|carries on|continuing|continues|persevering|perseveres|persisting with it|sticking with it|sticks with it|keeping going|putting up with it|puts up with it|still (?:on it|taking (?:it|them)))|and (?:(?:she|he|they|pt|patient)(?: is| are|'s|'re)? )?(?:carrying on|persevering|sticking with it|still (?:on it|taking (?:it|them)))|wants to (?:continue|carry on|keep going)(?: (?:it|with it))?)\b/,
    example: 'bit of nausea but carrying on',
    counter: 'nausea so stopped',
  },
  {
    name: 'side effect that settled on the drug',
    reason: 'continuing',
    re: /\b(?:but|which|that|then) (?:it |they |this |that |these |those |the (?:nausea|dizziness|drowsiness|side effects?) )?(?:had |has |have )?(?:settled|resolved|wore off|worn off|passed|went away|gone away|eased|subsided|improved)(?: (?:down|off|quickly|soon|within (?:a|the first|\d{1,2}) (?:few )?(?:days?|weeks?|wks?)))?,? (?:and|so) (?:(?:she|he|they|pt|patient) )?(?:carried on|kept (?:going|taking it|on with it|on)|continued|stayed on (?:it|them))\b/,
    example: 'nausea at first but it settled and she carried on',
    counter: 'nausea at first and it did not settle, so stopped',
  },
  {
    name: 'stopped for a reason',
    reason: 'stopped-for',
    re: /\b(?:stopped|stop|stopping|discontinued|discontinue|ceased|cease|d\/c'?d|came off|come off|taken off|withdrawn|halted)(?: (?:it|them|this|that))? (?:owing to|on account of|secondary to|following|in view of|because (?:she|he|they) (?:developed|got|had)|as (?:she|he|they|it) (?:developed|got|had|caused|gave)|after (?:she|he|they) (?:developed|got)|after developing)\b/,
    example: 'duloxetine was discontinued owing to palpitations',
    counter: 'duloxetine was discontinued after 6 weeks',
  },
  {
    name: 'taken on some days only',
    reason: 'irregular',
    re: /\b(?:[1-6]|one|two|three|four|five|six) (?:days?|d) (?:out of|in|of|a|per) (?:7|seven|(?:the |a )?(?:week|wk))\b|\b(?:takes?|taking|took|uses?|using)(?: (?:it|them))? (?:on and off|intermittently|sporadically|irregularly|erratically|(?:every )?now and (?:then|again)|some days|(?:only )?when (?:she|he|they) remembers?)\b|\b(?:misses|missing|missed|skips|skipping|skipped|forgets|forgetting|forgot) (?:(?:a lot of|lots of|many|most|half|some|several) (?:of )?(?:the |her |his |their )?)?(?:doses|tablets|tabs|days)\b|\b(?:poor|partial|patchy|erratic|variable|inconsistent|intermittent|questionable) (?:adherence|compliance)\b|\bnot (?:taking|took|taken) (?:it |them )?(?:regularly|consistently|every day|daily)\b/,
    example: 'duloxetine 60 od, takes it 3 days out of 7',
    counter: 'duloxetine 60 od, takes it every day',
  },
  {
    name: 'stopped for a cause that is no side effect',
    reason: 'other-cause',
    re: /\b(?:(?:because of|due to|d\/t|owing to|over|on account of|in view of) (?:the )?(?:cost|price|expense|money|insurance|funding|coverage|supply|shortage)|for (?:cost|financial|money|insurance|funding|supply) reasons|(?:too expensive|(?:could|can)(?:n'?t| not) afford(?: it| them)?|not (?:covered|funded)(?: by (?:insurance|her insurance|his insurance|the plan|medicare|the pbs))?|(?:ran|run|running) out(?: of (?:it|them|tablets|tabs|pills|supply|the script|her script|his script))?|out of stock|supply (?:problems?|issues?|shortage)))\b|not (?:because of|due to|d\/t|for|owing to) (?:any )?(?:side[- ]effects?|adverse effects?|intolerance|tolerability)\b|\b(?:side[- ]effects?|intolerance|tolerability) (?:was|were)(?: not|n'?t) (?:the|an?) (?:reason|issue|problem)\b/,
    example: 'duloxetine stopped because of cost',
    counter: 'duloxetine stopped because of nausea',
  },
  {
    name: 'stopped by another clinician',
    reason: 'other-cause',
    re: /\b(?:stopped|ceased|discontinued|d\/c'?d|taken off) by (?:the |her |his |their |a )?(?:cardiolog(?:y|ist)|cardiac team|renal team|nephrolog(?:y|ist)|gp|psychiatr(?:y|ist)|rheumatolog(?:y|ist)|surg(?:eon|ery|ical team)|anaesthet(?:ist|ics)|anesthesi(?:a|ologist)|hospital|the team|specialist|consultant|neurolog(?:y|ist)|gastro(?:enterology|enterologist)?|pharmacist|(?:her|his|their|another) (?:doctor|physician|prescriber))\b/,
    example: 'duloxetine stopped by cardiology',
    counter: 'duloxetine stopped by her because of nausea',
    // "stopped by the GP due to suicidal thoughts": who stopped it is no cause, but the reason said after it still is
    keep: 'stopped',
  },
];

const BY_REASON = (reason: TrialReason): readonly RegExp[] =>
  TRIAL_REASON_ROWS.filter((r) => r.reason === reason).map((r) => r.re);
const WORKED = BY_REASON('worked');
const CONTINUING = BY_REASON('continuing');
const STOPPED_FOR = BY_REASON('stopped-for');
const IRREGULAR = BY_REASON('irregular');
const OTHER_CAUSES = TRIAL_REASON_ROWS.filter((r) => r.reason === 'other-cause').map(
  (r) => [new RegExp(r.re.source, 'g'), r.keep ?? ' '] as const,
);

/**
 * The clause without its stop causes that are no side effect ("stopped by cardiology", "because of cost", "ran out",
 * "not because of side effects"): null when it says none. What is left still reads a side effect said with them
 * ("stopped by cardiology due to palpitations" stays not tolerated: "stopped due to palpitations").
 */
export function withoutOtherCauses(text: string): string | null {
  let out = text;
  for (const [re, keep] of OTHER_CAUSES) out = out.replace(re, keep);
  return out === text ? null : out;
}

/** The clause says the drug was stopped because it worked. */
export const stoppedAsItWorked = (text: string): boolean => WORKED.some((re) => re.test(text));
/**
 * Serious events and lab findings on a drug (clinical-reference.md section 2: duloxetine's hyponatraemia risk in older
 * adults, its suicidality warning; NSAIDs' GI bleeding; serotonin syndrome; a gabapentinoid's falls): never a side
 * effect to carry on through. Each row reads its example and not its counter-example (trial-reasons.test.ts).
 */
export const SERIOUS_EVENT_ROWS: readonly { name: string; re: RegExp; example: string; counter: string }[] = [
  {
    name: 'hyponatraemia',
    re: /\b(?:hyponatr(?:a)?emi[ac]|(?:low|dropped|falling) (?:sodium|na)\b|(?:sodium|na\+?) (?:of |was |is |down to |dropped to |fell to )?1[0-2]\d\b)/,
    example: 'Na 126 on it',
    counter: 'Na 139, normal',
  },
  {
    name: 'bleeding',
    re: /\b(?:(?:gi|upper gi|gastrointestinal|rectal|stomach) (?:bleed|bleeding|haemorrhage|hemorrhage)|bleed(?:ing)?|haematemesis|hematemesis|mela?ena|malaena|coffee[- ]ground vomit|black (?:stools?|tarry stools?))\b/,
    example: 'a small GI bleed',
    counter: 'some indigestion',
  },
  {
    name: 'suicidal thoughts',
    re: /\b(?:suicidal|suicidality|self[- ]harm(?:ing)?|thoughts of (?:suicide|self[- ]harm|ending (?:it|her life|his life|their life)))\b/,
    example: 'new suicidal thoughts',
    counter: 'low mood, no change',
  },
  {
    name: 'serotonin signs',
    re: /\b(?:serotonin(?:ergic)? (?:syndrome|toxicity|signs|symptoms)|clonus|hyperreflexia)\b/,
    example: 'possible serotonin syndrome',
    counter: 'serotonin and noradrenaline reuptake inhibitor',
  },
  {
    name: 'falls',
    re: /\b(?:falls?|fell|falling)\b(?! asleep)/,
    example: 'two falls since starting',
    counter: 'falls asleep at work',
  },
  { name: 'seizure', re: /\b(?:seizures?|convulsions?)\b/, example: 'had a seizure', counter: 'sleeps badly' },
];

const SERIOUS = SERIOUS_EVENT_ROWS.map((r) => r.re);

/** The clause names a serious event or lab finding on the drug (hyponatraemia, a bleed, suicidal thoughts, a fall). */
export const seriousEvent = (text: string): boolean => SERIOUS.some((re) => re.test(text));

const CONTINUING_ALL = CONTINUING.map((re) => new RegExp(re.source, 'g'));
/** The clause without its carried-through words ("... but that wore off and he kept going" says no loss of effect). */
export const withoutCarried = (text: string): string => CONTINUING_ALL.reduce((t, re) => t.replace(re, ' '), text);

/** The clause says a side effect the patient carries on through (never a serious event: seriousEvent). */
export const carriedThrough = (text: string): boolean => CONTINUING.some((re) => re.test(text));
/** The clause says a stop for a reason in a letter's words ("discontinued owing to ..."). */
export const stoppedForAReason = (text: string): boolean => STOPPED_FOR.some((re) => re.test(text));
/**
 * What the adherence phrase is about, when it says: "poor adherence to the home exercise programme", "misses doses
 * of her BP tablets" are about something else; "misses doses of it", "poor adherence to the medication" are the drug's.
 */
const OTHER_OBJECT =
  /^\s(?:to|with|of|for) (?!(?:it|them|this|that|these|those|the (?:drug|medication|medicine|tablets?|capsules?|doses?))\b)\S/;

/** The clause says the drug is taken on some days only (partial adherence): no adequate trial. */
export const takenIrregularly = (text: string): boolean =>
  IRREGULAR.some((re) => {
    const m = re.exec(text);
    return m !== null && !OTHER_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
  });
