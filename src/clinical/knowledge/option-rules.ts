import { z } from 'zod';
import { conditionIdSchema, type ConditionId } from '../case/case-facts.js';
import { drugClassSchema, drugIdSchema, drugNames, type DrugId } from './drug-catalogue.js';
import { hasEntry } from './knowledge-base.js';

/**
 * What takes a guideline drug option out of the plan for this patient, or makes the clinician confirm it first,
 * beyond the label rows the dosing data already carries (renal tiers, age rules, liver and condition rules:
 * src/clinical/knowledge/dosing-*.ts, read by src/clinical/case/option-status.ts). Each row names the knowledge entry
 * that says it (its text and source are what the reply cites) and where the rule is read.
 *
 * clinical-reference.md (version 2): "A label fact that says avoid, contraindicated or not recommended for this
 * patient takes the drug out of the recommendation for this patient (the bot says why and moves to the guideline's
 * next option)". A warning-only pair (tramadol + an SSRI, duloxetine + an anticoagulant) is not a row here: the
 * option stays, with its interaction warning.
 */

/** The guideline's drug options that the case can rule out or hold for confirmation. */
export const drugOptionIdSchema = z.enum(['nsaid', 'duloxetine', 'tramadol', 'gabapentin', 'pregabalin']);
export type DrugOptionId = z.infer<typeof drugOptionIdSchema>;

/**
 * 'not-for-this-patient': out, with its reason, and the guideline's next option steps up. 'confirm': held until the
 * clinician confirms the risks. 'check': the option stays offered and its own line carries the check (a question with
 * no threshold in the sources, such as whether drinking said as an amount is heavy, never holds the plan back).
 */
export const optionVerdictSchema = z.enum(['not-for-this-patient', 'confirm', 'check']);
export type OptionVerdict = z.infer<typeof optionVerdictSchema>;

export const optionRuleSchema = z
  .strictObject({
    option: drugOptionIdSchema,
    verdict: optionVerdictSchema,
    /** A co-medication the case holds (any of these classes or drugs). */
    held: z
      .strictObject({
        classes: z.array(drugClassSchema).default([]),
        drugs: z.array(drugIdSchema).default([]),
        /**
         * The rule still holds this many days after the co-medication is stopped (the reference's "or within 14
         * days" of an MAOI); a stop with no date said counts as within it, and the reply asks when it was stopped.
         */
        withinDays: z.number().int().positive().optional(),
      })
      .optional(),
    /** Any of these conditions answered "yes". */
    conditions: z.array(conditionIdSchema).min(1).optional(),
    /**
     * Holds only while none of these conditions is answered "yes" or "no" (a "not sure" leaves it unanswered): a
     * check that the answer settles, one way or the other (alcohol use: is it heavy?).
     */
    unanswered: z.array(conditionIdSchema).min(1).optional(),
    /** Liver tests said abnormal in the case ("ALT 2x ULN", "GGT raised"). */
    liverTestsAbnormal: z.literal(true).optional(),
    /** Kidney function below this CrCl (eGFR read as CrCl; a CKD stage by its band). */
    kidneyBelow: z.number().positive().optional(),
    /** The reason as the reply says it, short ("on an MAOI"). */
    label: z.string().min(3),
    /**
     * The rule as a list of what decides between two options names it ("an MAOI"; dialogs/answers/either-option.ts).
     * A rule without it is named there by another row: its avoid row in the dosing data (same knowledge id or case
     * condition), a named rule with the same knowledge id, or the named rules it pairs (test/answers/either-option.test.ts).
     */
    named: z.string().min(3).optional(),
    knowledgeId: z.string().min(3),
    /** Where the rule is read (reference section, label, or the project reading it follows). */
    source: z.string().min(3),
  })
  .refine(
    (r) => r.held !== undefined || r.conditions !== undefined || r.kidneyBelow !== undefined,
    'a rule tests the case',
  )
  .refine((r) => !r.held || r.held.classes.length + r.held.drugs.length > 0, 'empty held');
export type OptionRule = z.infer<typeof optionRuleSchema>;

const REF_2 = 'clinical-reference.md section 2 (FDA labels)';

/**
 * The check a duloxetine start carries while the clinician has not said whether the drinking is heavy (the question
 * 'heavyAlcohol' asks it); {said} is the amount as written ("3 units/week"), in brackets, or nothing.
 */
export const HEAVY_UNSAID_LEAD = 'first confirm the drinking';
const HEAVY_UNSAID_LABEL = `${HEAVY_UNSAID_LEAD}{said} is not heavy: avoid duloxetine with heavy alcohol use`;
const REF_3 = 'clinical-reference.md section 3 (interactions)';

/** Every test a row names must hold (a row with a co-medication and a condition needs both). */
export const optionRules: readonly OptionRule[] = z.array(optionRuleSchema).parse([
  {
    option: 'duloxetine',
    verdict: 'not-for-this-patient',
    held: { classes: ['maoi'], withinDays: 14 },
    label: 'on an MAOI',
    named: 'an MAOI',
    knowledgeId: 'interaction.maoi',
    source: `${REF_2}: duloxetine contraindicated with an MAOI (or within 14 days)`,
  },
  {
    option: 'duloxetine',
    verdict: 'not-for-this-patient',
    held: { drugs: ['fluvoxamine', 'ciprofloxacin'] },
    label: 'on a potent CYP1A2 inhibitor',
    named: 'a potent CYP1A2 inhibitor',
    knowledgeId: 'interaction.duloxetine-cyp1a2',
    source: `${REF_3}: duloxetine + fluvoxamine or ciprofloxacin, avoid`,
  },
  {
    option: 'duloxetine',
    verdict: 'not-for-this-patient',
    held: { classes: ['ssri'], drugs: ['other-snri'] },
    label: 'on an SSRI or SNRI: duplicate antidepressant therapy',
    named: 'an SSRI or another SNRI',
    knowledgeId: 'interaction.duloxetine-serotonergic',
    source: `${REF_3}: an SSRI or SNRI with duloxetine, not recommended`,
  },
  {
    // the avoid row itself (uncontrolled) is the duloxetine record's condition rule (dosing-escalation.ts)
    option: 'duloxetine',
    verdict: 'confirm',
    conditions: ['narrow-angle-glaucoma-controlled'],
    label: 'narrow-angle glaucoma said to be controlled',
    knowledgeId: 'condition.duloxetine-glaucoma',
    source: `${REF_2}: duloxetine, avoid in uncontrolled narrow-angle glaucoma`,
  },
  {
    // "glaucoma" alone: most is open-angle (not in the rule), but it may be uncontrolled narrow-angle, so ask
    option: 'duloxetine',
    verdict: 'confirm',
    conditions: ['glaucoma-type-unknown'],
    label: 'glaucoma, type not given (which type, and is it controlled?)',
    knowledgeId: 'condition.duloxetine-glaucoma',
    source: `${REF_2}: duloxetine, avoid in uncontrolled narrow-angle glaucoma`,
  },
  {
    // Drinking said as an amount or a habit, with no word on whether it is heavy: the reference gives no threshold
    // for "heavy" (its avoid row is the duloxetine record's liver rule), so the clinician says which; never decided
    // from the amount, and never holding the start back: duloxetine stays offered with this check on its line.
    // Answered, the liver rule or nothing holds.
    option: 'duloxetine',
    verdict: 'check',
    conditions: ['regular-alcohol'],
    unanswered: ['heavy-alcohol'],
    label: HEAVY_UNSAID_LABEL,
    knowledgeId: 'liver.duloxetine',
    source: `${REF_2}: duloxetine, avoid in heavy alcohol use (no threshold given for heavy)`,
  },
  {
    // Drinking with liver tests said abnormal, heaviness not said: the reference avoids duloxetine in "chronic liver
    // disease or heavy alcohol use" and says nothing of liver tests, so this is no rule-out of its own: duloxetine waits
    // for the clinician's answer (heavy use or liver disease: out; neither: it goes ahead). Said light, nothing holds.
    option: 'duloxetine',
    verdict: 'confirm',
    conditions: ['regular-alcohol'],
    unanswered: ['heavy-alcohol'],
    liverTestsAbnormal: true,
    label: 'drinking with abnormal liver tests: is it heavy use, or liver disease?',
    knowledgeId: 'liver.duloxetine',
    source: `${REF_2}: duloxetine, avoid in chronic liver disease or heavy alcohol use`,
  },
  {
    option: 'tramadol',
    verdict: 'not-for-this-patient',
    held: { classes: ['maoi'], withinDays: 14 },
    label: 'on an MAOI',
    named: 'an MAOI',
    knowledgeId: 'interaction.maoi',
    source: `${REF_2}: tramadol contraindicated with an MAOI (or within 14 days)`,
  },
  {
    // First: the strictest reason is named first. Black or tarry stools or vomiting blood now: the NSAID stops.
    option: 'nsaid',
    verdict: 'not-for-this-patient',
    conditions: ['gi-bleed-now'],
    label: 'signs of a GI bleed now: the bleeding needs prompt assessment',
    named: 'a GI bleed now',
    knowledgeId: 'label.nsaid-class',
    source: `${REF_2}, All NSAIDs: boxed warning, GI bleeding`,
  },
  {
    option: 'nsaid',
    verdict: 'not-for-this-patient',
    held: { classes: ['anticoagulant', 'antiplatelet'] },
    conditions: ['gi-bleed-history'],
    label: 'anticoagulant or antiplatelet with a prior GI bleed',
    knowledgeId: 'interaction.nsaid-anticoagulant',
    source: `${REF_2}-3: GI-bleeding boxed warning and the NSAID + anticoagulant pair, both present (issue 13 reading)`,
  },
  {
    option: 'nsaid',
    verdict: 'not-for-this-patient',
    conditions: ['recent-cabg'],
    label: 'recent CABG',
    knowledgeId: 'label.nsaid-class',
    source: `${REF_2}: NSAIDs contraindicated around CABG`,
  },
  // "Ask about CKD, anticoagulant or antiplatelet use, prior GI bleed or ulcer, cardiovascular disease, heart failure,
  // cirrhosis, age > 65 before calling an NSAID appropriate" (section 2, All NSAIDs). Heart failure, cirrhosis and
  // CrCl < 30 are "avoid" rows of the dosing data; age > 65 is its "caution" age rule.
  {
    option: 'nsaid',
    verdict: 'confirm',
    held: { classes: ['anticoagulant', 'antiplatelet'] },
    label: 'on an anticoagulant or antiplatelet',
    named: 'an anticoagulant or antiplatelet',
    knowledgeId: 'interaction.nsaid-anticoagulant',
    source: `${REF_2}, All NSAIDs: ask first`,
  },
  {
    option: 'nsaid',
    verdict: 'confirm',
    conditions: ['gi-bleed-history'],
    label: 'prior GI bleed or ulcer',
    named: 'a prior GI bleed or ulcer',
    knowledgeId: 'label.nsaid-class',
    source: `${REF_2}, All NSAIDs: ask first`,
  },
  {
    option: 'nsaid',
    verdict: 'confirm',
    conditions: ['ckd'],
    label: 'CKD',
    named: 'CKD',
    knowledgeId: 'interaction.nsaid-ckd',
    source: `${REF_2}, All NSAIDs: ask first`,
  },
  {
    option: 'nsaid',
    verdict: 'confirm',
    // CKD stage 3 (CrCl 30-59); below 30 the naproxen and ibuprofen labels' "not recommended" rows apply.
    kidneyBelow: 60,
    label: 'CrCl < 60',
    knowledgeId: 'interaction.nsaid-ckd',
    source: `${REF_2}, All NSAIDs: ask first (CKD)`,
  },
  {
    option: 'nsaid',
    verdict: 'confirm',
    conditions: ['cardiovascular-disease'],
    label: 'cardiovascular disease',
    named: 'cardiovascular disease',
    knowledgeId: 'label.nsaid-class',
    source: `${REF_2}, All NSAIDs: ask first`,
  },
]);

/**
 * The case conditions a drug's liver rule reads (the dosing data words the rule as the label does: duloxetine
 * "chronic liver disease or heavy alcohol use", tramadol "cirrhosis"); the case's 'liver-disease' is cirrhosis or
 * chronic liver disease.
 */
export const LIVER_RULE_CONDITIONS: Readonly<Partial<Record<string, readonly ConditionId[]>>> = {
  duloxetine: ['liver-disease', 'heavy-alcohol'],
  tramadol: ['liver-disease'],
  // "lower with liver disease or regular alcohol use": any drinking said as an amount or a habit, heavy or not
  acetaminophen: ['liver-disease', 'heavy-alcohol', 'regular-alcohol'],
};

/** The case conditions that a dosing condition rule (src/clinical/knowledge/dosing-schema.ts) reads. */
export const CONDITION_RULE_CONDITIONS = {
  cirrhosis: ['liver-disease'],
  'heart-failure': ['heart-failure'],
  'narrow-angle-glaucoma': ['narrow-angle-glaucoma'],
  'recent-cabg': ['recent-cabg'],
} as const satisfies Record<string, readonly ConditionId[]>;

/**
 * A CKD stage without a number, read as a CrCl inside its band (KDIGO GFR categories; stage 4 = 15-29): the label
 * row that holds for the whole band is found, and the reply says the stage was read that way.
 */
export const CKD_STAGE_BANDS: Readonly<Record<number, { min: number; below?: number }>> = {
  1: { min: 90 },
  2: { min: 60, below: 90 },
  3: { min: 30, below: 60 },
  4: { min: 15, below: 30 },
  5: { min: 0, below: 15 },
};

/** The guideline line that doses each option (the walk-through's option lines and the quick answers' next option). */
export const OPTION_GUIDELINE_LINE: Readonly<Record<DrugOptionId, string>> = {
  nsaid: 'escalation.nsaid-adequate-dose',
  duloxetine: 'escalation.duloxetine',
  tramadol: 'escalation.tramadol',
  gabapentin: 'radicular.gabapentin',
  pregabalin: 'radicular.pregabalin',
};

/**
 * The guideline's drug options for back pain in the order it offers them, each step after the one before: duloxetine
 * or an NSAID first ("escalate to duloxetine ... or NSAIDs as first-line pharmacologic options", L2, L5-6), then
 * tramadol "if duloxetine and NSAIDs are contraindicated or ineffective" (L7). After the last step come referral and,
 * as a last resort, opioids (L35-37, L44-46). clinical-reference.md preamble: an option this patient's facts rule out
 * leaves the recommendation and the next one steps up (dialogs/answers/next-option.ts reads this order).
 */
export const GUIDELINE_DRUG_STEPS: readonly (readonly DrugOptionId[])[] = [['duloxetine', 'nsaid'], ['tramadol']];

for (const id of Object.values(OPTION_GUIDELINE_LINE)) {
  if (!hasEntry(id)) throw new Error(`option guideline line names unknown knowledge id ${id}`);
}

for (const rule of optionRules) {
  if (!hasEntry(rule.knowledgeId)) throw new Error(`option rule names unknown knowledge id ${rule.knowledgeId}`);
}

/**
 * The days after a stop during which a co-medication still counts for some rule (an MAOI: 14), or undefined: the case
 * reader records how long ago such a drug was stopped (src/clinical/language/entities.ts).
 */
export function washoutDaysAfterStop(drug: DrugId): number | undefined {
  const days = optionRules.flatMap((r) =>
    r.held?.withinDays !== undefined &&
    (r.held.drugs.includes(drug) || (r.held.classes as readonly string[]).includes(drugNames(drug).drugClass))
      ? [r.held.withinDays]
      : [],
  );
  return days.length ? Math.max(...days) : undefined;
}
