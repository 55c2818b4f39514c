/**
 * Scored routing for the quick answers (issue 14). Each candidate answer scores the turn's text in [0, 1] with a
 * reason; the best wins. Candidates whose best scores tie (within the margin) and give different answers are offered
 * as "did you mean" buttons; when nothing answers but the text names something the guideline knows, the topics it
 * names are offered instead; "not covered" is said only when the text names nothing the guideline knows.
 *
 * Pure and data-driven: the candidates' weights and the topic cues are rows with an example each
 * (test/answers/scored-routing.test.ts and did-you-mean.test.ts read every example). The signals (is it a calculator
 * command, which drugs, which guideline intents) are computed by the caller (answer-routes.ts) and read lazily, so a
 * turn pays only for the candidates that could still win.
 */
import { hasPatientEvidence } from '../../src/clinical/language/patient-evidence.js';

export type CandidateId =
  | 'help'
  | 'calculator'
  | 'sources'
  | 'harm'
  | 'red-flag'
  | 'claim'
  | 'drug'
  | 'intent'
  | 'uncovered'
  | 'search'
  | 'unknown-drug';

export interface CandidateWeight {
  id: CandidateId;
  /** The score when the candidate applies (a guideline intent scores its row's tier instead: guideline-intents.ts). */
  weight: number;
  reason: string;
  /** A text this candidate answers, and no other candidate scores as high. */
  example: string;
}

/** Highest first. The walk-through routes (commands, a pending answer, a narrative, an update) run before these. */
export const CANDIDATE_WEIGHTS: readonly CandidateWeight[] = [
  { id: 'help', weight: 1, reason: 'asks for help or says hello', example: 'help' },
  { id: 'calculator', weight: 1, reason: 'a calculator command with its numbers', example: 'MME oxycodone 5 q6h' },
  { id: 'sources', weight: 0.95, reason: 'asks what the answers are based on', example: 'what are your sources?' },
  {
    id: 'harm',
    weight: 0.93,
    reason: 'signs of harm with the drug named that causes them (serotonin toxicity): above the drug card',
    example: 'on duloxetine and tramadol, now sweating with clonus?',
  },
  {
    // A safety fact routes (reference section 6): "on long-term pred, fell last week - red flag?" is about the
    // fracture, not about prednisolone; the red-flag answer names the level and what to do.
    id: 'red-flag',
    weight: 0.92,
    reason:
      'names red-flag signs (clinical-reference.md section 6): their level of urgency comes before a drug or topic',
    example: 'hx of prostate ca, now night pain and weight loss - worry?',
  },
  {
    id: 'claim',
    weight: 0.91,
    reason: 'checks a claim the sources settle (true or false, is it OK not to): a verdict, then the topic',
    example: 'true or false: opioids are first line for chronic back pain',
  },
  {
    id: 'drug',
    weight: 0.9,
    reason: 'names a drug the catalogue knows (dose, check, interaction, avoid, not covered)',
    example: 'duloxetine dose?',
  },
  {
    id: 'intent',
    weight: 0.85,
    reason: 'a guideline topic rule matches (scores its tier, at most this)',
    example: 'what can a pain clinic offer?',
  },
  {
    id: 'uncovered',
    weight: 0.74,
    reason:
      'names a treatment the sources do not cover (spinal fusion, cannabis): said plainly, with the nearest covered topics; below a named guideline topic',
    example: 'spinal fusion for chronic back pain?',
  },
  {
    id: 'search',
    weight: 0.6,
    reason: 'every clinical term of the question is in a guideline entry',
    example: 'boxed warnings?',
  },
  {
    id: 'unknown-drug',
    weight: 0.6,
    reason: 'a dose asked for a drug-like word the catalogue does not know, and no guideline topic matches',
    example: 'topiramate dose',
  },
];

export const ROUTING = {
  /** Below this the best candidate does not answer: the topics named are offered, or "not covered". */
  answerMin: 0.55,
  /** Candidates this close to the best, with a different answer, are offered as "did you mean" buttons. */
  margin: 0.04,
  /** Buttons in one reply (Teams shows three). */
  maxButtons: 3,
} as const;

const weightOf = (id: CandidateId): number => CANDIDATE_WEIGHTS.find((w) => w.id === id)!.weight;
const reasonOf = (id: CandidateId): string => CANDIDATE_WEIGHTS.find((w) => w.id === id)!.reason;

/**
 * Words that look like a drug name the catalogue does not list: name endings (INN stems) and non-catalogue
 * products clinicians ask about. Read word by word (no pattern over the whole text).
 */
export interface DrugLikeRow {
  /** A word ending in one of these (and at least three letters longer) looks like a drug name. */
  endings?: readonly string[];
  /** Whole words. */
  words?: readonly string[];
  example: string;
}

export const DRUG_LIKE: readonly DrugLikeRow[] = [
  {
    endings: ['caine', 'amate', 'apine', 'dipine', 'azepine', 'zole', 'olol', 'sartan', 'statin', 'azepam', 'azolam'],
    example: 'lidocaine patch dose?',
  },
  {
    endings: ['profen', 'coxib', 'cillin', 'mycin', 'floxacin', 'prazole', 'tidine', 'triptan', 'gliptin', 'parin'],
    example: 'what dose of ketoprofen',
  },
  {
    endings: ['xaban', 'setron', 'lukast', 'barbital', 'oxetine', 'triptyline', 'pramine', 'abinol', 'phine', 'pril'],
    example: 'nalbuphine dosing?',
  },
  {
    // Other common medicines (antidiabetics, diuretics, antiemetics, thyroid, alpha-blockers, bisphosphonates).
    endings: ['formin', 'semide', 'thiazide', 'pramide', 'peridone', 'perazine', 'thyroxine', 'gliflozin', 'glutide'],
    example: 'metformin dose?',
  },
  {
    endings: ['dronate', 'purinol', 'zosin', 'sulosin', 'afil', 'vudine', 'navir'],
    example: 'alendronate dosing?',
  },
  {
    // Brands of common medicines outside the pathway (antiemetics, acid suppressants, statins, antihypertensives,
    // thyroid, diabetes): a pair with one of them is "not checked by this pathway" (unchecked-partner.ts).
    words: [
      'zofran',
      'reglan',
      'maxolon',
      'stemetil',
      'nexium',
      'prilosec',
      'losec',
      'protonix',
      'pepcid',
      'zantac',
      'lipitor',
      'zocor',
      'crestor',
      'pravachol',
      'norvasc',
      'zestril',
      'prinivil',
      'cozaar',
      'losartan',
      'diovan',
      'lasix',
      'synthroid',
      'eltroxin',
      'glucophage',
      'januvia',
      'jardiance',
      'ozempic',
      'insulin',
      'flomax',
      'fosamax',
    ],
    example: 'zofran dose?',
  },
  {
    words: [
      'vitamin',
      'vitamins',
      'supplement',
      'supplements',
      'cbd',
      'cannabis',
      'cannabidiol',
      'marijuana',
      'kratom',
      'ketamine',
      'magnesium',
      'turmeric',
      'glucosamine',
      'melatonin',
      'botox',
      'capsaicin',
    ],
    example: 'how much vitamin D for back pain',
  },
];

const WORD = /[a-z]+/g;

/** A word of the (short) text that looks like a drug name the catalogue does not know. */
export function drugLikeWord(lower: string): string | undefined {
  for (const m of lower.matchAll(WORD)) {
    const word = m[0].endsWith('s') && m[0].length > 4 ? m[0].slice(0, -1) : m[0];
    for (const row of DRUG_LIKE) {
      if (row.words?.includes(m[0]) || row.words?.includes(word)) return m[0];
      if (row.endings?.some((e) => word.length >= e.length + 3 && word.endsWith(e))) return m[0];
    }
  }
  return undefined;
}

/**
 * Words the guideline knows that no answer rule takes on their own: when nothing answers, the topics they point
 * to are offered as buttons (each value a canonical phrasing that reaches a full answer), never "not covered".
 * Drug classes, therapies, instruments and procedures are guideline intents (guideline-intents.ts) and answer.
 */
export interface TopicCue {
  name: string;
  pattern: RegExp;
  suggest: readonly string[];
  /** The reply's first line when this cue's buttons lead (else WEAK_LEAD). */
  lead?: string;
  example: string;
}

/** The first line of a "did you mean" reply: several answers fit, or the text names a topic without a question. */
export const CLOSE_LEAD = 'That could mean more than one part of the pathway. Did you mean:';
export const WEAK_LEAD = 'Which part of the pathway do you mean? For example:';

export const TOPIC_CUES: readonly TopicCue[] = [
  {
    name: 'dose without a drug',
    pattern: /\b(?:dose|doses|dosing|dosage|how much|titrat\w*)\b/,
    suggest: ['duloxetine dose?', 'naproxen dose?', 'tramadol dose?'],
    lead: 'Which drug? The pathway gives doses for duloxetine, NSAIDs, tramadol, and gabapentin or pregabalin for radicular pain. For example:',
    example: 'what is the usual dose?',
  },
  {
    name: 'medicines in general',
    pattern: /\b(?:meds?|medications?|medicines?|drugs?|painkillers?|pain killers?|analgesics?|tablets?|pills?)\b/,
    suggest: ['what next when initial medications fail?', 'duloxetine dose?', 'what are the pitfalls?'],
    example: 'which painkillers?',
  },
  {
    name: 'dependence and harm',
    pattern: /addict\w*|dependen\w*|overdos\w*|misuse|abuse|substance use|diversion/,
    suggest: ['opioids?', 'naloxone?', 'PDMP?'],
    example: 'addiction risk?',
  },
  {
    name: 'function and goals',
    // Not "sleep": "sleep hygiene?" is not covered (better sleep is only one example of a functional goal).
    pattern: /\bfunction\w*|return to work|daily activit\w*|\bgoals?\b/,
    suggest: ['functional goals?', 'what outcome measures should I track?', 'how often to follow up?'],
    example: 'what about function?',
  },
  {
    name: 'pain scores',
    pattern: /pain (?:scores?|scales?|ratings?)|\bnrs\b|\bvas\b|\b\d{1,2}\/10\b/,
    suggest: ['what is a meaningful change?', 'what outcome measures should I track?'],
    example: 'pain scores?',
  },
  {
    name: 'surgery',
    pattern:
      /\bsurg(?:ery|eries|ical|eon|eons)\b|\boperat(?:e|ion|ive)\b|\bspinal fusion\b|\bdiscectomy\b|\blaminectomy\b/,
    suggest: ['when to refer?', 'MRI?', 'epidural injections?'],
    example: 'surgery?',
  },
];

/**
 * Treatments clinicians ask about that neither the guideline nor the clinical reference covers. Named, they get an
 * honest "not covered" that says what was not covered, then the nearest topics the pathway does cover as buttons
 * (never an unrelated covered entry as if it answered). A guideline question naming one as context ("MRI before
 * spinal fusion?") still gets its answer: the candidate scores below a named guideline topic, above a broad word.
 */
export interface UncoveredTopic {
  name: string;
  pattern: RegExp;
  /** What the reply says is not covered ("spinal fusion or other spine surgery"). */
  topic: string;
  /** The nearest covered topics, as a sentence (from the sources) and as buttons (phrasings that reach an answer). */
  nearest: string;
  suggest: readonly string[];
  example: string;
}

/**
 * An injection or ablation neither source names: the guideline's interventional procedures are epidural steroid
 * injections, nerve blocks and spinal cord stimulation only, so the epidural answer must not stand in for it.
 */
function procedureRow(name: string, pattern: RegExp, topic: string, example: string): UncoveredTopic {
  return {
    name,
    pattern,
    topic,
    nearest:
      'The nearest it covers: referral to a pain specialist when interventional procedures are considered (epidural steroid injections, nerve blocks, spinal cord stimulation).',
    suggest: ['epidural injections?', 'when to refer?'],
    example,
  };
}

export const UNCOVERED_TOPICS: readonly UncoveredTopic[] = [
  {
    name: 'spine surgery',
    pattern:
      /\bspinal fusions?\b|\bfusion (?:surgery|operation)|\blumbar fusion|\b(?:micro)?discectom\w*|\blaminectom\w*|\bdisc replacement|\bdecompression (?:surgery|operation)|\b(?:back|spine|spinal|lumbar) (?:surgery|operation|surgeon)s?\b/,
    topic: 'spinal fusion or other spine surgery',
    nearest:
      'The nearest it covers: when to refer to a specialist, and MRI when the findings would change management (a candidate for injection or surgery).',
    suggest: ['when to refer?', 'MRI?'],
    example: 'spinal fusion for chronic back pain?',
  },
  {
    name: 'cannabis',
    pattern: /\bcannabi\w*|\bcbd\b|\bthc\b|marijuana|\bmarihuana\b/,
    topic: 'cannabis, cannabinoids or CBD',
    nearest:
      'The nearest it covers: the medicines to try when initial medications fail (duloxetine, NSAIDs, tramadol), and non-drug therapies.',
    suggest: ['what next when initial medications fail?', 'non-drug therapies?'],
    example: 'medical cannabis for back pain?',
  },
  {
    // "Low dose" in the name must not read as a dose question about a covered drug ("Which drug?").
    name: 'low-dose naltrexone',
    pattern: /naltrexone|\bldn\b/,
    topic: 'low-dose naltrexone',
    nearest:
      'The nearest it covers: the medicines to try when initial medications fail (duloxetine, NSAIDs, tramadol), and non-drug therapies.',
    suggest: ['what next when initial medications fail?', 'non-drug therapies?'],
    example: 'low dose naltrexone chronic LBP?',
  },
  {
    name: 'TENS',
    pattern: /\btens\b|transcutaneous (?:electrical )?nerve stim/,
    topic: 'TENS',
    nearest:
      'The nearest it covers: the non-drug therapies it grades (exercise, acupuncture, manipulation and others).',
    suggest: ['non-drug therapies?'],
    example: 'is TENS worth trying?',
  },
  {
    name: 'bracing',
    pattern: /\b(?:back |lumbar )?(?:braces?|bracing|corsets?|lumbar supports?)\b/,
    topic: 'back braces or lumbar supports',
    nearest:
      'The nearest it covers: the non-drug therapies it grades (exercise, acupuncture, manipulation and others).',
    suggest: ['non-drug therapies?', 'exercise?'],
    example: 'should she wear a lumbar brace?',
  },
  {
    name: 'topical anaesthetic or capsaicin',
    pattern: /\b(?:lidocaine|lignocaine|lidoderm|versatis|capsaicin|qutenza|zostrix)\b/,
    topic: 'lidocaine patches, capsaicin or other topical treatments',
    nearest:
      'The nearest it covers: the first-line medicines when initial medications fail (duloxetine or an NSAID), gabapentin or pregabalin for radicular pain, and non-drug therapies.',
    suggest: ['what next when initial medications fail?', 'non-drug therapies?'],
    example: 'lidocaine 5% patch for axial LBP?',
  },
  {
    name: 'bed rest',
    pattern: /\bbed ?rest\b|\brest(?:ing)? in bed\b/,
    topic: 'bed rest',
    nearest:
      'The nearest it covers: the non-drug therapies it grades (exercise first, with acupuncture, mindfulness and multidisciplinary rehabilitation) and functional goals such as increased activity.',
    suggest: ['non-drug therapies?', 'exercise?'],
    example: 'is bed rest ok for a flare?',
  },
  procedureRow(
    'trigger point injections',
    /\btrigger[- ]?points?\b|\btpis?\b/,
    'trigger point injections',
    'trigger point injections for back pain?',
  ),
  procedureRow(
    'botulinum toxin',
    /\bbotulinum\b|\bbotox\b/,
    'botulinum toxin or Botox injections',
    'botox injections into the paraspinal muscles?',
  ),
  procedureRow(
    'radiofrequency denervation',
    /\bradio-?frequency\b|\brfa\b|\brf (?:ablation|denervation|neurotomy|lesioning)|\brhizotomy\b|\b(?:medial branch |facet )?(?:denervation|neurotomy)\b/,
    'radiofrequency denervation or facet ablation',
    'radiofrequency denervation for facet pain?',
  ),
  procedureRow('ozone', /\bozone\b/, 'ozone injections', 'ozone injection for a disc?'),
  procedureRow(
    'prolotherapy',
    /\bprolotherapy\b|\bdextrose injections?|\bplatelet[- ]rich plasma\b|\bprp\b/,
    'prolotherapy or platelet-rich plasma injections',
    'prolotherapy any good?',
  ),
];

/** Two treatments set against each other: "fusion vs rehab", "compared with physio", "surgery or a programme, which". */
const COMPARISON =
  /\bvs\.?(?=\s)|\bversus\b|\bcompared (?:to|with)\b|\bcomparison\b|\b(?:better|worse) than\b|\bagainst\b/;

/** The first uncovered treatment the text names. */
export function uncoveredTopic(lower: string): UncoveredTopic | undefined {
  return UNCOVERED_TOPICS.find((t) => t.pattern.test(lower));
}

/** What the caller reads from the turn, each only when asked (the lazy signals keep a turn cheap). */
export interface RouteSignals {
  /** The text, as read (pasted EHR sigs shortened), is short enough to be a quick question (answer-routes.ts). */
  short: boolean;
  lower: string;
  /** Question-shaped as read: a spoken "question mark" counts. */
  isQuestion: boolean;
  help(): boolean;
  /** A calculator command in the read text (spoken "M M E ..." included). */
  calculator(): boolean;
  /** Not short, but a pasted medication list closed by a totals question ("... total MME and acetaminophen?"). */
  listedTotals(): boolean;
  sources(): boolean;
  /** A claim-checking question whose claim a verdict row recognises (claim-verdicts.ts). */
  claim(): boolean;
  /** A drug the catalogue knows, named in a question the drug answer takes (not one it leaves to the guideline). */
  drug(): boolean;
  /** Signs of harm said with the drug that causes them (red-flag-answer.ts harmMessage). */
  harm(): boolean;
  /** Red-flag signs named, as the case reader reads them ("numb groin", "IVDU, febrile"; not "no red flags"). */
  redFlagSigns(): boolean;
  /** Drug names found (also those the drug answer leaves to the guideline): each offered as "<name> dose?". */
  drugNames(): readonly string[];
  /**
   * A walk-through case is open and the text asks a dose naming no drug: the case's label and its candidate drugs
   * (case-pronoun.ts caseDoseDrugs), offered as "<drug> dose?" in place of the general examples.
   */
  caseDoses?(): { label: string; drugs: readonly string[] } | undefined;
  /** Guideline intents that match, best first, with the canonical phrasing of each. */
  intents(): readonly { name: string; score: number; example: string; title: string }[];
  /** Guideline entries full-text retrieval finds (ids, best first). */
  search(): readonly string[];
  /** A dose is asked for (dose, how much, max, titrate, starting). */
  asksDose(): boolean;
}

export interface Scored {
  candidate: CandidateId;
  score: number;
  reason: string;
  /** What answers: `intent:<name>` for a guideline intent, else the candidate. */
  answer: string;
  /** The canonical phrasing that reaches this answer alone (offered as a button). */
  canonical?: string;
  title?: string;
}

/** Every candidate that applies, best first (a tie keeps CANDIDATE_WEIGHTS order). Reads only what can still win. */
export function scoreCandidates(s: RouteSignals): Scored[] {
  const out: Scored[] = [];
  const one = (candidate: CandidateId, reason = reasonOf(candidate)): Scored => ({
    candidate,
    score: weightOf(candidate),
    reason,
    answer: candidate,
  });
  if (s.help()) out.push(one('help'));
  if (!s.short) {
    // a pasted medication list closed by a totals question: the calculators read it whole
    if (s.listedTotals() && s.calculator()) out.push(one('calculator'));
    return out;
  }
  if (s.calculator()) out.push(one('calculator'));
  if (s.sources()) out.push(one('sources'));
  if (s.harm()) out.push(one('harm'));
  if (s.claim()) out.push(one('claim'));
  const best = () => out.reduce((m, c) => Math.max(m, c.score), 0);
  // read for case facts only when it could still win (a calculator command never is)
  if (best() < weightOf('red-flag') && s.redFlagSigns()) out.push(one('red-flag'));
  if (s.drug()) out.push(one('drug'));
  // Intents, retrieval and the unknown-drug check are read only while they could still win or tie.
  // An uncovered treatment compared with a covered one ("fusion vs a rehab programme") is a question about the
  // uncovered one: answering the covered side alone would read as the comparison's answer. It leads, with the
  // nearest covered topics offered; otherwise a named guideline topic stays ahead of it.
  const compared = COMPARISON.test(s.lower);
  if ((compared || best() < weightOf('uncovered') + ROUTING.margin) && uncoveredTopic(s.lower))
    out.push({
      ...one('uncovered'),
      ...(compared ? { score: weightOf('intent') + ROUTING.margin } : {}),
      reason: `${reasonOf('uncovered')} (${uncoveredTopic(s.lower)!.name})`,
    });
  if (best() < weightOf('intent') + ROUTING.margin) {
    for (const i of s.intents())
      out.push({
        candidate: 'intent',
        score: Math.min(i.score, weightOf('intent')),
        reason: `guideline topic "${i.name}"`,
        answer: `intent:${i.name}`,
        canonical: i.example,
        title: i.title,
      });
  }
  // A dose asked with no drug named: retrieval would match any entry that mentions a dose; ask which drug instead.
  const doseWithoutDrug = s.asksDose() && s.drugNames().length === 0;
  if (best() < weightOf('search') + ROUTING.margin && !doseWithoutDrug && s.search().length)
    out.push({ ...one('search', `${reasonOf('search')}: ${s.search().join(', ')}`), answer: 'search' });
  if (!out.some((c) => c.candidate !== 'help') && s.asksDose()) {
    const word = drugLikeWord(s.lower);
    if (word) out.push(one('unknown-drug', `${reasonOf('unknown-drug')} ("${word}")`));
  }
  return out.sort((a, b) => b.score - a.score);
}

export interface Button {
  title: string;
  value: string;
}

export type Decision =
  | { kind: 'answer'; best: Scored }
  | { kind: 'did-you-mean'; buttons: Button[]; lead: string; reason: string }
  | { kind: 'not-covered' }
  | { kind: 'fallback' };

const button = (value: string): Button => ({ title: value.charAt(0).toUpperCase() + value.slice(1), value });

/** The topics the text names that the guideline knows, as buttons (the drugs named, then the cues' topics). */
export function topicButtons(s: RouteSignals): { buttons: Button[]; lead: string } {
  const cues = TOPIC_CUES.filter((c) => c.pattern.test(s.lower));
  const drugs = s.drugNames().map((name) => `${name} dose?`);
  const cased = !drugs.length && cues[0] === TOPIC_CUES[0] ? s.caseDoses?.() : undefined;
  if (cased?.drugs.length)
    return {
      buttons: cased.drugs.slice(0, ROUTING.maxButtons).map((name) => button(`${name} dose?`)),
      lead: `Which drug for case ${cased.label}? Its candidates, with its facts as they stand now:`,
    };
  const values = [...drugs, ...cues.flatMap((c) => c.suggest)];
  const lead = (!drugs.length && cues[0]?.lead) || WEAK_LEAD;
  return { buttons: [...new Set(values)].slice(0, ROUTING.maxButtons).map(button), lead };
}

/** What to reply: the best answer, "did you mean" buttons, an honest "not covered", or the general help. */
export function decide(s: RouteSignals): Decision {
  const scored = scoreCandidates(s);
  const best = scored[0];
  if (best && best.score >= ROUTING.answerMin) {
    const close = scored.filter((c) => best.score - c.score < ROUTING.margin && c.canonical !== undefined);
    const answers = new Set(close.map((c) => c.answer));
    if (answers.size > 1 && close[0] === best)
      return {
        kind: 'did-you-mean',
        buttons: close.slice(0, ROUTING.maxButtons).map((c) => button(c.canonical!)),
        lead: CLOSE_LEAD,
        reason: `close: ${close.map((c) => `${c.answer} ${c.score}`).join(', ')}`,
      };
    return { kind: 'answer', best };
  }
  if (!s.short) return { kind: 'fallback' };
  const { buttons, lead } = topicButtons(s);
  if (buttons.length) return { kind: 'did-you-mean', buttons, lead, reason: 'weak: names a topic the guideline knows' };
  return s.isQuestion ? { kind: 'not-covered' } : { kind: 'fallback' };
}

/** A question that also describes a patient ("58F failed naproxen, what next?"): offer to start a case from it. */
export function offersCase(text: string, isQuestion: boolean): boolean {
  return isQuestion && hasPatientEvidence(text);
}
