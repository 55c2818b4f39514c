import type { ConditionId, RedFlagId, SerotoninSignId } from '../case/case-facts.js';
import {
  CONTROLLED_NARROW_ANGLE_GLAUCOMA,
  NARROW_ANGLE_GLAUCOMA,
  OPEN_ANGLE_GLAUCOMA,
  UNTYPED_GLAUCOMA,
} from './glaucoma.js';
import { CABG } from './cabg.js';
import { LIVER_DISEASE } from './liver-words.js';

/**
 * Methadone or buprenorphine taken from an addiction service: opioid treatment for a use disorder ("methadone 60 mg
 * daily from the clinic", "bup 16 mg via the addiction service", "Suboxone (OTP)"). Not "from the pain clinic"; the
 * gap between the drug and the service is bounded (linear).
 */
const OPIOID_AGONIST_TREATMENT = String.raw`\b(?:methadone|buprenorphine|suboxone|subutex|bupe|bup)\b[^.;\n]{0,40}?(?:\b(?:from|via|through|at|by|with) (?:the |an? |her |his |their )?(?:methadone |opioid |drug |drug and alcohol |addiction |substance use |otp )?(?:clinic|programme|program|service|services)\b|\((?:otp|oat|mat|moud)\)|\b(?:otp|oat|mat|moud|maintenance|for (?:oud|addiction|opioid (?:use disorder|dependence|addiction)|heroin))\b)`;

/**
 * "ca" as cancer after "history of", "prior", "hx": not calcium, which a level word names before it ("low ca",
 * "serum ca", "corrected ca") or a supplement or level after it ("ca/vit D", "ca supplement", "ca level", "ca 2.1").
 * "prior ca" and "hx of prostate ca" stay cancer, and so does "ca" before a year, a time or another treatment
 * ("hx of ca 2019", "h/o ca 3 years ago", "pmh ca + chemo 2020"): only a value ("ca 2.35") or "+ vit D" is calcium.
 */
const CALCIUM_BEFORE = String.raw`(?:low|high|serum|corrected|adjusted|ionised|ionized|raised|elevated|normal|reduced|plasma|blood)`;
const CALCIUM_AFTER = String.raw`\/|&|and vit|\+\s?(?:vit|d\b|mag)|levels?\b|supplement|carbonate|citrate|channel|\d(?!\d{3}\b|\d?\s?(?:y(?:ea)?rs?|months?|mos?|wks?|weeks?)\b)`;
const CA_AS_CANCER = String.raw`(?:(?!${CALCIUM_BEFORE}\b)\w+ )?ca\b(?!\s?(?:${CALCIUM_AFTER}))`;
import { ALCOHOL_USE, ALCOHOL_USE_DISORDER, HEAVY_ALCOHOL } from './alcohol.js';

/** A phrase that states one fact; `group` decides which list items after a negation cue share it. */
export interface Concept {
  kind:
    | { fact: 'radicular' }
    | { fact: 'axial' }
    | { fact: 'redFlag'; id: RedFlagId }
    | { fact: 'redFlagsAny' }
    | { fact: 'psychosocial'; field: 'depression' | 'anxiety' | 'catastrophizing' | 'workDissatisfaction' }
    | { fact: 'psychosocialAny' }
    | { fact: 'mentalHealthAny' }
    | { fact: 'condition'; id: ConditionId }
    | { fact: 'priorMri' }
    | { fact: 'functionalDisability' }
    | { fact: 'consideringInterventional' }
    | { fact: 'opioidRiskAssessment' }
    | { fact: 'opioidDiscussion' }
    | { fact: 'opioidSedativeAcknowledged' }
    | { fact: 'serotoninSign'; id: SerotoninSignId };
  group: 'radicular' | 'redflag' | 'psych' | 'condition' | 'serotonin' | 'other';
  re: RegExp;
  /** A second fact the same words state ("fever": an infection sign, and a sign of serotonin toxicity). */
  also?: Concept['kind'];
  /**
   * Words in the same sentence that say the sign is not now (GI_BLEED_NOT_NOW): past, so only the `also` fact
   * ('history'), or not the patient's or not the sign at all ('none': the words are claimed, no fact read).
   */
  notNow?: readonly ContextRow[];
}

/** Words before or after a matched phrase, in its sentence, that change what it states (Concept.notNow). */
export interface ContextRow {
  id: string;
  side: 'before' | 'after';
  re: RegExp;
  reads: 'history' | 'none';
  example: string;
  counter: string;
}

/** One way of saying a fact, with an example it must read (test/language/acute-harm-cues.test.ts reads every row). */
export interface Cue<T = undefined> {
  example: string;
  re: RegExp;
  id?: T;
}

/**
 * Cauda equina syndrome (clinical-reference.md section 6: saddle anaesthesia, new urinary retention or
 * incontinence, faecal incontinence, bilateral or progressive leg weakness) in clinicians' and patients' words.
 * Negation is read around each phrase ("no saddle anaesthesia", "denies bladder issues").
 */
export const CAUDA_EQUINA_CUES: readonly Cue[] = [
  {
    // Bladder or bowel changes in lay and dictated words: "trouble with her bladder", "bowel accidents". First, so
    // that "no trouble with her bladder or bowels" is read (and negated) as one phrase.
    example: 'having trouble with her bladder',
    re: /\b(?:(?:trouble|difficulty|problems?|issues?) (?:with (?:(?:her|his|their|the) )?(?:bladder|bowels?|waterworks)|passing (?:urine|water))|(?:bowel|bladder|f(?:a)?ecal|urinary|toilet) accidents?|(?:couldn'?t|could not|can'?t|cannot|unable to) control (?:(?:her|his|their|the) )?(?:bladder|bowels?))\b/g,
  },
  {
    example: 'saddle anaesthesia',
    re: /\b(?:saddle (?:an(?:a)?esthesia|numbness|paresthesias?|sensory loss|area (?:numbness|tingling))|perineal numbness|perianal numbness|urinary retention|retention of urine|(?:urinary|bladder|bowel|f(?:a)?ecal|stool) incontinence|incontinence|(?:bowel or bladder|bladder or bowel) (?:dysfunction|changes?|symptoms|sx|issues|problems|incontinence|complaints)|bowel or bladder|bladder or bowel|cauda equina(?: syndrome)?|\bces\b|loss of (?:anal|rectal) tone|(?:bilateral|both|progressive) leg weakness)/g,
  },
  {
    example: 'numb down below',
    re: /\b(?:numb(?:ness)?|tingl(?:y|ing)|no feeling|can'?t feel (?:anything|much)) ['"]?(?:down below|down there|in (?:her|his|their|the) (?:groin|genitals|privates|private parts|bottom|back passage|saddle area|perineum))\b/g,
  },
  {
    // A screening checklist's bare item with its answer: "bowel no, bladder not sure", "bladder: ?", "bladder
    // question answered 'not sure'". The answer word must follow, so "bladder cancer" is not read here.
    example: 'bladder: yes',
    re: /\b(?:bladder|bowels?|waterworks)(?: (?:function|control|habits|sx|symptoms|changes|q|question))?(?: (?:answered|is|was))?(?=\s?[:=-]?\s?'?(?:no|nil|neg|yes|not sure|unsure|unknown|unclear|not asked|not checked|\?)(?:\W|$))/g,
  },
  {
    example: 'wet herself',
    re: /\b(?:wet (?:herself|himself|themselves|themself)|soiled (?:herself|himself|themselves))\b/g,
  },
  {
    example: "can't feel the toilet paper",
    re: /\b(?:can'?t|cannot|could(?:n'?t| not)|unable to) feel (?:the )?(?:toilet (?:paper|tissue)|(?:her|him|them)sel(?:f|ves) wip(?:e|ing)|when (?:she|he|they) wipes?|wiping)\b/g,
  },
  {
    example: "hasn't passed urine",
    re: /\b(?:(?:has(?:n'?t| not)|had(?:n'?t| not)|not) (?:passed (?:urine|water)|peed|urinated|voided)|(?:can'?t|cannot|unable to) (?:pass urine|pass water|pee|urinate|void|empty (?:her|his|their|the) bladder))\b/g,
  },
  {
    example: 'lost control of her bladder',
    re: /\b(?:lost control of (?:her|his|their|the) (?:bladder|bowels?)|loss of (?:bladder|bowel) control|leaking urine|(?:new|sudden) (?:bladder|bowel) (?:problems|issues|symptoms|dysfunction|changes|accidents)|bladder (?:problems|issues|dysfunction|disturbance))\b/g,
  },
  {
    // Lay words for saddle anaesthesia; not "buttock" or "tingling" alone (sciatica is felt there too).
    example: 'numb bum',
    re: /\b(?:(?:numb(?:ness)?|reduced sensation|altered sensation|loss of sensation|no sensation) (?:(?:in|of|around|over) )?(?:(?:the|her|his|their) )?(?:groin|bum|bottom|genitals|genital area|privates|perineum|perineal area|saddle area|back passage|anus|perianal area)|(?:groin|genital|perianal|perineal|saddle) (?:numbness|an(?:a)?esthesia|par(?:a)?esthesias?|sensory loss)|saddle par(?:a)?esthesias?)\b/g,
  },
  {
    // Retention in clinicians' and lay words; never bare "retention" ("fluid retention" on an NSAID is not this).
    // "retaining", "still retaining" in a handover says it without the object (never "retaining fluid", "retaining
    // her job").
    example: 'in retention since last night',
    re: /\b(?:retaining (?:urine|water)|retaining\b(?! (?:fluid|salt|sodium|(?:his|her|their|the|a|an|some|it)\b))|in (?:urinary )?retention|(?:acute|new|painless) (?:urinary )?retention|(?:isn'?t|is not|not|hasn'?t been|has not been) (?:peeing|urinating|passing urine|passing water|voiding))\b/g,
  },
  {
    example: 'incontinent of urine',
    re: /\b(?:incontinent(?: of (?:urine|faeces|feces|stool))?|(?:wetting|peeing|soiling|weeing) (?:herself|himself|themselves|themself)|(?:peed|weed) (?:herself|himself|themselves|themself)|(?:lost|losing|no) (?:bladder|bowel) control|(?:lost|losing) control of (?:bladder|bowels?))\b/g,
  },
  {
    example: 'both legs weak',
    re: /\b(?:both (?:(?:her|his|their|the) )?legs (?:(?:are|feel|feeling|have been|has been|seem|keep) )?(?:getting |going |becoming )?(?:weak(?:er)?|giving way)|weak(?:ness)? (?:in|of) both legs|bilateral (?:lower limb|lower extremity) weakness)\b/g,
  },
  {
    // A voiding change in emergency-department words: "poor stream since yesterday", "hesitancy", "straining to void",
    // "incomplete emptying" (reference 6: new urinary retention). Not "stream of consciousness": a urinary word first.
    example: 'poor stream since yesterday',
    re: /\b(?:(?:poor|weak|reduced|slow|thin|dribbling|interrupted) (?:urinary |urine )?stream|(?:urinary |new |voiding )hesitancy|hesitancy (?:of|with|on) (?:micturition|urination|voiding|passing urine)|(?:difficulty|trouble) (?:initiating|starting) (?:urination|micturition|voiding|(?:a |the |her |his )?stream)|straining to (?:void|pee|urinate|pass urine|pass water)|incomplete (?:bladder )?emptying|(?:not|isn'?t|is not) emptying (?:her|his|their|the) bladder)\b/g,
  },
  {
    // A bladder scan's residual volume: "bladder scan PVR 450 mL", "residual 400", "post-void residual of 600 mL",
    // "bladder scan showed 800 mL" (reference 6: urinary retention). A residual of 100 mL or more is read as retention:
    // the reference names retention, not a volume, so the reader takes the lower, safer edge (a missed emergency is
    // the worse error; a project reading to be signed off, like "temp 38" for fever). "PVR 30 mL" is not read.
    example: 'bladder scan PVR 450 mL',
    re: /\b(?:pvr|post[- ]?void(?: residual)?|residual(?: urine| urinary)?(?: volume)?|bladder scan(?: pvr| residual| volume)?)(?: (?:of|was|is|showed|shows|showing|measured|=|-)|:)? ?(?:~ ?|approx\.? |about |>)?[1-9]\d{2,3}(?:\.\d)? ?(?:ml|mls|cc)?\b(?! ?(?:mg|mcg|units?|mmol)\b)/g,
  },
  {
    // Saddle sensation said where it is felt, in patients' and nurses' words: "numb 'down below' when wiping",
    // "reduced sensation when wiping", "feels numb wiping herself" (reference 6: saddle anaesthesia).
    example: "numb 'down below' when wiping",
    re: /\b(?:numb(?:ness)?|reduced (?:sensation|feeling)|altered (?:sensation|feeling)|no feeling|tingl(?:y|ing)|(?:can'?t|cannot|could(?:n'?t| not)) feel (?:it|anything|much)?) ?['"]?(?:(?:down below|down there)['"]? )?(?:(?:when|while|on|after) )?wip(?:e|es|ing)\b/g,
  },
  {
    // Both legs heavy: "bilateral leg heaviness", "both legs feel heavy", "heaviness in both legs" (reference 6:
    // bilateral leg weakness, in the words patients use for it).
    example: 'bilateral leg heaviness',
    re: /\b(?:(?:bilateral|both) (?:leg|lower limb|lower extremity) heaviness|heav(?:y|iness) (?:in|of) both (?:(?:her|his|their|the) )?legs|both (?:(?:her|his|their|the) )?legs (?:(?:are|feel|feeling|have been|has been|seem) )?(?:heavy|like lead|leaden))\b/g,
  },
  {
    // Weakness graded on both sides: "power 4/5 both EHL", "4/5 bilateral ankle dorsiflexion", "EHL 4/5 bilaterally",
    // "bilateral EHL 4-/5" (reference 6: bilateral leg weakness). One side graded is radicular, not this.
    example: 'power 4/5 both EHL',
    re: /\b(?:[0-4][+-]?\/5 (?:power |strength )?(?:in |of )?(?:both|bilateral(?:ly)?)\b|(?:both|bilateral) (?:ehls?|legs|lower limbs|ankle dorsiflexion|dorsiflexion|plantarflexion|hip flexion|hip flexors|knee extension|quads|quadriceps|myotomes|l[2-5]|s1)\b[^.;,]{0,15}?\b[0-4][+-]?\/5|[0-4][+-]?\/5 bilaterally|(?:ehl|dorsiflexion|plantarflexion|hip flexion|knee extension|power|strength)\b[^.;,]{0,12}?\b[0-4][+-]?\/5 (?:bilaterally|both sides|on both sides|left and right|l and r|r and l))/g,
  },
  {
    // A bare bladder or bowel item right after a hedge or "not asked": "not sure about bladder changes", "pt unsure re
    // bladder", "didn't ask about bowel control" (the hedge after it is the checklist row above); polarity.ts reads
    // the hedge as unknown (reference 6). "?bladder" is queried, so suspected, like "?saddle numbness". Only after
    // such words, so "bladder function normal" is not read here.
    // The row's example is the queried form (a sign); the hedged forms read unknown (red-flag-unsure-in-list.test.ts).
    example: '?bladder',
    re: /(?<=\b(?:not sure|unsure|uncertain|unclear|unknown|don'?t know|do not know|no idea|not asked|not checked|(?:didn'?t|did not|haven'?t|have not|forgot to) ask)(?: (?:about|abt|re|regarding|of|on|if|whether|wrt))?:? (?:(?:her|his|their|the|any) )?|(?:^|[\s,;:(/])\?)(?:bladder|bowels?|waterworks)(?:(?: ?\/ ?| (?:and|or) )(?:bladder|bowels?))?(?: (?:function|control|habits|sx|symptoms|changes|issues|problems))?\b/g,
  },
];

/**
 * A cauda equina examination not done (reference 6: a screen not completed is asked for, never read as clear):
 * "saddle sensation not examined", "PR not done", "PVR not checked", "PR declined". Not a sign: polarity.ts reads the
 * words after it as unknown, so the case holds the screen not completed and asks for it
 * (test/walkthrough/cauda-equina-clinic-words.test.ts reads every row).
 */
export const CAUDA_EQUINA_EXAM_CUES: readonly Cue[] = [
  {
    example: 'saddle sensation not examined',
    re: /\b(?:saddle (?:sensation|area|region|sensory exam(?:ination)?)|peri(?:anal|neal) sensation|pr(?: exam(?:ination)?)?|dre|rectal exam(?:ination)?|anal tone|pvr|post[- ]?void residual|bladder scan)(?= ?[:=-]? ?(?:not (?:yet )?(?:examined|done|checked|tested|assessed|performed|documented|recorded)|deferred|omitted|declined|refused)\b)/g,
  },
];

/**
 * Signs of possible serotonin toxicity (duloxetine and tramadol labels: serotonin syndrome). Only with a serotonergic
 * drug in the case do they pause the pathway (machines/case-guards.ts). Fever is read by the infection row too.
 */
export const SEROTONIN_CUES: readonly Cue<SerotoninSignId>[] = [
  { id: 'sweating', example: 'sweating', re: /\b(?:sweating|sweaty|(?<!night )sweats|diaphore(?:sis|tic)|clammy)\b/g },
  { id: 'tremor', example: 'tremor', re: /\b(?:tremors?|tremulous|shaking|shaky|trembling|jittery)\b/g },
  { id: 'agitation', example: 'agitated', re: /\b(?:agitat(?:ed|ion)|restless(?:ness)?)\b/g },
  { id: 'diarrhoea', example: 'diarrhoea', re: /\b(?:diarrh(?:o)?ea|loose stools?)\b/g },
  {
    id: 'clonus',
    example: 'clonus',
    re: /\b(?:(?:ankle |ocular |inducible |spontaneous )?clonus|myoclon(?:us|ic jerks?)|muscle (?:jerks|jerking|twitching))\b/g,
  },
];

/**
 * The other red flags (clinical-reference.md section 6) in the shorthand and lay words clinicians use, beside the
 * concept rows below: each a data row with an example it must read (test/language/red-flag-cues.test.ts), negation
 * read around each phrase as for every concept.
 */
export const RED_FLAG_CUES: readonly Cue<RedFlagId>[] = [
  {
    id: 'progressive-neuro-deficit',
    example: 'dropped foot on the left',
    re: /\b(?:dropped foot|foot (?:is )?dropping|foot slap(?:ping)?|slapping gait|(?:can'?t|cannot|unable to) (?:lift|raise) (?:her|his|their|the) (?:foot|toes)|(?:legs?|foot|ankle) (?:is |are |has been |have been )?(?:getting|becoming|going) weaker|weaker and weaker|(?:worsening|progressive|new) (?:motor|neuro(?:logical)?) deficits?)\b/g,
  },
  {
    // A deficit said by comparison with an earlier examination (reference 6: worsening weakness): "weakness worse than
    // at last review", "EHL weaker than last visit", "power now 4-/5, was full last month", "dorsiflexion 3/5; the
    // GP letter 2 weeks ago documents 5/5". A correction ("the 5/5 was a template error") is red-flag-clearance.ts.
    // The earlier grade is the next grade said, with no comma or other grade between: "power 4/5, previously 4/5,
    // reflexes normal" is the same grade (and a normal reflex), not progression.
    id: 'progressive-neuro-deficit',
    example: 'power now 4-/5, was full last month',
    re: /\b(?:(?:weakness|power|strength|numbness|deficits?|ehl|dorsiflexion|plantarflexion|foot|leg|ankle|toe)\b[^.;,]{0,20}?\b(?:worse|weaker) (?:than|since) (?:at |on |the |her |his |their )?(?:last|previous|prior|the last|earlier|before)|[0-4][+-]?\/5\b[^.]{0,80}?\b(?:was|were|previously|prev|from|had been|documents|documented|recorded|noted|down from)\b[^.;,\d]{0,30}?(?:5\/5|\bfull\b|\bnormal\b)|(?:was|were|previously|documented|recorded) (?:5\/5|full|normal)\b[^.]{0,40}?\bnow [0-4][+-]?\/5)/g,
  },
  {
    // Foot drop in lay or dictated words: "her foot slaps the floor when she walks", "dragging his left foot",
    // "keeps catching her toes", "tripping over his toes".
    id: 'progressive-neuro-deficit',
    example: 'her foot slaps the floor when she walks',
    re: /\b(?:foot (?:slaps|flops|drags)|(?:slaps|slapping) (?:on )?the (?:floor|ground)|floppy foot|(?:drags|dragging) (?:her|his|their|the|one|a) (?:(?:left|right|l|r) )?(?:foot|leg)|(?:catches|catching|catch) (?:her|his|their) (?:toes?|foot)|toes? (?:keep |keeps )?(?:catch|catches|catching) (?:on )?the (?:floor|ground|carpet|stairs?)|(?:trips|tripping|tripped) over (?:her|his|their) (?:own )?(?:toes?|foot|feet))\b/g,
  },
  {
    // A motor deficit getting worse, in plain words: "his foot is slapping", "tripping over his left foot", "weakness
    // got worse over the last week", "can't heel walk", "can't lift his left heel". Not: "weakness unchanged for
    // years", "power 5/5" (no cue), "no foot drop" (negation is read around the phrase). A leg or foot "got worse"
    // is its pain, not its power ("the leg has got worse since the flight"): only "weaker" is a deficit; a worsening
    // dated in the past ("weakness got worse in 2019", "... 3 years ago", "... a couple of years ago") is history, not
    // a deficit now; "his legs have got weaker" (plural) is the same cue.
    id: 'progressive-neuro-deficit',
    example: 'weakness got worse over the last week',
    re: /\b(?:foot (?:is |keeps )?(?:slapping|flopping|dragging)|(?:trips|tripping|tripped|stumbling|stumbles) over (?:her|his|their|the) (?:own )?(?:(?:left|right|l|r|lt|rt) )?(?:toes?|foot|feet)|(?:(?:weakness|power|strength)(?: has| have| is| was)? (?:got|gotten|become|grown|getting|gone) (?:a lot |much |a bit )?(?:worse|weaker)|(?:legs?|foot|feet|ankles?)(?: has| have| is| are| was| were)? (?:got|gotten|become|grown|getting|gone) (?:a lot |much |a bit )?weaker)(?! (?:back )?in (?:19|20)\d\d\b| (?:\w+ ){1,3}(?:years?|yrs?) ago\b)|(?:can'?t|cannot|can not|unable to|couldn'?t) (?:heel|toe)[- ]?walk|(?:can'?t|cannot|can not|unable to|couldn'?t) (?:lift|raise) (?:her|his|their|the) (?:(?:left|right|l|r) )?(?:heels?|big toe))\b/g,
  },
  {
    id: 'infection',
    example: 'PWID',
    re: /\b(?:pwid|ivda|iv drug (?:user|users|abuse|misuse)|intravenous drug (?:user|abuse|misuse)|injection drug user|injects? (?:drugs|heroin|meth|methamphetamine)|injecting (?:drugs|heroin|drug use|drug user)|inject(?:s|ing)? recreational drugs|shoots up|shooting up|immunosuppressive (?:therapy|treatment|drugs|medications?)|immune[- ]?suppress(?:ed|ion|ive|ant|ants))\b/g,
  },
  {
    // Weight lost, not weight loss as a treatment ("would losing weight help her back?" is not a sign).
    id: 'cancer',
    example: 'losing weight without trying',
    re: /\b(?:(?<!\b(?:does|do|would|will|could|can|might|may|should|try|trying|start|keep) )losing weight(?! (?:help|helps|would|will|could|might|may)\b)|(?:lost|dropped) (?:(?:about|around|nearly|almost|over|roughly|some) )?(?:weight|\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|a stone)(?: \w+)? (?:without trying|unintentionally|unexpectedly|for no reason)|unintentional(?:ly)? (?:lost|losing)|unexplained (?:weight|wt))\b/g,
  },
  {
    id: 'cancer',
    example: 'night waking',
    re: /\b(?:night[- ]?(?:waking|wakening)|nocturnal waking|wak(?:es|ing|ens|ening) (?:up )?(?:at night|in the night|overnight) (?:with|in|from|due to|because of) (?:the |her |his |their )?(?:(?:low(?:er)? )?back )?pain|woken (?:up )?(?:at night |in the night )?by (?:the )?pain|pain (?:at rest and )?(?:at night|overnight|in the night)|pain (?:keeps |is )?waking (?:her|him|them|me)(?: up)?)\b/g,
  },
  {
    // A past cancer described by its treatment, not the word "cancer": "had a bowel tumour removed", "treated for a
    // prostate tumour with surgery and radiotherapy", "radiotherapy 3 years ago" (ref section 6: history of cancer).
    id: 'cancer',
    example: 'had a bowel tumour removed and radiotherapy 3 years ago',
    re: /\b(?:(?:\w+ )?tumou?rs? (?:was |were )?(?:removed|resected|excised|cut out|treated|operated on)|(?:removal|resection|excision) of (?:a |an |her |his |their )?(?:\w+ )?tumou?r|(?:treated|operated on|surgery|operation|radiotherapy|radiation|chemo(?:therapy)?) for (?:a |an |her |his |their )?(?:\w+ )?tumou?r|radiotherapy (?:\d{1,2}|a few|some|several|two|three|four|five) (?:years?|yrs?|months?) ago)\b/g,
  },
  {
    // Weight perhaps lost, in lay words ("might have lost a bit of weight, not sure"): the sign, read with its hedge
    // (a hedge alone after it makes the screen not completed, ref section 6).
    id: 'cancer',
    example: 'lost a bit of weight',
    re: /\b(?:lost|dropped|losing) (?:a (?:bit|little|little bit|few (?:pounds|kilos?|kg)) of |a bit |some )weight\b(?! (?:on|with|by|through|after|deliberately|intentionally|on purpose)\b)/g,
  },
  {
    id: 'cancer',
    example: 'hx of melanoma',
    re: new RegExp(
      String.raw`\b(?:(?:hx|h\/o|pmh|pmhx) (?:of )?(?:(?:\w+ )?(?:cancer|malignancy|carcinoma|melanoma)|${CA_AS_CANCER})|ca (?:prostate|breast|lung|colon|bowel|kidney)|(?:bowel|kidney|ovarian) (?:cancer|ca)|melanoma|myeloma|lymphoma|sarcoma|(?:on|having|receiving|had|finished|completed|post) (?:chemo(?:therapy)?|radiotherapy))\b`,
      'g',
    ),
  },
  {
    id: 'fracture',
    example: 'long term pred',
    re: /\b(?:(?:long[- ]?term|longterm|chronic|prolonged|maintenance) (?:oral |systemic )?(?:steroids?|corticosteroids?|prednisone|prednisolone|pred)|(?:steroids?|corticosteroids?|prednisone|prednisolone|pred)(?: \d+(?:\.\d)? ?(?:mg)?)?(?: daily| a day| od)?(?: (?:for|over) (?:years|yrs|many years|\d+ ?(?:years?|yrs?))|,? long[- ]?term)|years of (?:steroids?|prednisone|prednisolone)|steroid[- ]dependent)\b/g,
  },
  {
    id: 'fracture',
    example: 'slipped on the ice',
    // minor trauma (reference section 6, "older age with minor trauma"): "sat down hard", "fall from standing"
    re: /\b(?:sat down (?:hard|heavily)|fall from (?:standing|standing height)|slipped (?:on|in|down|off)|tripped (?:and fell|over)|road traffic (?:accident|collision)|rta|knocked (?:off|down)|landed (?:hard )?on (?:her|his|their) (?:back|bottom|bum))\b/g,
  },
];

/** Fever in the words clinicians use beside "fever" itself: a temperature of 38 or more, "a temp", rigors. */
export const FEVER_CUES: readonly Cue[] = [
  {
    example: 'temp 38.5',
    re: /\b(?:temp(?:erature)?(?: of| is| was|:| =)? ?(?:3[89]|4[01])(?:\.\d)?|t(?::| =)? ?(?:3[89]|4[01])\.\d|(?:high|raised|elevated) temp(?:erature)?s?|running a temp(?:erature)?|spiking (?:a )?temps?|(?:with|and|has|got|plus) a temp(?:erature)?|rigou?rs|feverish|pyrexial)\b/g,
  },
  {
    // "back pain, temp, on methotrexate": a bare "temp" as an item of a list (not "temp 36.8", not "a temp job").
    example: 'back pain, temp, IVDU',
    re: /(?<=(?:^|[,;:+]|\band|\bwith|\bplus) ?)temps?(?=\s?(?:[,;.?!+]|and\b|$))/g,
  },
];

/** Fever: an infection red flag and a serotonin sign (the row `also` states the second). */
// "a febrile seizure at age two", "febrile convulsions as a child": a kind of seizure, not a fever now. "Hay fever"
// (allergic rhinitis), "cabin fever" and a "yellow fever" vaccine name no fever: one lookbehind each (no alternation
// inside a lookbehind, so the pattern stays linear).
const FEVER =
  /(?<!\bhay )(?<!\bhay-)(?<!\bcabin )(?<!\byellow )\b(?:fevers?|febrile(?! (?:seizures?|convulsions?|fits?)\b)|pyrexi(?:a|al)|hyperthermi(?:a|c))\b/g;

const LEG = String.raw`(?:(?:the|his|her)\s)?(?:(?:l|r|lt|rt|left|right|bilateral|both|one)\s)?(?:leg|legs|lower extremit(?:y|ies)|lle|rle|ble|buttock|thigh|calf|foot|feet|toes?|knee)`;
const rf = (id: RedFlagId, re: RegExp): Concept => ({ kind: { fact: 'redFlag', id }, group: 'redflag', re });
const ps = (field: 'depression' | 'anxiety' | 'catastrophizing' | 'workDissatisfaction', re: RegExp): Concept => ({
  kind: { fact: 'psychosocial', field },
  group: 'psych',
  re,
});
const cond = (id: ConditionId, re: RegExp): Concept => ({ kind: { fact: 'condition', id }, group: 'condition', re });

/**
 * Signs of a GI bleed now (NSAID boxed warning: GI bleeding, clinical-reference.md section 2), as clinicians and
 * patients say them: "black tarry stools", "melaena since yesterday", "vomited blood", "coffee-ground vomit", "passing
 * black stools". A past event is not read here ("hx melaena", "previous haematemesis", "melaena 2019", "haematemesis
 * two years ago"), nor black stools said with iron or bismuth, nor blood coughed up (not a GI sign).
 */
export const GI_BLEED_NOW =
  /(?<!\b(?:hx|h\/o|history of|previous|prior|past|old|remote) (?:of )?(?:an? )?)\b(?:(?:black|tarry|black,? tarry|dark tarry|black and tarry|tar-like) (?:stools?|poo|bowel motions?|motions|faeces|feces)(?! (?:on|from|with|due to) (?:iron|ferrous|bismuth|pepto))|mel(?:a)?ena|(?:vomit(?:ed|ing|s)?|throw(?:ing|n)? up|threw up|bringing up) (?:up )?(?:some |fresh |bright red )?blood|h(?:a)?ematemesis|coffee[- ]grounds? (?:vomit(?:us)?|emesis|vomiting)|blood in (?:(?:his|her|their|the) )?vomit)\b(?! (?:in )?(?:19|20)\d\d\b| (?:[a-z0-9]+ )?(?:years?|yrs?) ago\b| last year\b)/g;

const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}';
/**
 * A GI_BLEED_NOW phrase said with words in its sentence that make it no bleed now. Past: a year, a month or months or
 * years ago, a life stage, a history heading, a scope since ("healed ulcer", "OGD clear"): a prior GI bleed, which the
 * NSAID boxed warning asks about first (clinical-reference.md section 2). Not the patient's (a relative had it), or
 * dark stools explained by iron or bismuth: no bleed read. Each row reads its example and not its counter
 * (test/language/gi-bleed-now.test.ts); "black tarry stools this week on naproxen" and "vomiting blood since Tuesday"
 * stay a bleed now.
 */
export const GI_BLEED_NOT_NOW: readonly ContextRow[] = [
  {
    id: 'past-date',
    side: 'after',
    re: new RegExp(
      String.raw`^[^.;\n]{0,40}?\b(?:(?:19|20)\d\d|last (?:year|${MONTHS}|spring|summer|autumn|fall|winter|christmas)|in ${MONTHS}|\d{1,2} ?(?:months?|mths?|mo|years?|yrs?) ago|(?:a few|several|many|some) (?:months|years) ago|(?:months|years) ago|as an? (?:student|child|kid|teenager|teen|young (?:man|woman|adult))|when (?:younger|young|a (?:child|student|teenager)))\b`,
    ),
    reads: 'history',
    example: 'melaena 3 months ago, ogd: healed du',
    counter: 'melaena 3 days ago',
  },
  {
    id: 'scoped-since',
    side: 'after',
    re: /^[^.;\n]{0,50}?\b(?:healed|(?:scoped|ogd|endoscopy|gastroscopy|egd)\b[^.;\n]{0,20}?\b(?:clear|normal|nad|fine|healed|negative|ok|unremarkable))\b/,
    reads: 'history',
    example: 'admitted with melaena, scoped, healed ulcer',
    counter: 'melaena since sunday, for ogd tomorrow',
  },
  {
    id: 'history-heading',
    side: 'before',
    re: /\b(?:pmh|pmhx|pmx|past medical history|past history|background|hx|h\/o|history of)\b[^.;\n]{0,30}$/,
    reads: 'history',
    example: 'pmh: pud (melaena)',
    counter: 'presenting complaint: melaena',
  },
  {
    id: 'relative-had',
    side: 'before',
    re: /\b(?:mum|mom|mother|dad|father|brother|sister|son|daughter|grand(?:ma|pa|mother|father)|aunt|uncle|fhx|fh)(?:'s)? (?:had|has|with|got|suffered|died of|died from)(?: (?:an?|a bad|some))?\s$/,
    reads: 'none',
    example: 'mum had melaena on naproxen',
    counter: 'mum says he had melaena yesterday',
  },
  {
    id: 'iron-or-bismuth',
    side: 'after',
    re: /^[^.;,\n]{0,40}?\b(?:since|after|from|on|with|due to|because of|secondary to|caused by|explained by)\b[^.;\n]{0,25}?\b(?:iron|ferrous|ferric|fe tabs?|bismuth|pepto\w*)\b/,
    reads: 'none',
    example: 'black stools since starting ferrous fumarate',
    counter: 'black stools since starting naproxen',
  },
];

/**
 * The explicit benefits-and-risks talk of the opioid gate, (1): "discussed risks/benefits", "R/B discussed",
 * "counselled on overdose risk", "opioid agreement reviewed", "informed consent re opioids", "had the conversation re
 * realistic benefit, overdose risk". A signed agreement
 * alone is not the talk.
 */
const TALKED =
  '(?:discussed|discussing|discussion of|(?:had|held) (?:the |a |an )?(?:conversation|discussion|talk|chat) (?:re|about|regarding|around|on|covering)|talked (?:about|through)|went over|gone over|explained|reviewed|educated (?:on|about|re)|counsel(?:l)?ed (?:on|about|re|regarding)|counsel(?:l)?ing (?:on|about|re|regarding))';
const TALK_SUBJECT = String.raw`(?:(?:overdose|addiction|opioid|dependence|dependency|misuse|respiratory depression) risks?|risks?|benefits|risks? and benefits|benefits and risks|r\/b(?:\/a)?|realistic (?:benefits?|goals|expectations)|monitoring plan|(?:opioid |treatment |pain |controlled substance )?(?:agreement|contract)|opioid safety)`;
const OPIOID_DISCUSSION = new RegExp(
  String.raw`\b(?:${TALKED}:? (?:[a-z]+ (?:and|&) )?(?:the |an? )?${TALK_SUBJECT}` +
    String.raw`|(?:risks?|benefits|r\/b(?:\/a)?|(?:opioid |treatment |pain )(?:agreement|contract))\b[^.;\n]{0,50}\b(?:were |was |been )?(?:discussed|reviewed|explained|gone over|covered)` +
    '|risk[/-]benefit (?:discussion|discussed)|opioid (?:discussion|counsel(?:l)?ing|education)|informed consent|aware of (?:the )?(?:opioid )?risks)',
  'g',
);

/**
 * A reduced ejection fraction given with no diagnosis ("LVEF 20%", "EF 30 %", "ejection fraction 35%", "reduced EF",
 * "LVSD") is heart failure with reduced ejection fraction. The reference names heart failure but gives no ejection
 * fraction: 40% or less is this project's reading (the HFrEF range of the universal definition of heart failure), a
 * clinical sign-off item. A range counts only when all of it is 40% or less ("EF 35-40%", not "EF 40-45%"); a normal or
 * preserved EF ("EF 60%", "preserved EF", "EF 55%") is not heart failure.
 */
const EF_REDUCED_NUMBER = '(?:[5-9]|[1-3]\\d|40)';
const REDUCED_EJECTION_FRACTION = [
  `(?:lv ?ef|lv-ef|ef|ejection fraction)(?: (?:of|is|was|now|only|approx\\.?|about|~))?(?: ?[:=~<])? ?${EF_REDUCED_NUMBER}(?: ?(?:-|–|to) ?${EF_REDUCED_NUMBER})?(?![\\d.])(?! ?(?:-|–|to) ?\\d) ?%`,
  `(?:lv ?ef|ejection fraction)(?: (?:of|is|was|now|only))?(?: ?[:=~<])? ?${EF_REDUCED_NUMBER}(?![\\d.%])(?! ?(?:-|–|to) ?\\d)\\b(?! ?(?:mg|mcg|ml|mmhg|years?|yrs?|y)\\b)`,
  '(?:reduced|low|poor|severely reduced|impaired) (?:lv ?ef|ef|ejection fraction|lv systolic function)\\b',
  '(?:lvsd|lv systolic dysfunction|left ventricular systolic dysfunction)\\b',
].join('|');

/**
 * Heart failure as clinicians write it (NSAIDs: avoid, clinical-reference.md section 2); the quick answers read the
 * same words (dialogs/answers/question-context.ts).
 */
export const HEART_FAILURE = new RegExp(
  `\\b(?:heart failure|chf|hf(?![- ]?scs\\b)|hfref|hfmref|hfpef|(?:congestive )?cardiac failure|ccf|(?:left|right|bi)[- ]?ventricular failure|(?:left|right)[- ]sided heart failure|lv failure|lvf)\\b|\\b(?:${REDUCED_EJECTION_FRACTION})`,
  'g',
);

/** COPD as clinicians write it (opioid + gabapentinoid: "especially with COPD"); the quick answers read it too. */
export const COPD = /\b(?:copd|emphysema|chronic obstructive (?:pulmonary|airways?) disease)\b/g;

/** Order matters: earlier concepts claim their text first (saddle numbness is cauda equina, not radicular). */
export const CONCEPTS: readonly Concept[] = [
  ...CAUDA_EQUINA_CUES.map((c) => rf('cauda-equina', c.re)),
  ...CAUDA_EQUINA_EXAM_CUES.map((c) => rf('cauda-equina', c.re)),
  rf(
    'progressive-neuro-deficit',
    /\b(?:(?:weakness|numbness|deficits?)\b[^.;,]{0,35}?\b(?:getting worse|worsening|progressing|progressive|increasing|spreading)|progressive (?:weakness|numbness|neuro(?:logic(?:al)?)? deficits?|deficits?)|(?:worsening|increasing|new) (?:(?:l|r|lt|rt|left|right) )?(?:leg |foot |ankle )?weakness|foot drop|drop foot)\b/g,
  ),
  rf(
    'cancer',
    new RegExp(
      String.raw`\b(?:(?:history of|prior|previous|known) (?:(?:\w+ )?(?:cancer|malignancy|carcinoma)\b|${CA_AS_CANCER})|(?:breast|prostate|lung|colon|renal|thyroid|metastatic) (?:cancer|ca)\b|malignancy|metastatic|metastases|mets\b|(?:unexplained|unintentional|unintended) (?:weight|wt) loss|(?<!\b(?:does|do|did|would|will|could|can|might|may|should) )(?:weight|wt) loss(?! (?:help|helps|helped|programmes?|programs?|diets?|goals?|surgery|medications?|drugs?|injections?))|cancer\b|night pain|night-?time pain|nocturnal pain|pain (?:is )?(?:worse )?at night|worse at night|wakes? (?:him|her|them) (?:up )?at night|wakes? (?:him|her|them) up)`,
      'g',
    ),
  ),
  { ...rf('infection', FEVER), also: { fact: 'serotoninSign', id: 'fever' } },
  ...SEROTONIN_CUES.map((c): Concept => ({ kind: { fact: 'serotoninSign', id: c.id! }, group: 'serotonin', re: c.re })),
  rf(
    'infection',
    /\b(?:ivdu|iv drug use|injection drug use|intravenous drug use|immunosuppress(?:ed|ion|ant)|immunocompromised|(?:recent|current) (?:bacterial )?(?:infection|uti|pneumonia|cellulitis|bacter(?:a)?emia|sepsis)|(?:recent(?:ly)?|drained) (?:\w+ )?abscess|abscess (?:drained|incised)|(?:epidural|spinal|paraspinal|psoas) abscess|endocarditis)\b/g,
  ),
  rf(
    'fracture',
    /\b(?:(?:significant|major|recent|high[- ]energy|minor) trauma|(?<!(?:childhood|emotional|psychological|sexual|past|early life) )trauma|(?:a|after|recent|mechanical) fall|fell\b(?! asleep)|mvc|mva|car accident|motor vehicle (?:collision|accident)|osteoporosis|osteoporotic|(?:long-term|longterm|chronic|prolonged) (?:systemic )?(?:steroids?|corticosteroids?|prednisone)|compression fracture|vertebral fracture|fracture)/g,
  ),
  ...RED_FLAG_CUES.map((c) => rf(c.id!, c.re)),
  ...FEVER_CUES.map((c): Concept => ({ ...rf('infection', c.re), also: { fact: 'serotoninSign', id: 'fever' } })),
  {
    kind: { fact: 'redFlagsAny' },
    group: 'redflag',
    re: /\b(?:red flags?(?: symptoms| signs| features)?|rfs|rf screen|rf\b|concerning features|alarm (?:symptoms|features))\b/g,
  },
  {
    kind: { fact: 'axial' },
    group: 'radicular',
    re: /\b(?:axial(?: only| pain| lbp| back pain)?|non-?radiating|non-?radicular|non-?radic\b|mechanical lbp|no radiation)\b/g,
  },
  {
    kind: { fact: 'radicular' },
    group: 'radicular',
    re: new RegExp(
      String.raw`\b(?:sciatica|sciatic(?: pain)?|radicular(?: symptoms| sx| pain| features)?|radiculopathy|radiculitis|radic\b|neuro(?:logic(?:al)?)? (?:sx|symptoms|complaints)|radiat(?:es|ing|ion)(?: (?:down|into|to) ${LEG})?|shoot(?:s|ing)? (?:pain )?(?:down|into) ${LEG}|(?:pain|symptoms) (?:down|into|going down) ${LEG}|${LEG} (?:pain|symptoms|sx|numbness|tingling|paresthesias?|weakness)|(?:tingling|numbness|paresthesias?|pins and needles|weakness)(?: (?:down|in|into|of) ${LEG})?|burning (?:down|in|into) ${LEG}|dermatomal|(?:neurogenic )?claudication|(?:l[345]|s1) (?:distribution|radiculopathy|dermatome)|(?:\+|positive) slr|slr (?:\+|positive)|straight leg raise positive)`,
      'g',
    ),
  },
  ps(
    'depression',
    /\b(?:depression|depressed|depressive|mdd|low mood|mood (?:is )?low|phq-?9\s?(?:score\s?)?(?:=|:|of|is)?\s?(?:1\d|2\d))\b/g,
  ),
  ps(
    'anxiety',
    /\b(?:anxiety|anxious|gad\b(?!-?7)|gad-?7\s?(?:score\s?)?(?:=|:|of|is)?\s?(?:1\d|2[01])\b|panic(?: disorder| attacks)?)/g,
  ),
  ps(
    'catastrophizing',
    /\b(?:catastrophi[sz](?:ing|es|ation)|(?:worried|convinced|believes|fears?|scared)(?: that)? (?:he|she|they)(?:'ll| will| is going to| won'?t)(?: \w+)? (?:never|be (?:disabled|crippled|paralysed|paralyzed|in a wheelchair))|catastrophi[sz]er|fear[- ]avoidan(?:ce|t)|kinesiophobia|fear of (?:movement|moving|re-?injury)|(?:scared|afraid|fearful|terrified) (?:to move|of moving|of movement|of (?:re-?)?injur(?:y|ing)|to exercise|of exercise))/g,
  ),
  ps(
    'workDissatisfaction',
    /\b(?:(?:work|job) (?:dissatisfaction|issues|problems|conflict)|dissatisfied (?:with|at) (?:work|(?:his|her) job)|(?:hates|dislikes|unhappy (?:with|at)|unhappy in) (?:his |her |their )?(?:job|work)|unhappy at work|conflict with (?:(?:his|her|their|the) )?(?:boss|employer|supervisor|manager|colleagues?|co-?workers?)|(?:wants|plans) to quit (?:(?:his|her|their) )?(?:job|work)?|(?:job|work) stress|stress at work)/g,
  ),
  {
    kind: { fact: 'psychosocialAny' },
    group: 'psych',
    re: /\b(?:psychosocial (?:issues|concerns|factors|flags|stressors)|yellow flags)\b/g,
  },
  {
    // "no mental health issues", "nil psych history": read only when denied (depression and anxiety 'no')
    kind: { fact: 'mentalHealthAny' },
    group: 'psych',
    re: /\b(?:mental health (?:issues|problems|concerns|conditions|history|illness|disorders?|diagnos[ie]s)|(?:psychiatric|psych|mh) (?:history|issues|problems|illness|conditions|diagnos[ie]s))\b/g,
  },
  { kind: { fact: 'priorMri' }, group: 'other', re: /\b(?:mri|magnetic resonance|mr imaging)\b/g },
  {
    kind: { fact: 'functionalDisability' },
    group: 'other',
    re: /\b(?:off work|off sick|sick leave|unable to work|can'?t work|cannot work|not working (?:due to|because of) (?:pain|back)|on (?:disability|sick leave|medical leave)|stopped working|(?:significant|marked|severe) (?:functional )?(?:disability|impairment|limitation)|functional (?:disability|impairment|limitation)|(?:can'?t|cannot) (?:walk|stand|sit) (?:more than|for|>)|can only (?:walk|stand|sit)|unable to (?:walk|stand|sit)|(?:struggl\w*|difficulty|trouble|unable|can'?t|cannot|needs help)(?: with| to do| to)? (?:adls?|activities of daily living|dressing|bathing|self-care|housework|chores|(?:his|her|their) job)|(?:modified|light|restricted|reduced) (?:duties|duty|hours)|disabled by pain|bedbound)/g,
  },
  {
    kind: { fact: 'consideringInterventional' },
    group: 'other',
    re: /\b(?:(?:wants?|interested in|considering|asking (?:about|for)|asks (?:about|for)|asked (?:about|for)|pushing for|requests?|requesting|open to|would consider|keen on|eager for|hoping for|would like|discuss(?:ed|ing)?)\s(?:(?:to )?(?:talk|ask|hear|know|learn|find out) about\s|to (?:discuss|try|have|get|consider|explore)\s|info(?:rmation)? (?:on|about)\s)?(?:an?\s|the\s|some\s)?(?:(?:repeat|another|more|further)\s)?(?:(?:facet(?: joint)?|lumbar|spinal|steroid|epidural steroid|transforaminal|caudal|sacroiliac|si joint|medial branch|trigger point)\s)?(?:epidural|esi\b|injections?|nerve blocks?|blocks?|spinal cord stim(?:ulator|ulation)?|scs\b|rfa\b|radiofrequency(?: ablation)?|ablation|interventional|procedure|surgery|surgical)|(?:epidural|esi|injection|interventional|surgical) (?:referral|consult|options?|consideration|evaluation|eval))/g,
  },
  {
    kind: { fact: 'opioidRiskAssessment' },
    group: 'other',
    re: /\b(?:(?:opioid )?risk (?:assessment|screen(?:ing)?)|ort(?: score)?\b|opioid risk tool|pdmp\b(?: checked| reviewed)?|sud screen(?:ing)?|(?:substance use|substance misuse|addiction risk) screen(?:ing)?|screened for (?:substance use|substance misuse|sud|opioid misuse|addiction(?: risk)?)|uds\b|urine drug screen)/g,
  },
  { kind: { fact: 'opioidDiscussion' }, group: 'other', re: OPIOID_DISCUSSION },
  {
    // With a current benzodiazepine or other sedative, the combined risk with an opioid explicitly acknowledged
    kind: { fact: 'opioidSedativeAcknowledged' },
    group: 'other',
    re: /\b(?:(?:acknowledg\w*|understands?|aware of|accepts?|counsel(?:l)?ed (?:on|about|re))\s(?:the\s)?(?:combined\s|added\s)?(?:sedation|sedative|benzo(?:diazepine)?|respiratory depression|breathing)\s(?:risks?|interaction)|(?:benzo(?:diazepine)?|sedative|sedation|respiratory depression)\s(?:\+\s|and\s)?(?:opioid\s)?risks?\s(?:acknowledged|discussed|explained|accepted|understood))\b/g,
  },
  // kidney failure not said to be acute (an acute kidney injury is no CKD): measures.ts reads it as stage 5
  cond(
    'ckd',
    /\b(?:ckd|chronic kidney disease|renal (?:impairment|insufficiency|disease)|kidney disease|(?<!\bacute )(?:chronic )?(?:renal|kidney) failure)\b/g,
  ),
  // chronic liver disease in clinicians' words: cirrhosis, hepatitis B or C, NAFLD, liver failure (liver-words.ts)
  cond('liver-disease', LIVER_DISEASE),
  // heavy use said in words first; an amount or a habit with no such word is alcohol use, heavy not said (alcohol.ts)
  // the disorder named first: heavy drinking and a substance use disorder, in the same words
  { ...cond('heavy-alcohol', ALCOHOL_USE_DISORDER), also: { fact: 'condition', id: 'substance-use-disorder' } },
  cond('heavy-alcohol', HEAVY_ALCOHOL),
  ...ALCOHOL_USE.map((re) => cond('regular-alcohol', re)),
  // signs of a GI bleed now, before the history reading claims "melaena": black or tarry stools, vomiting blood,
  // coffee-ground vomit (not "black stools on iron", not "hx melaena 2019" or "previous haematemesis": a past bleed is
  // the history). The same words state a GI bleed history too (the `also`).
  {
    ...cond('gi-bleed-now', GI_BLEED_NOW),
    also: { fact: 'condition', id: 'gi-bleed-history' },
    notNow: GI_BLEED_NOT_NOW,
  },
  // a prior GI bleed or ulcer in its other words: "GIB 2019", "upper GI bleed", "h/o GI haemorrhage", "melaena",
  // "haematemesis", "bleeding ulcer" (not "gibberish", "bleeding gums": whole words only)
  cond(
    'gi-bleed-history',
    /\b(?:(?:upper |lower )?(?:gi|gastrointestinal) (?:bleed(?:ing|s)?|h(?:a)?emorrhages?)|[ul]?gib|(?:peptic|gastric|duodenal|bleeding|bled|stomach) ulcers?|ulcer (?:bleed(?:ing)?|h(?:a)?emorrhage)|history of (?:an )?ulcers?|pud|mel(?:a)?ena|h(?:a)?ematemesis|coffee[- ]ground (?:vomit(?:us)?|emesis))\b/g,
  ),
  // before cardiovascular disease: a phrase is claimed by the first concept that matches it (NSAIDs: avoid in heart failure)
  // "HF", "hx HF", "HFmrEF": the bare abbreviation as problem lists write it ("HF10" stimulation is one word, not read)
  // "HF-SCS" (high-frequency spinal cord stimulation) is neuromodulation too, not heart failure
  cond('heart-failure', HEART_FAILURE),
  cond(
    'cardiovascular-disease',
    /\b(?:cad|coronary artery disease|heart failure|chf|hfref|(?:prior|after|post|s\/p|recent|old|previous)[- ]mi\b|history of mi|myocardial infarction|stroke|cva|cardiovascular disease|angina|ischemic heart disease|ihd)\b/g,
  ),
  cond('recent-cabg', CABG),
  // controlled first: a phrase is claimed by the first concept that matches it (glaucoma.ts)
  cond('narrow-angle-glaucoma-controlled', CONTROLLED_NARROW_ANGLE_GLAUCOMA),
  cond('narrow-angle-glaucoma', NARROW_ANGLE_GLAUCOMA),
  cond('open-angle-glaucoma', OPEN_ANGLE_GLAUCOMA),
  cond('glaucoma-type-unknown', UNTYPED_GLAUCOMA),
  // "a single febrile seizure at age two", "febrile convulsions as a child": provoked by a fever, not a seizure disorder
  cond('seizure-disorder', /\b(?:(?<!febrile )seizures?|seizure disorder|epilepsy)\b/g),
  cond('copd', COPD),
  cond(
    'substance-use-disorder',
    new RegExp(
      String.raw`\b(?:sud|oud|substance use disorder|opioid use disorder|(?:drug|opioid|substance) (?:abuse|misuse|addiction)|addiction|(?:methadone|suboxone|buprenorphine) (?:programme|program|maintenance|clinic)|opioid (?:substitution|replacement|agonist) (?:therapy|treatment)|opioid treatment program(?:me)?|moud)\b|${OPIOID_AGONIST_TREATMENT}`,
      'g',
    ),
  ),
  cond('overdose-history', /\b(?:overdose|(?:prior|previous|history of) od)\b/g),
];
