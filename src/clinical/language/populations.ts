import type { CaseFacts } from '../case/case-facts.js';
import { itemsOf, type Item } from './clauses.js';
import { normalize } from './normalize.js';
import { sharedReading } from './shared-readings.js';
import { polarityIn } from './polarity.js';
import { AGE_IN_HISTORY_WORDS, BIRTHDAY, statedSex, YEARS_LETTER } from './stated-patient.js';

/**
 * People outside the pathway's population. The guideline and the clinical reference give adult doses and limits
 * (ACP 2017 and AHCPR 1994 are guidelines for adults; the labels' figures are adult figures): a patient under 18,
 * pregnancy and breastfeeding are not covered, so no dose and no plan is given for them, in any route.
 */
export type PopulationId = NonNullable<CaseFacts['population']>[number];

/** Most restrictive first; the order of the "does not cover" sentence. */
export const POPULATION_IDS: readonly PopulationId[] = ['under-18', 'pregnancy', 'breastfeeding'];

/** How a population is named in the clinician-facing "not covered" sentence. */
export const POPULATION_LABEL: Readonly<Record<PopulationId, string>> = {
  'under-18': 'patients under 18',
  pregnancy: 'pregnancy',
  breastfeeding: 'breastfeeding',
};

/** The pathway's population, in the reference's words (adult figures, section 2; adults, section 6 sources). */
export const PATHWAY_POPULATION = 'non-pregnant adults (18 and over) who are not breastfeeding';

/**
 * One cue: a phrase that says the patient is in a population. `age` cues capture a number of years in group 1 and
 * count only under 18 ("13 year old", "14 y/o", "16F"; "6 month old" has no group and always counts). Each row
 * carries an example it must match and one it must not (test/answers/populations.test.ts reads both).
 */
/**
 * The Oswestry's points over the maximum of the sections answered ("ODI was actually 30/40", "Oswestry 22/40"): with
 * the instrument named just before it, an n/40 is a score (clinical-reference section 5), not a gestation.
 */
const ODI_POINTS_SAID = /\b(?:odi|oswestry)\b[^.;\n\d]{0,30}?\b\d{1,2}\s?\/\s?40\b/;

export interface PopulationCue {
  id: PopulationId;
  re: RegExp;
  age?: true;
  /**
   * An infant's age or word ("4 mo old", "toddler"): in a text that says breastfeeding it is the nursing baby's, not
   * the patient's (an age cue counts so below NURSLING_YEARS).
   */
  infant?: true;
  /** The cue counts only in a text that also says this ("BF" is breastfeeding next to a baby, else the boyfriend). */
  context?: RegExp;
  /** The cue does not count in a text that also says this (a possible pregnancy with a negative test). */
  unless?: RegExp;
  /**
   * A school level an adult may be in ("19M, sixth former", "18M, HS senior"): the patient's adult age before it in
   * the same sentence wins (adultExplains). Other word cues ("teen", "child") after an adult age stay held: the age
   * may be a parent's ("40F asks naproxen dose for a child").
   */
  schoolLevel?: true;
  example: string;
  notExample: string;
}

export const ADULT_AGE = 18;
/**
 * Beside breastfeeding, an age under this is the nursling's ("breastfeeds her toddler (2 yo)"): no patient this
 * young is asked about for chronic back pain, and a breastfeeding teenager still says her own age (16F).
 */
const NURSLING_YEARS = 5;

/**
 * A birth has happened ("6/52 postpartum", "10 wks pp", "postnatal"). Then "the pregnancy" is the one that ended;
 * "pregnant" or a positive test still counts (pregnant again). Postpartum alone is not pregnancy, and says nothing
 * about breastfeeding either way.
 */
const POSTPARTUM =
  /\b(?:postpartum|post-partum|postnatal|post-natal|puerperal|puerperium|delivered|gave birth)\b|(?:\bwks?|\bweeks?|\bmonths?|\bmo|\bdays?|\/52|\/12)\s?pp\b/;
/** A baby is in the picture: what makes "BF" breastfeeding and "pumping" pumping milk. */
const NURSLING_NEARBY =
  /\b(?:postpartum|post-partum|postnatal|post-natal|pp|baby|babies|bub|infant|newborn|prem|preemie|nicu|scbu|milk|formula|\d{1,2}\s?(?:-\s?)?(?:months?|mo|weeks?|wks?|days?)\s?(?:-\s?)?old)\b/;

/** A baby being weaned or fed: what makes "down to one feed" or "night feeds" a breastfeed, not a tube feed. */
const FEEDING_NEARBY = new RegExp(`${NURSLING_NEARBY.source}|\\bwean(?:ing|ed|s)?\\b`);
/**
 * A possible pregnancy (a late period, a transfer with the beta pending) is not one once a test was negative or
 * the text rules pregnancy out ("UPT negative", "negative hCG", "hysterectomy").
 */
const PREGNANCY_RULED_OUT =
  /\b(?:hcg|bhcg|upt|pregnancy test|preg test|test|beta)\s(?:(?:is|was|now|came back|returned)\s){0,2}(?:neg\b|negative|-ve\b)|\bnegative\s(?:(?:urine|serum|blood|home|beta|b)[- ]){0,2}(?:hcg|bhcg|upt|(?:pregnancy|preg) test|test|beta)\b|\bnot pregnant\b|\bpregnancy (?:(?:has been|was|is)\s)?(?:excluded|ruled out)\b|\b(?:hysterectomy|post-?menopausal)\b|\b(?:failed|unsuccessful)\s(?:ivf|embryo transfer|transfer|cycle)\b/;
/** Someone at school under 18, after a school level ("Grade 10 hockey player", "Year 11 lad", "form 4 pupil"). */
const PUPIL =
  '(?:[a-z]+\\s)?(?:student|pupil|schoolboy|schoolgirl|boy|girl|lad|lass|kid|player|athlete|footballer|cricketer|swimmer|gymnast|dancer|runner|wrestler|rower|cheerleader)s?\\b';
/**
 * Directly after a school level, the staff who teach it, at most one word on and no punctuation between ("Year 12
 * teacher", "Year 12 maths teacher", "sixth form lecturer"): an adult's job, not the pupil. "Year 11, teaching
 * assistant on Saturdays" is a pupil with a job, held.
 */
const STAFF_AFTER = '(?!\\s(?:[a-z]+\\s)?(?:teachers?|teaching|tutors?|lecturers?|coach|coaches|coordinator|staff)\\b)';
/** Not the pupil: "teaches year 9", "coaches grade 10 players". */
const NOT_A_TEACHER =
  '(?<!\\b(?:teach|teaches|teaching|taught|teacher|teachers|tutor|tutors|coach|coaches|coaching)\\s(?:a\\s|the\\s)?)';

export const POPULATION_CUES: readonly PopulationCue[] = [
  {
    id: 'under-18',
    age: true,
    infant: true,
    re: /\b(\d{1,2})\s?(?:-\s?)?(?:years?|yrs?|y)\s?(?:-\s?)?(?:old\b|o\b|\/o\b)|\b(\d{1,2})\s?yo\b/g,
    example: 'naproxen dose for a 13 year old',
    notExample: 'naproxen dose, 13 year history of back pain',
  },
  {
    id: 'under-18',
    age: true,
    // "at age 15", "since age 12" may date an event in the history: only beside the patient's current adult age
    // (adultExplains); alone ("presented at age 15") it is held
    re: /\b(?:age|aged|age:)\s?(\d{1,2})\b(?!\s?(?:mg|%|\/|weeks?|months?))/g,
    example: 'tramadol, aged 15',
    notExample: 'tramadol, aged 45',
  },
  {
    id: 'under-18',
    age: true,
    re: /(?:^|[\n,;(]\s?|\b(?:pt|patient)\s)(\d{2})\s?(?:m|f|yom|yof)\b/g,
    example: '16f with back pain, ibuprofen dose?',
    notExample: 'can only walk 10 m, ibuprofen dose?',
  },
  {
    id: 'under-18',
    age: true,
    re: /(?:^|[\n,;(]\s?|\b(?:pt|patient)\s)[mf](\d{1,2})\b(?!\s?(?:mg|%|\/|weeks?|wks?|months?|days?|kg|lb|times))/g,
    example: 'M15 with back pain, naproxen dose?',
    notExample: 'M45 with back pain, naproxen dose?',
  },
  {
    id: 'under-18',
    age: true,
    re: /\b(?:boy|girl|lad|lass)\s(?:of|aged)\s(\d{1,2})\b(?!\s?(?:mg|%|\/|weeks?|months?|years? (?:of|with|history)))/g,
    example: 'a boy of 15, naproxen?',
    notExample: 'a boy of 25 kg?',
  },
  {
    id: 'under-18',
    age: true,
    re: /\b(?:patient|pt|he|she) is (\d{1,2})\b(?!\s?(?:mg|%|\/|weeks?|wks?|months?|days?|kg|lb))/g,
    example: 'she is 16, can she take naproxen?',
    notExample: 'she is 20 weeks along and on naproxen 500 bid',
  },
  {
    // A birthday: "just turned 17", "he's 18 today", "18 today!" opening a sentence. "turns 18 next month" is not one
    // (still 17: the other cues read it).
    id: 'under-18',
    age: true,
    re: new RegExp(BIRTHDAY, 'g'),
    example: 'just turned 17, ibuprofen 400 tds ok?',
    notExample: 'eGFR 45 today, ibuprofen 400 tds ok?',
  },
  {
    id: 'under-18',
    re: /\b(?:his|her|their) (?:early |mid-?|late )?teens\b/g,
    example: 'ibuprofen for a girl in her teens',
    notExample: 'ibuprofen for a woman in her forties',
  },
  {
    id: 'under-18',
    age: true,
    re: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old\b/g,
    example: 'gabapentin for a fifteen-year-old',
    notExample: 'gabapentin for a fifty-year-old',
  },
  {
    id: 'under-18',
    infant: true,
    re: /\b\d{1,2}\s?(?:-\s?)?(?:months?|mo|weeks?|wks?|days?)\s?(?:-\s?)?old\b/g,
    example: 'ibuprofen for a 6 month old',
    notExample: 'ibuprofen for 6 months, no relief',
  },
  {
    id: 'under-18',
    re: /\b(?:teen|teens|teenage|teenager|teenagers|adolescent|adolescents|adolescence|child|children|kid|kids)\b(?![- ]?(?:bearing|birth|care|proof|hood|abuse|protection|pugh))|\bp(?:a)?ediatric\w*|\bp(?:a)?eds\b|\bunder[- ](?:the age of )?18\b|\b(?:younger than|less than|<)\s?18\b|\bhigh[- ]school (?:student|athlete)\b/g,
    example: 'duloxetine in children?',
    notExample: 'ibuprofen dose for a woman of child-bearing age',
  },
  {
    id: 'under-18',
    infant: true,
    re: /\b(?:infant|infants|toddler|toddlers|newborn|neonate|neonatal)\b/g,
    example: 'paracetamol dose for a toddler',
    notExample: 'paracetamol dose for a retired builder',
  },
  {
    // School levels are under 18 (UK/AU years 7-13, US/CA grades 6-12, IN classes 6-12, forms 1-6). Year 13 holds
    // some who have turned 18, but most of the year group is 17: the safe side is no dose, and an 18 year old can
    // say his age. A bare "grade 2" is a listhesis, "grade 4/5" a power: the level counts before a pupil word
    // ("Grade 10 hockey player"; this row), at the head of a clause ("Year 11, rugby"), after "in" ("in year 9") or
    // as an ordinal ("10th grade", "12th std"; the rows below). The three rows are kept apart: joined in one pattern
    // the ReDoS checker reads them as quadratic (test/security/regex-linear.test.ts), though each alone is linear.
    id: 'under-18',
    schoolLevel: true,
    re: new RegExp(
      `${NOT_A_TEACHER}\\b(?:year|yr|grade|gr|class|std|standard)\\s?(?:[6-9]|1[0-3])\\s${PUPIL}|${NOT_A_TEACHER}\\bform\\s?[1-6]\\s${PUPIL}`,
      'g',
    ),
    example: 'Grade 11 volleyball player, ibuprofen dose?',
    notExample: 'teaches a year 9 class, grade 2 listhesis, ibuprofen dose?',
  },
  {
    // A school level heading a clause ("Year 11, rugby", "Year 10 girl"); a level followed by its staff ("Year 12
    // teacher", "Year 12 maths teacher") is an adult's job.
    id: 'under-18',
    schoolLevel: true,
    re: new RegExp(
      `(?:^|[\\n,;(.:|]\\s?)(?:year|yr|grade|gr|class)\\s?(?:[6-9]|1[0-3])${STAFF_AFTER}(?:\\s|,\\s?)(?!(?:of|post|after|since|ago|pain|lbp|mg|hours?|hrs?|days?|weeks?|wks?|months?|times|follow|teachers?|tutors?|coach|coordinator|head|lead|staff|parents?|mum|mom|dad)\\b)[a-z]`,
      'g',
    ),
    example: 'Year 11, rugby, ibuprofen dose?',
    notExample: 'Year 12 maths teacher, 46F, ibuprofen dose?',
  },
  {
    // "in year 9", "10th grade", "12th std"; the UK sixth form is years 12-13: the lower sixth is 16-17, the upper
    // sixth 17-18 and read as under 18 like year 13 (the safe side; a stated adult age before it wins,
    // adultExplains); "sixth form lecturer" is staff.
    id: 'under-18',
    schoolLevel: true,
    re: new RegExp(
      '\\bin\\s(?:(?:year|yr|grade|class|std)\\s?(?:[6-9]|1[0-3])|form\\s?[1-6])\\b(?!\\s?(?:of|teacher|teachers|tutor|mg)\\b|\\s?\\/)' +
        `|\\b(?:[6-9]|1[0-2])th[- ](?:grade|grader|graders|class|std|standard)\\b|\\b(?:sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grade(?:r|rs)?\\b|${NOT_A_TEACHER}\\b(?:(?:lower|upper)[- ]sixth(?:[- ]form(?:er|ers)?)?|sixth[- ]form(?:er|ers)?)\\b${STAFF_AFTER}`,
      'g',
    ),
    example: 'lower sixth student, ibuprofen dose?',
    notExample: 'sixth form college lecturer, ibuprofen dose?',
  },
  {
    // High school and middle school by level ("HS junior", "sophomore in high school", "middle schooler").
    id: 'under-18',
    schoolLevel: true,
    re: /\b(?:hs|high[- ]school|middle[- ]school|junior[- ]high|secondary[- ]school)\s(?:freshman|sophomore|junior|senior|student|pupil|athlete|player|boy|girl|kid|footballer)s?\b|\b(?:freshman|sophomore|junior|senior|student)\s(?:in|at)\s(?:hs|high[- ]school|middle[- ]school|junior[- ]high)\b|\b(?:high|middle)[- ]schoolers?\b|\b(?:is|currently|still|now)\s(?:in|at)\s(?:hs|high school|middle school|junior high|secondary school)\b/g,
    example: 'HS junior on the swim team, naproxen?',
    notExample: 'college junior on the swim team, naproxen?',
  },
  {
    // "N yrs" beside a person word is an age ("boy, 17 yrs", "16 yrs female", shorthand "16 yr M" opening a clause),
    // not a history ("male, 15 yrs of LBP", "smoker 10 yrs, f/u").
    id: 'under-18',
    age: true,
    re: new RegExp(
      String.raw`\b(?:boy|girl|lad|lass|male|female|schoolboy|schoolgirl|student|pupil)[,:]?\s(?:aged\s|age\s)?(\d{1,2})\s?(?:years?|yrs?|y)\b(?!\s?(?:of|with|hx|history|ago|since|post|duration|lbp|back|pain|smok\w*)\b)` +
        String.raw`|\b(\d{1,2})\s?(?:years?|yrs?)\s(?:boy|girl|lad|lass|male|female|schoolboy|schoolgirl)\b|${YEARS_LETTER}`,
      'g',
    ),
    example: 'boy, 17 yrs, naproxen dose?',
    notExample: 'male, 15 yrs of back pain, naproxen dose?',
  },
  {
    // A parent asking for their child ("Mum 40F asks about naproxen dose for her child", "Dad (45 yo) asks about
    // naproxen for his teen"): the child is the patient, not the parent's relative (OWNER_BEFORE reads "her child"
    // as the patient's own child). Only in a text opening a sentence with the parent.
    id: 'under-18',
    context: /(?:^|[.!?\n]\s?)\W{0,3}(?:mum|mom|mother|dad|father|parents?)\b/,
    re: /\bfor\s(?:her|his|their|my|our)\s(?:child|kid|kids|children|teen|teenager|boy|girl|baby|little one)\b/g,
    example: 'Mum 40F asks about naproxen dose for her child',
    notExample: 'Mum 40F asks about naproxen dose for her back',
  },
  {
    // A parent consents for the patient ("mom signing the consent", "parental consent"): a minor.
    id: 'under-18',
    re: /\b(?:(?:his|her|their|the)\s)?(?:mom|mum|mother|dad|father|parents?)\s(?:(?:is|are|has|have|will|to|who)\s)?(?:(?:signing|signed|signs|sign|giving|gave|gives|give|providing|provided|provides)\s(?:(?:the|a|written|verbal|informed)\s){0,2}consent|consenting\b|consented\b|consents\b)|\bparental consent\b|\bconsent\s(?:(?:was|is|given|obtained|signed|taken)\s){0,2}(?:from|by)\s(?:(?:his|her|their|the)\s)?(?:mom|mum|mother|dad|father|parents?)\b/g,
    example: 'mum signing the consent, tramadol?',
    notExample: 'mum drives her in, tramadol?',
  },
  {
    id: 'pregnancy',
    re: /(?<!\bnon[- ]?)\b(?:pregnant|pregnancy|gravid|antenatal|prenatal|(?:first|second|third|1st|2nd|3rd) trimester)\b(?! (?:test|category|categories|class|rating|registry|registries)\b)|\b(?:positive pregnancy test|pregnancy test (?:positive|\+))|\b\d{1,2}\s?(?:\+\d\s?)?(?:weeks?|wks?|w)\s(?:pregnant|gestation|pg|of pregnancy|along)\b/g,
    example: '24 wks pregnant, naproxen?',
    notExample: 'naproxen pregnancy category?',
  },
  {
    // Obstetric history with a gestation now, dictated too: "G3P2 currently 31 weeks", "gravida two para one at 20
    // weeks" (G2P2 alone is history).
    id: 'pregnancy',
    re: /\b(?:g\s?\d{1,2}\s?p\s?\d{1,4}|gravida\s(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten),?\spara\s(?:\d{1,2}|zero|nil|one|two|three|four|five|six|seven|eight|nine|ten))(?:\+\d)?,?(?:\s(?:at|@|currently|now|and))?\s\d{1,2}\s?(?:\+\d\s?)?(?:weeks?|wks?|w|\/40)\b/g,
    example: 'gravida two para one currently 24 weeks, naproxen?',
    notExample: 'gravida two para two, youngest is 9, naproxen?',
  },
  {
    // An early pregnancy on a scan: "IUP" (intrauterine pregnancy), a gestational sac or fetal heart seen, a dating
    // or booking scan.
    id: 'pregnancy',
    re: /\bs?iup\b|\bgestational sac\b|\bf(?:o)?etal\s(?:heart(?:beat)?|pole|cardiac activity)\b|\b(?:dating|booking|viability|nuchal|anomaly)\s(?:scan|us|uss|ultrasound)\b/g,
    example: 'viable IUP on scan at 7 wks, gabapentin?',
    notExample: 'IUD fitted last year, gabapentin?',
  },
  {
    // Pregnant in a clinician's first language: Spanish "embarazada", "embarazo", Spanish/Portuguese "gestante",
    // French "enceinte". "No está embarazada", "embarazo negativo" and "prueba de embarazo negativa" are not a
    // pregnancy (the row's unless).
    id: 'pregnancy',
    re: /\b(?:embarazada|embarazadas|embarazo|gestante|enceinte)\b/g,
    unless:
      /\b(?:no|not|nao|não)\s(?:est[aá]\s|is\s)?(?:embarazada|gestante|enceinte)\b|\b(?:(?:prueba|test)\s(?:de\s)?)?embarazo\s(?:(?:test|prueba)\s)?negativ[oa]\b|\bnegativ[oa]\s(?:(?:prueba|test)\s(?:de\s)?)?(?:embarazo)\b/,
    example: 'she is embarazada, can she take ibuprofen?',
    notExample: 'no está embarazada, ibuprofen?',
  },
  {
    // "preg" for pregnant ("30F preg"); "pregabalin" is one word, and a "preg test" is read by the row below.
    id: 'pregnancy',
    re: /\bpreg\b(?!\.?\s?(?:tests?|status|category|cat)\b)/g,
    example: '31F preg, ibuprofen?',
    notExample: '31F on pregabalin, ibuprofen?',
  },
  {
    // A positive hCG or pregnancy test, in either order and with a few words between ("beta hCG positive", "urine
    // hCG just came back positive", "UPT +ve", "positive serum bhCG", "positive home pregnancy test").
    id: 'pregnancy',
    re: /\b(?:(?:beta|b|serum|urine|blood)[- ]?)?(?:hcg|bhcg|upt|pregnancy test|preg test)\s(?:(?:test|result|level|just|has|have|now|today|also|came|come|back|is|was|returned|as|strongly|weakly|clearly)\s){0,4}(?:positive\b|pos\b|\+ve\b|\+(?![\w+]))|(?:\bpositive|\+ve)\s(?:(?:urine|serum|blood|home|quantitative|qualitative|beta|b)[- ]){0,2}(?:hcg|bhcg|upt|(?:pregnancy|preg) test)\b|\bpositive\s(?:preg|upt)\b/g,
    example: 'urine hCG just came back positive, naproxen?',
    notExample: 'serum hCG negative, naproxen?',
  },
  {
    // Possibly pregnant, the safe side: a late or missed period, LMP 5 weeks or more with no test, a transfer
    // awaiting the beta. Not once a test is negative or pregnancy is ruled out.
    id: 'pregnancy',
    unless: PREGNANCY_RULED_OUT,
    re: /\blmp\b[^;\n\d]{0,20}?(?:[5-9]|[1-3]\d)\s?(?:\+\d\s?)?(?:weeks?|wks?|\/52)\b|\b(?:missed|late)\s(?:(?:her|a|last|one|two|2|1)\s)?(?:period|periods|menses)\b|\b(?:period|periods|menses)\s(?:is\s|are\s|was\s)?(?:\d{1,2}\s?(?:days?|weeks?|wks?)\s)?(?:late|overdue)\b|\b(?:(?:beta|b|serum|urine)[- ]?)?hcg\s(?:(?:test|result|level|is|still)\s){0,2}(?:pending|awaited|outstanding)\b|\b(?:awaiting|pending)\s(?:(?:her|a|the)\s)?(?:(?:beta|b|serum|urine)[- ]?)?(?:hcg|bhcg|beta|pregnancy test|upt)\b|\bbeta\s(?:is\s)?pending\b|\bembryo transfer\b|\b(?:2ww|(?:two|2)[- ]week wait)\b/g,
    example: 'LMP about 7 weeks ago, no test yet, gabapentin?',
    notExample: 'LMP about 7 weeks ago, UPT negative, gabapentin?',
  },
  {
    // A test after the last period: it is a pregnancy test ("LMP 5 wks ago, test +ve").
    id: 'pregnancy',
    re: /\blmp\b[^;\n]{0,40}?(?:[,.]\s?|\b(?:home|urine)\s)test\s(?:is\s|was\s|came back\s)?(?:positive|pos\b|\+)/g,
    example: 'LMP 7 weeks ago. Home test positive. Tramadol?',
    notExample: 'LMP 7 weeks ago, test negative. Tramadol?',
  },
  {
    // A gestation said of her without the word ("she's 30 wks", "IVF, 9 weeks", "26/40"): weeks "post-op" or
    // "ago" are not a gestation; n/40 is a gestation up to 42, unless it is a visual acuity or a score.
    id: 'pregnancy',
    re: /\b(?:she's|she is)\s(?:now\s)?\d{1,2}\s?(?:\+\d\s?)?(?:weeks?|wks?)(?=\s?(?:$|[,.;:)!?]))|\bivf(?:\spregnancy)?,?\s(?:at\s|now\s)?\d{1,2}\s?(?:\+\d\s?)?(?:weeks?|wks?|w)\b(?!\s?(?:ago|post|since)\b)/g,
    example: 'gabapentin? she is 26 wks.',
    notExample: 'gabapentin? she is 26 wks post-op.',
  },
  {
    // A bare "26/40" is a gestation up to 42, unless it is a visual acuity or a score, or the Oswestry's points
    // over the maximum of the sections answered ("ODI was actually 30/40": 30 of 40, clinical-reference section 5).
    id: 'pregnancy',
    unless: ODI_POINTS_SAID,
    re: /(?<![/.])(?<!\b(?:vision|acuity|va|score|scored)\s)\b(?:[4-9]|[1-3]\d|4[0-2])\/40\b(?!\s?(?:mg|mcg|vision)\b)/g,
    example: 'tramadol ok? she is 26/40',
    notExample: 'ODI was actually 30/40',
  },
  {
    // A gestation said as one even beside an Oswestry ("at 30/40", "30/40 pregnant", "30/40 gestation").
    id: 'pregnancy',
    re: /\b(?:at|@)\s(?:[4-9]|[1-3]\d|4[0-2])\/40\b|\b(?:[4-9]|[1-3]\d|4[0-2])\/40\s(?:pregnant|gestation|weeks? pregnant|wks? pregnant|pg|preg)\b/g,
    example: 'at 30/40, ODI 22/40, naproxen?',
    notExample: 'ODI 30/40 at 8 weeks, naproxen?',
  },
  {
    // "expecting her second baby"; a grandchild is not hers, and "his wife is expecting" is RELATIVE_BEFORE's.
    id: 'pregnancy',
    // "expecting, due in 10 weeks", "her due date is in May".
    re: /\bexpecting\s(?:(?:her|a|their|the|our)\s)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|next|another)\s)?(?:baby|child|twins)\b|\bexpecting\b[^;\n.]{0,20}?\b(?:due|edd|edc)\b|\b(?:she's|she is|shes|she)\sdue\s(?:in\s(?:about\s|around\s|approx\s|~\s?)?\d{1,2}\s?(?:weeks?|wks?)\b|to deliver\b)|\b(?:her|baby's)\sdue date\b|\bbaby\s(?:is\s)?due\b/g,
    example: 'she is expecting her third baby, naproxen?',
    notExample: 'she is expecting her third grandchild, naproxen?',
  },
  {
    id: 'breastfeeding',
    re: /\b(?:breast[- ]?feed(?:ing|s)?|breast[- ]?fed|chest[- ]?feed(?:ing|s)?|chest[- ]?fed|body[- ]?feed(?:ing|s)?|ebf|lactating|lactation|mixed[- ]feeding|mix[- ]feeding|combination feeding|nursing (?:mother|mom|mum))\b/g,
    example: 'is tramadol ok for a nursing mother?',
    notExample: 'tramadol dose for a patient in a nursing home',
  },
  {
    // Nursing a baby, or milk for one ("nursing her 5 mo", "expressing breast milk", "feeds the baby herself",
    // "pumping for her premature son": expressing for a child is milk, with or without a baby word elsewhere).
    id: 'breastfeeding',
    re: /\bnursing\s(?:her|a|an|the|my)\s(?:\d{1,2}\s?(?:-\s?)?(?:months?|mo|weeks?|wks?)\b|baby|infant|newborn|twins|toddler)\b|\b(?:express(?:es|ing)?|pump(?:s|ing)?)\s(?:breast\s?)?milk\b|\bbreast\s?milk\b|\b(?:feeds|feeding)\s(?:the\s|her\s)?(?:baby|infant|newborn|twins)\s(?:herself|at the breast|from the breast)\b|\b(?:express(?:es|ing)?|pump(?:s|ing)?)\s(?:milk\s)?for\s(?:her|the|a|their)\s(?:[a-z]+\s)?(?:baby|babies|twins|triplets|son|daughter|newborn|infant|little one|prem|preemie)\b/g,
    example: 'expresses breast milk at work, naproxen?',
    notExample: 'expresses concern about naproxen',
  },
  {
    // "BF" and "pumping" are breastfeeding only with a baby in the text ("BF, 3/12 postpartum"); "her BF" who drives
    // her is the boyfriend.
    id: 'breastfeeding',
    context: NURSLING_NEARBY,
    // "EBM" (expressed breast milk; else evidence-based medicine) and "expressing (EBM) for her baby" likewise.
    re: /(?<!\b(?:her|my|his|your|with|and)\s)\bbf\b|\bpumping\b|\bebm\b|\bexpress(?:es|ing)\b(?=\s?(?:\(|for\s(?:her|the|a|his|their|twins)\b|[,;.]|$))/g,
    example: 'BF, baby 3 months, ibuprofen?',
    notExample: 'BF drives her in, ibuprofen?',
  },
  {
    // Weaning but still feeding ("down to one feed", "night feeds only", "still feeding at bedtime"), beside a baby
    // or weaning; a tube or formula feed is not one.
    id: 'breastfeeding',
    context: FEEDING_NEARBY,
    re: /(?<!\b(?:formula|bottle|tube|ng|ngt|peg|rig|enteral|nj)\s)\b(?:night|nighttime|night-time|overnight|bedtime|morning|evening|nap)\s(?:breast)?feeds?\b|\bdown to\s(?:one|1|two|2|a)\s(?:[a-z]+\s)?(?:breast)?feeds?\b|(?<!\b(?:formula|bottle|tube|ng|ngt|peg|rig|enteral|nj)\s)\b(?:breast)?feeds?\s(?:only\s)?(?:at night|overnight|at bedtime|in the (?:morning|evening|night))\b|\b(?:still|currently)\s(?:breast|chest)?feed(?:ing|s)\b/g,
    example: 'weaning, down to one feed a day, duloxetine?',
    notExample: 'weaning, PEG feeds overnight, duloxetine?',
  },
];

/**
 * Before an under-18 cue: another person's age ("his 15 year old", "has 3 kids", "with two children", "mother of
 * two children", "2 children"). Not before pregnancy or breastfeeding: "her third trimester" is the patient's.
 */
const OWNER_BEFORE =
  /\b(?:(?:his|her|their|my|our|your|whose)\s(?:(?:\d{1,2}|one|two|three|four|five|young|little|own|teenage)\s){0,2}|(?:has|have|had|with)\s(?:(?:a|an|\d{1,2}|one|two|three|four|five|young|little|small|grown)\s){0,2}|(?:mother|father|parent|mom|mum|dad)\sof\s(?:(?:a|an|\d{1,2}|one|two|three|four|five|young|little|small|grown)\s){0,2})$|(?:^|\s)(?:\d{1,2}|two|three|four|five|six)\s$/;
/** Before any cue: a relative's state ("his wife is pregnant", "daughter's pregnancy", "her daughter (16 wks pregnant)"). */
const RELATIVE_BEFORE =
  /\b(?:wife|partner|girlfriend|fiancee|daughter|stepdaughter|granddaughter|sister|son|friend|colleague|niece|cousin|neighbou?r)(?:-in-law)?(?:'s)?(?:\s|\s?\(\s?|,?\swho\s)(?:is\s|was\s|'s\s)?(?:\w+\s)?$/;
/** After a cue: the person is a relative ("15 year old son", "teenage daughter"). */
const RELATIVE_AFTER =
  /^[\s-]{0,2}(?:son|sons|daughter|daughters|grandson|granddaughter|grandchild|grandchildren|niece|nephew|sibling|siblings|brother|sister|kids?|children|child)\b/;
/** Before an age cue: the age a correction takes back ("61 yo, not 16 yo"). */
const NOT_THIS_AGE = /\bnot\s(?:a\s|an\s)?$/;
/** Before a cue: a past state ("stopped breastfeeding", "previous pregnancy", "since pregnancy", "as a child"). */
const PAST_BEFORE =
  /\b(?:(?:stopped|finished|ceased|quit|weaned|formerly|previously|previous|prior|last|past|earlier|since|after|post)\s(?:(?:her|their)\s)?(?:\w+\s)?|(?:as|was|were|when)\sa\s)$/;
/**
 * Before an under-18 cue: the patient has left children's care ("moved over from paeds", "transitioned from the
 * paediatric clinic", "aged out of CAMHS"). UK transition can be at 16, so only with an adult age stated (adultExplains).
 */
const LEFT_CHILDREN_BEFORE =
  /\b(?:(?:moved|moving|transitioned|transitioning|transferred|graduated|discharged)\s(?:over\s|up\s|across\s)?(?:from|out of)|aged out of|outgrew)\s(?:the\s)?$/;
/**
 * Around a pregnancy or breastfeeding cue: the clinician speaking of herself, "I'm 30/40 myself", "I am breastfeeding
 * myself". It is not the patient's only when the text clearly describes someone else (ANOTHER_PATIENT or a male
 * patient: "I'm 30/40 myself ... for a 52M"). Without "myself", or beside a female patient's description ("29F, I'm 20
 * weeks pregnant", "Pt says 'I'm pregnant' - 28F"), the speaker may be the patient: it counts (the safe side).
 */
const SPEAKER_BEFORE =
  /(?:^|[^\w'])(?:i'm|i am|i've been|ive been)\s(?:(?:now|currently|also|just|still|nearly|almost|about|in|my)\s){0,3}$/;
const SPEAKER_AFTER = /^\s?myself\b/;
/** A patient in the third person: "my patient", "a pt", "for a 52M", "for a 30 yo woman". */
const ANOTHER_PATIENT =
  /\b(?:my|a|an|this|our|the)\s(?:patient|pt)\b|\bfor\s(?:a|an|my|this|our)\s\d{2,3}\s?(?:yo\s?)?(?:m|f|yom|yof|male|female|man|woman)\b/;
/**
 * Someone other than the patient: a relative, a carer, a doctor, the speaker ("Mum 40F asks about ... her child",
 * "Referred by GP (45 yo), teenager", "Parent (aged 44) reports adolescent"). An adult age in a sentence naming one of
 * them may be theirs, not the patient's (adultAges, adultExplains).
 */
export const OTHER_PERSON_WORDS =
  '(?:mum|mom|mother|mummy|mommy|dad|daddy|father|parents?|guardian|step-?(?:mum|mom|dad|father|mother)|grand(?:ma|mother|pa|dad|father)|granny|nan|gran|aunt|auntie|uncle|husband|wife|partner|boyfriend|girlfriend|fiancee?|brother|sister|sibling|son|daughter|friend|carer|caregiver|gp|dr|doctor|consultant|registrar|nurse|physio|teacher|coach|tutor|colleague|referrer)';
/** The speaker is another person too ("I'm 45, seeing a teenager"). */
const OTHER_PERSON = new RegExp(`\\b(?:${OTHER_PERSON_WORDS}|i|i'm|me|my|myself)\\b`);
/** Before "age N": an event dated in the history ("at age 15", "since age 12"). */
const AGE_IN_HISTORY_BEFORE = new RegExp(String.raw`\b${AGE_IN_HISTORY_WORDS}\s$`);
/**
 * Before "at age N", in its clause: a past event it dates ("it was a single febrile seizure at age two", "had a
 * fracture at age 12", "PMH - febrile seizure at age 2"), not the patient's age now, even with no adult age in the same message (a correction inside an
 * open case). "presented at age 15" says no past event and stays held.
 */
const PAST_EVENT_BEFORE =
  /\b(?:was|were|had|happened|occurred|diagnosed|as a (?:child|baby|toddler|teenager|teen|kid)|history of|pmh|pmhx|past medical history|background)\b/;
function pastEventDated(norm: string, item: Item, start: number): boolean {
  const before = norm.slice(Math.max(item.start, start - 60), start);
  return AGE_IN_HISTORY_BEFORE.test(before) && PAST_EVENT_BEFORE.test(before) && !PRESENT_BEFORE.test(before);
}
/** Before an age: the clause is about now ("seen today at age 16"), not the history. */
const PRESENT_BEFORE = /\b(?:today|now|currently|presently|presents|presenting|this (?:week|visit))\b/;
/** After a pregnancy or breastfeeding cue: it was years ago ("during her 2nd pregnancy ~9 yrs ago"). */
const PAST_AFTER =
  /^(?:\s(?:her|his|their|both|all|the)(?:\s[a-z]+)?)?[\s(~,]{0,3}(?:about\s|around\s|approx\.?\s|over\s|some\s)?(?:(?:\d{1,2}|a|an|one|few|several|many)\s?)?(?:years?|yrs?|y|decades?)\s?ago\b/;
/**
 * After a cue: it is excluded ("pregnancy excluded", "pregnancy has been ruled out"), or an EHR field says no
 * ("Pregnant: N", "Lactating: neg", "Breastfeeding = no", "Pregnancy status: Not pregnant"); "Pregnant: no idea" is not a no.
 */
const EXCLUDED_AFTER =
  /^\s?(?:(?:has been|have been|was|is|been)\s)?(?:excluded|ruled out|unlikely|impossible|not possible)\b|^\s?(?:status\s?)?[:=]\s?(?:n|no|neg|negative|-ve|nil|none|n\/a|not pregnant|not breastfeeding|not lactating)\b(?!\s(?:idea|sure|test)\b)/;
/** Mentions of one cue read before the text counts as saying it. */
const MAX_CHECKS = 100;
/** Negation reaches a cue from at most this many words before it ("no chance of pregnancy", "not currently pregnant"). */
const NEGATION_WORDS = 3;

/**
 * The populations outside the pathway that the text says the patient is in. Negated ("not pregnant", "no chance
 * of pregnancy", "denies pregnancy"), another person's ("her 15 year old son", "wife is pregnant") and past
 * ("stopped breastfeeding") mentions do not count; a possible one ("?pregnant", "may be pregnant") does.
 */
export function populationsIn(text: string): PopulationId[] {
  if (typeof text !== 'string' || !text) return [];
  // Shared by the normalised text, the only thing read: the extraction asks with its normalised text and the
  // population hold with the message as typed, one reading for both when they normalise alike.
  return sharedReading('populationsIn', populationsInOnce, normalize(text.slice(0, 20_000)));
}

function populationsInOnce(norm: string): PopulationId[] {
  // Items are cut only once a cue is found (most texts have none).
  let items: Item[] | undefined;
  const found = new Set<PopulationId>();
  // An infant's age said of the patient: under 18 unless the text says breastfeeding (then it is the nursling's).
  let infantAge = false;
  const postpartum = POSTPARTUM.test(norm);
  // The patient's own ages of 18 or over, read once an under-18 cue is found (undefined: not read yet)
  let adults: number[] | undefined;
  for (const cue of POPULATION_CUES) {
    if (found.has(cue.id)) continue;
    if (cue.context && !cue.context.test(norm)) continue;
    if (cue.unless?.test(norm)) continue;
    cue.re.lastIndex = 0;
    let at = 0; // the item of the last match: matches come in text order, so the item index only moves forward
    let checked = 0;
    for (let m = cue.re.exec(norm); m; m = cue.re.exec(norm)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      const years = cue.age ? m.slice(1).find((g) => g !== undefined) : undefined;
      if (years !== undefined && Number(years) >= ADULT_AGE) continue;
      if (cue.id === 'pregnancy' && postpartum && m[0].trim() === 'pregnancy') continue;
      // A text repeating a cue past any real note ("not pregnant, " x 1,000) is read as saying it: bounded work,
      // and the safe side (no dose) when in doubt.
      if (++checked > MAX_CHECKS) {
        found.add(cue.id);
        break;
      }
      const start = m.index + (m[0].length - m[0].trimStart().length);
      items ??= itemsOf(norm);
      while (at + 1 < items.length && items[at + 1]!.start <= start) at++;
      if (saysPatientIs(norm, items[at]!, start, m.index + m[0].length, cue)) {
        if (cue.age && pastEventDated(norm, items[at]!, start)) continue;
        if (cue.id === 'under-18') {
          adults ??= adultAges(norm, items);
          if (adults.length && adultExplains(norm, items, at, start, cue, adults)) continue;
        }
        if (cue.infant && (years === undefined || Number(years) < NURSLING_YEARS)) {
          infantAge = true; // look on for the patient's own age
          continue;
        }
        found.add(cue.id);
        break;
      }
    }
  }
  if (infantAge && !found.has('breastfeeding')) found.add('under-18');
  return POPULATION_IDS.filter((id) => found.has(id));
}

/**
 * The starts of the patient's own ages of 18 or over (an age cue, not another person's or a past one), in no order.
 * An age in a sentence that names another person up to its clause ("Mum 40F asks ...", "Referred by GP (45 yo)") may
 * be theirs and is left out: the safe side.
 */
function adultAges(norm: string, items: readonly Item[]): number[] {
  const found: number[] = [];
  for (const cue of POPULATION_CUES) {
    if (!cue.age) continue;
    // The age cues are not being read by the caller (it asks from a word cue or once an age cue matched, and
    // restarts each cue at 0), so their compiled patterns are reused here.
    const re = cue.re;
    const from = re.lastIndex;
    re.lastIndex = 0;
    let at = 0;
    let checked = 0;
    for (let m = re.exec(norm); m && ++checked <= MAX_CHECKS; m = re.exec(norm)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const years = m.slice(1).find((g) => g !== undefined);
      if (years === undefined || Number(years) < ADULT_AGE) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      while (at + 1 < items.length && items[at + 1]!.start <= start) at++;
      const item = items[at]!;
      if (OTHER_PERSON.test(norm.slice(sentenceStart(items, at), item.start + item.text.length))) continue;
      if (saysPatientIs(norm, item, start, m.index + m[0].length, cue)) found.push(start);
    }
    re.lastIndex = from;
  }
  return found;
}

/**
 * An under-18 cue that the patient's stated adult age explains (`adults`, not empty):
 * - "at age 15", "since age 12": an event dated in the history beside the current adult age ("45M, at age 15 he had a
 *   fracture"), unless the clause is about now ("seen today at age 16");
 * - "moved over from paeds": the patient left children's care, an adult by the stated age ("18 today! ... moved over
 *   from paeds");
 * - a school level after the adult age in the same sentence, no other person named in it up to the cue ("19M, sixth
 *   former"; not "45F mum here with her son in Year 10").
 */
function adultExplains(
  norm: string,
  items: readonly Item[],
  at: number,
  start: number,
  cue: PopulationCue,
  adults: readonly number[],
): boolean {
  const before = norm.slice(Math.max(items[at]!.start, start - 40), start);
  if (cue.age) return AGE_IN_HISTORY_BEFORE.test(before) && !PRESENT_BEFORE.test(before);
  if (LEFT_CHILDREN_BEFORE.test(before)) return true;
  if (!cue.schoolLevel) return false;
  const from = sentenceStart(items, at);
  if (OTHER_PERSON.test(norm.slice(from, start))) return false;
  return adults.some((a) => a >= from && a < start);
}

/** Where the sentence of `items[at]` starts. */
function sentenceStart(items: readonly Item[], at: number): number {
  let k = at;
  while (k > 0 && items[k - 1]!.sentence === items[at]!.sentence) k--;
  return items[k]!.start;
}

function saysPatientIs(norm: string, item: Item, start: number, end: number, cue: PopulationCue): boolean {
  const id = cue.id;
  const before = norm.slice(Math.max(item.start, start - 40), start);
  const after = norm.slice(end, Math.min(item.start + item.text.length, end + 30));
  // A relative may sit in the item before ("his daughter, who is pregnant"): its own bounded slice.
  if (RELATIVE_BEFORE.test(norm.slice(Math.max(0, start - 40), start)) || RELATIVE_AFTER.test(after)) return false;
  if (id === 'under-18' && OWNER_BEFORE.test(before)) return false;
  if (PAST_BEFORE.test(before) || EXCLUDED_AFTER.test(after)) return false;
  if (cue.age && NOT_THIS_AGE.test(before)) return false;
  if (
    id !== 'under-18' &&
    SPEAKER_BEFORE.test(before) &&
    SPEAKER_AFTER.test(after) &&
    (statedSex(norm)?.sex === 'male' || ANOTHER_PATIENT.test(norm))
  )
    return false;
  if (cue.age) return true;
  if (id !== 'under-18' && PAST_AFTER.test(after)) return false;
  // The project's negation reading, kept to the last few words: "naproxen didn't help and she is pregnant" is pregnant.
  const from = wordsBefore(norm, Math.max(item.start, start - 40), start, NEGATION_WORDS);
  const to = Math.min(item.start + item.text.length, end + 80);
  const near: Item = { text: norm.slice(from, to), start: from, sentence: item.sentence };
  return polarityIn(near, start, end) !== 'absent';
}

/** Offset of the start of the `count`-th word before `at` (not before `floor`). */
function wordsBefore(text: string, floor: number, at: number, count: number): number {
  let i = at;
  for (let w = 0; w < count && i > floor; w++) {
    while (i > floor && /\s/.test(text[i - 1]!)) i--;
    while (i > floor && !/\s/.test(text[i - 1]!)) i--;
  }
  return i;
}

/** The populations outside the pathway that an open case holds: said in its text, or an age under 18. */
export function casePopulations(facts: Pick<CaseFacts, 'age' | 'population'>): PopulationId[] {
  const found = new Set<PopulationId>(facts.population ?? []);
  if (facts.age !== undefined && facts.age < ADULT_AGE) found.add('under-18');
  return POPULATION_IDS.filter((id) => found.has(id));
}
