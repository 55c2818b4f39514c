import type { CaseFacts, RedFlagId, SerotoninSignId, TriState } from '../case/case-facts.js';
import type { Hit } from './concept-hits.js';

type Psych = NonNullable<CaseFacts['psychosocial']>;

const NOT_THE_PATIENTS = new Set<Hit['polarity']>(['someone-else', 'discussed', 'hypothetical', 'asked']);
const tri = (p: Hit['polarity']): TriState => (p === 'absent' ? 'no' : p === 'unknown' ? 'unknown' : 'yes');
/** "Mood OK", "euthymic": depression screened out by the clinician's own observation. */
const MOOD_OK = /\b(?:mood (?:is )?(?:ok|okay|good|fine|normal|stable|euthymic)|euthymic)\b/;
const NO_IMAGING = /\bno (?:prior |previous |lumbar |spine )?imaging\b|\bimaging:? none\b|\bnever (?:been )?imaged\b/;

/** Turn concept hits into case facts: present (or suspected) beats absent, absent beats unknown. */
export function factsFromHits(hits: readonly Hit[], text: string): Partial<CaseFacts> {
  const out: Partial<CaseFacts> = {};
  const flags = new Set<RedFlagId>();
  const absentFlags = new Set<RedFlagId>();
  let flagUnknown = false;
  let screenNo = false;
  let screenUnknown = false;
  let radicular: TriState | undefined;
  let axial = false;
  const psych: Psych = {};
  let psychNone = false;
  let mentalHealthNone = false;
  const serotonin = new Set<SerotoninSignId>();
  let serotoninDenied = false;
  const set = <K extends keyof CaseFacts>(key: K, value: TriState) => {
    const cur = out[key] as TriState | undefined;
    if (cur === 'yes' || (cur === 'no' && value === 'unknown')) return;
    (out as Record<string, unknown>)[key] = value;
  };
  for (const h of hits) {
    // a relative's, a risk discussed, safety-netting advice, a question whether: not the patient's (cue-rules.ts)
    if (NOT_THE_PATIENTS.has(h.polarity)) continue;
    const k = h.kind;
    const v = tri(h.polarity);
    switch (k.fact) {
      case 'redFlag':
        if (v === 'yes') flags.add(k.id);
        else if (v === 'no') absentFlags.add(k.id);
        else flagUnknown = true;
        break;
      case 'redFlagsAny':
        if (v === 'no') screenNo = true;
        else if (v === 'unknown') screenUnknown = true;
        break;
      case 'radicular':
        if (v === 'yes' || radicular === undefined || (radicular === 'unknown' && v === 'no'))
          radicular = radicular === 'yes' ? 'yes' : v;
        break;
      case 'axial':
        if (v === 'yes') axial = true;
        break;
      case 'psychosocial': {
        const cur = psych[k.field];
        if (cur !== 'yes' && !(cur === 'no' && v === 'unknown')) psych[k.field] = v;
        break;
      }
      case 'serotoninSign':
        if (v === 'yes') serotonin.add(k.id);
        else if (v === 'no') serotoninDenied = true;
        break;
      case 'psychosocialAny':
        if (v === 'no') psychNone = true;
        break;
      case 'mentalHealthAny':
        if (v === 'no') mentalHealthNone = true;
        break;
      case 'condition': {
        out.conditions ??= {};
        const conditions = out.conditions;
        const cur = conditions[k.id];
        if (cur !== 'yes' && !(cur === 'no' && v === 'unknown')) conditions[k.id] = v;
        break;
      }
      default:
        set(k.fact, v);
    }
  }
  // A screen with any sign unknown ("no saddle numbness, unsure about weight loss") is not completed (reference 6).
  if (flags.size) {
    out.redFlagScreen = 'yes';
    out.redFlags = [...flags];
  } else if (screenUnknown || flagUnknown) {
    out.redFlagScreen = 'unknown';
  } else if (screenNo || absentFlags.size >= 2) out.redFlagScreen = 'no';
  // Foot drop or new leg weakness is a neurological leg symptom as well as a red flag.
  if (radicular === undefined && flags.has('progressive-neuro-deficit')) radicular = 'yes';
  if (radicular === undefined && axial) radicular = 'no';
  if (radicular) out.radicular = radicular;
  if (psychNone) {
    for (const f of ['depression', 'anxiety', 'catastrophizing', 'workDissatisfaction'] as const) psych[f] ??= 'no';
  }
  if (mentalHealthNone) for (const f of ['depression', 'anxiety'] as const) psych[f] ??= 'no';
  if (MOOD_OK.test(text)) psych.depression ??= 'no';
  // signs named now replace earlier ones; all of them denied ("no tremor or sweating now") clears them
  if (serotonin.size) out.serotoninSigns = [...serotonin];
  else if (serotoninDenied) out.serotoninSigns = [];
  if (Object.keys(psych).length) out.psychosocial = psych;
  if (out.priorMri === undefined && NO_IMAGING.test(text)) out.priorMri = 'no';
  return out;
}
