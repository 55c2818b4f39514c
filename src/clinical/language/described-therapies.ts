/**
 * Non-drug therapies and drugs to avoid described without their names (what the patient does, where it happens, the
 * route a drug is given by): "tensing and releasing muscle groups" is progressive relaxation, "exercises in a warm pool"
 * is exercise therapy, "an IM steroid jab in the buttock" is a systemic corticosteroid. Each row names the knowledge
 * entry (the guideline row, with its evidence grade and citation) the description reaches; the quick answers add a
 * row's phrases to the intent row that answers that entry (dialogs/answers/guideline-intents.ts).
 *
 * Every example is sent through the turn core by test/answers/described-therapies.test.ts, and every non-drug therapy
 * and drug-to-avoid entry of the guideline must be reached by at least two examples. Phrases are lower case, fixed
 * words with bounded gaps: linear (test/security/regex-linear.test.ts).
 */
export interface DescribedTherapyRow {
  /** The knowledge entry the description reaches (guideline non-drug row or drug-to-avoid row). */
  entry: string;
  /** What the clinician describes. */
  phrases: RegExp;
  /** Indirect wordings that must reach the entry's answer (no name of the therapy or drug in them). */
  examples: readonly string[];
  /** Where the reading comes from. */
  source: string;
}

/** A steroid said to go into a muscle (the route makes it systemic): "IM", "depot", "into the buttock". */
const INTO_MUSCLE = String.raw`(?:buttocks?|bum|glutes?|gluteal|backside|bottom|thigh|deltoid|upper arm|arm muscle|muscle)`;
const STEROID_WORD = String.raw`(?:steroids?|cortisone|corticosteroids?|kenalog|triamcinolone|depo-?medrone?)`;

export const DESCRIBED_THERAPIES: readonly DescribedTherapyRow[] = [
  {
    entry: 'nondrug.progressive-relaxation',
    phrases:
      /\b(?:tens|tighten|clench|squeez)\w*(?:\/| (?:\w+ ){0,3}(?:and|then) (?:then )?)(?:relax|releas|lets? go|letting go|loosen)\w*|\bmuscle groups? (?:one (?:at a time|by one|after another)|in turn)/,
    examples: [
      'she does the tensing and releasing muscle groups thing, is that evidence based?',
      'pt tightens each muscle then relaxes it at bedtime, any good for CLBP?',
      'working through the muscle groups one at a time to unwind, worth suggesting',
    ],
    source: 'guideline L25: progressive relaxation techniques (low-quality evidence)',
  },
  {
    entry: 'nondrug.exercise',
    phrases:
      /\b(?:exercis\w*|classes?|sessions?|aerobics|walking|jogging|workouts?) in (?:a |the )?(?:warm |heated |hydrotherapy |swimming )?(?:pool|water)\b|\baqua ?(?:aerobics|fit\w*|jogging)\b|\bwater[- ](?:aerobics|exercises?|based exercises?|workouts?)\b|\b(?:warm|heated|hydrotherapy) pool\b|\bpool[- ](?:exercises?|class\w*|sessions?|therapy)\b/,
    examples: [
      'what about hydrotherapy in a warm pool?',
      'aqua aerobics at the leisure centre for his back - worth it?',
      'exercises in a heated pool twice a week, does the guideline support that',
    ],
    source:
      'guideline L15: exercise therapy (moderate-quality evidence); the case reader reads hydrotherapy and pool therapy as exercise (therapies.ts)',
  },
  {
    entry: 'nondrug.multidisciplinary-rehab',
    phrases:
      /\bteam[- ]based (?:rehab\w*|program\w*|care|approach|back)|\bfunctional restoration\b|\bphysio\w*,? (?:a )?psycholog\w*,? and (?:an? )?(?:ot|occupational)\b|\b(?:physio|physical therap\w*) (?:and|plus|with) (?:a )?psycholog\w* (?:together|in one|combined|under one)/,
    examples: [
      'team-based back programme for her, is that evidence based?',
      'physio, psychologist and OT all in one programme: is it worth it?',
    ],
    source: 'guideline L16: multidisciplinary rehabilitation (moderate-quality evidence)',
  },
  {
    entry: 'nondrug.acupuncture',
    phrases:
      /\b(?:fine |thin |chinese )needles?\b|\bneedles? (?:put |placed |stuck )?(?:in|into) (?:her |his |their |the )?(?:back|skin)|\bchinese needl\w*/,
    examples: [
      'would the Chinese needle treatment help her back?',
      'she wants fine needles put into her back by a practitioner - evidence?',
    ],
    source: 'guideline L17: acupuncture for patients open to it (moderate-quality evidence)',
  },
  {
    entry: 'nondrug.mbsr',
    phrases:
      /\bbody scan\b|\bpresent[- ]moment\b|\b(?:8|eight)[- ]week (?:stress|awareness|meditation) (?:course|program\w*|class\w*)|\bbreath(?:ing)? awareness\b|\bstress reduction (?:course|program\w*|class\w*)/,
    examples: [
      'an 8-week stress course focusing on the present moment, evidence for back pain?',
      'body scan and breath awareness sessions - any good?',
    ],
    source: 'guideline L18: mindfulness-based stress reduction (moderate-quality evidence)',
  },
  {
    entry: 'nondrug.tai-chi-yoga',
    phrases: /\bslow[- ]flowing (?:movements?|exercises?|martial)|\bsun salutations?\b|\bdownward dog\b/,
    examples: [
      'slow flowing movements class for her back?',
      'that slow Chinese movement exercise in the park, any evidence?',
      'she does sun salutations and downward dog every morning - helpful?',
    ],
    source: 'guideline L21: tai chi or yoga (low-quality evidence)',
  },
  {
    entry: 'nondrug.cbt',
    phrases:
      /\btalking (?:therapy|therapies|treatment)\b|\b(?:chang|challeng|refram)\w* (?:how (?:she|he|they) (?:thinks?|sees?|views?)|(?:her |his |their |the )?(?:unhelpful |negative )?(?:thoughts|beliefs|thinking))/,
    examples: [
      'talking therapy to change how she thinks about the pain, any evidence?',
      'sessions reframing his unhelpful thoughts about his back, worth suggesting?',
    ],
    source: 'guideline L22: CBT targeting pain beliefs and catastrophizing (low-quality evidence)',
  },
  {
    // Fear-avoidance and catastrophising described in the patient's terms: afraid to move or bend, sure the spine is
    // crumbling or damaged. A belief word is needed for the damage ("she thinks her spine is crumbling"), or the fear
    // of moving: "his spine is crumbling" alone could be a fracture history (the red-flag screen reads that).
    entry: 'nondrug.cbt',
    phrases:
      /\b(?:terrified|scared|afraid|frightened|petrified|fearful|too worried|anxious) (?:to|of) (?:bend\w*|mov\w*|lift\w*|exercis\w*|walk\w*|do anything|twist\w*|(?:hurt|damag|harm|injur)\w* (?:it|her back|his back|their back|her spine|his spine|the back|herself|himself))\b|\b(?:fear|avoid\w*) (?:of )?(?:movement|moving|bending|activity)\b|\b(?:thinks?|believes?|convinced|sure|certain|worried|worries|fears?|told) (?:that )?(?:her |his |their |the )?(?:spine|back|discs?) (?:is |are )?(?:crumbling|falling apart|wearing out|worn out|disintegrating|broken|ruined|damaged)\b/,
    examples: [
      "her spine is crumbling and she's terrified to bend - what helps?",
      'he is convinced his back is falling apart and avoids bending, any therapy for that?',
      'pt scared of moving in case she damages her spine further - what does the guideline suggest?',
      "ppl like him who're too worried to lift anything, what's recommended",
    ],
    source:
      'guideline L22 and L55: CBT targeting pain beliefs and catastrophizing; psychosocial factors (fear of movement, catastrophising)',
  },
  {
    entry: 'nondrug.spinal-manipulation',
    phrases:
      /\b(?:crack|click|adjust|realign|pop)\w* (?:her |his |their |the |my )?(?:back|spine)\b|\b(?:back|spine) (?:cracked|clicked|adjusted|realigned|popped|cracking|adjustments?)\b|\bhigh[- ]velocity thrust/,
    examples: [
      'she goes to someone who cracks her back every fortnight, is that ok?',
      'getting his spine adjusted and realigned - evidence?',
    ],
    source: 'guideline L23: spinal manipulation (low-quality evidence)',
  },
  {
    entry: 'nondrug.massage',
    phrases:
      /\bdeep[- ]tissue\b|\b(?:rub|rubbing|kneading|knead) (?:\w+ ){0,2}(?:muscles|back)\b|\bsoft[- ]tissue (?:work|therapy|treatment)\b|\bsports rub\b/,
    examples: [
      'deep tissue work on her back muscles weekly, any benefit?',
      'having someone rub the sore muscles in his back, worth it?',
    ],
    source: 'guideline L24: massage therapy (low-quality evidence)',
  },
  {
    entry: 'avoid.benzodiazepines',
    phrases:
      /\btranquilli?[sz]ers?\b|\b(?:something|a tablet|a pill|pills|tablets) (?:to|for) (?:calm|settle) (?:her |his |their |the )?nerves\b|\bnerve pills\b/,
    examples: [
      'can I give him something to calm his nerves for the back spasm?',
      'she asks for a tranquilliser for her back pain, ok?',
    ],
    source: 'guideline L9: do not prescribe benzodiazepines for chronic back pain',
  },
  {
    entry: 'avoid.systemic-corticosteroids',
    phrases: new RegExp(
      String.raw`\b(?:im|intramuscular|depot)\b (?:\w+ ){0,2}${STEROID_WORD}|\b${STEROID_WORD} (?:jab|shot|injection|inj)s? (?:\w+ ){0,2}(?:in|into|to) (?:the |her |his |their |a )?${INTO_MUSCLE}\b|\b(?:jab|shot|injection)s? of ${STEROID_WORD} (?:\w+ ){0,2}(?:in|into|to) (?:the |her |his |their |a )?${INTO_MUSCLE}\b`,
    ),
    examples: [
      'he wants an IM steroid jab in the buttock, ok?',
      'a cortisone shot into the buttock for his chronic back pain?',
      'depot steroid injection for her back - reasonable?',
    ],
    source: 'guideline L10: avoid systemic corticosteroids (an intramuscular steroid acts systemically)',
  },
  {
    entry: 'avoid.acetaminophen-monotherapy',
    phrases:
      /\bsimple (?:analgesi\w*|painkillers?|pain ?relief)(?: (?:\w+ ){0,2}(?:alone|only|on (?:its|their) own|by (?:itself|themselves)))?\b|\b(?:alone|only|just) (?:on )?simple (?:analgesi\w*|painkillers?|pain ?relief)\b/,
    examples: [
      'can she stay on simple analgesia alone for her CLBP?',
      'just regular simple painkillers on their own - is that enough?',
    ],
    source: 'guideline L11: acetaminophen not relied upon as monotherapy (UK "simple analgesia")',
  },
];

/** The phrases that reach one entry, joined (a regex source), or undefined when no row names it. */
export function describedPhrases(entry: string): string | undefined {
  const rows = DESCRIBED_THERAPIES.filter((r) => r.entry === entry);
  return rows.length === 0 ? undefined : rows.map((r) => r.phrases.source).join('|');
}

/** A steroid given into a muscle or as a depot: systemic, never an epidural (the epidural row steps aside). */
export const STEROID_INTO_MUSCLE = new RegExp(describedPhrases('avoid.systemic-corticosteroids') as string);
