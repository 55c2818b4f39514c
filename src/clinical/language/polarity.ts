import type { Item } from './clauses.js';

/** How a mention is asserted in its item. 'uncertain' ("?radicular", "possible sciatica") counts as present. */
export type Polarity = 'present' | 'absent' | 'uncertain' | 'unknown' | 'someone-else';

/** "family history of cancer", "mother had breast ca": a relative's condition, not the patient's. */
const FAMILY_BEFORE =
  /\b(?:family|fhx|fh of|mother|father|mom|dad|sister|brother|aunt|uncle|grand(?:mother|father|parent)|parents?|siblings?|son|daughter|husband|wife|partner)\b[\s\S]{0,35}$/;
/** "risks of overdose and dependence discussed": a risk talked about, not a history. */
const RISK_OF = /\b(?:risks? of|prevent(?:ing)?|naloxone for|counsel(?:l)?ed on|educated on)\s(?:\w+\s(?:and|or)\s)?$/;
const UNKNOWN_BEFORE =
  /\b(?:unknown|unclear|not sure|unsure|uncertain|not assessed|not screened|not documented|not asked|unable to (?:assess|say)|don'?t know|do not know|whether|if any|didn'?t ask|did not ask|haven'?t asked|have not asked|forgot to ask|not checked)\b[\s\S]*$/;
const UNKNOWN_AFTER =
  /^[^,]{0,25}?\b(?:unknown|unclear|not sure|unsure|not assessed|not screened|not documented|not asked|\?\s*$)/;
const NEGATION_BEFORE =
  /\b(?:no|not|never|neg|denies|denied|deny|denying|without|negative for|neg for|free of|absence of|nor|none of|ruled out|rules out|hasn'?t|has not|haven'?t|have not|hadn'?t|had not|didn'?t|did not|doesn'?t|does not|don'?t|do not|isn'?t|is not|wasn'?t|was not|yet to|nil)\b([\s\S]{0,45})$/;
const NEGATION_AFTER =
  /^[\s:=()-]*(?:(?:screen(?:ing)?|sx|symptoms|hx|history|signs)\s?[:=-]?\s?)?(?:(?:screened|checked|reviewed|assessed|asked)(?: and|:| -)?\s)?(?:none|no\s*(?:[.,;]|$)|neg\b|negative|absent|denied|denies|nil|not present|not reported|ruled out|-ve|\(-\)|not (?:done|tried|had|started|attempted)|never)/;
const UNCERTAIN_BEFORE =
  /(?:\?\s*|\b(?:possible|possibly|probable|probably|likely|suspected|suspect|suspicious for|query|questionable|maybe|r\/o|rule out|concern for|concerning for|c\/f|suggestive of|consistent with|could be|may have|might have)\s+(?:[a-z/-]+\s+){0,2})$/;
/** Words between a cue and the mention that end the cue's reach ("no relief, pain radiating", "no conditions apart from CKD"). */
const BREAK =
  /\b(?:and has|and now|now|but|then|yet|still|with|has|reports?|endorses|complains|due to|given|because|d\/t|except|apart from|aside from|besides|other than|save for)\b|\(/;

/** Polarity of the mention at [start, end) of the normalized text, within its item. */
export function polarityIn(item: Item, start: number, end: number): Polarity {
  // Cues act within a few words: bounded slices also keep long pasted notes linear.
  const before = item.text.slice(Math.max(0, start - item.start - 80), Math.max(0, start - item.start));
  const after = item.text.slice(Math.max(0, end - item.start), Math.max(0, end - item.start) + 60);
  if (FAMILY_BEFORE.test(before) || RISK_OF.test(before)) return 'someone-else';
  if (UNKNOWN_BEFORE.test(before) || UNKNOWN_AFTER.test(after)) return 'unknown';
  const neg = NEGATION_BEFORE.exec(before);
  if (neg && !BREAK.test(neg[1] ?? '')) return 'absent';
  if (NEGATION_AFTER.test(after)) return 'absent';
  if (UNCERTAIN_BEFORE.test(before)) return 'uncertain';
  return 'present';
}

/** True when the item says nothing but its mentions and list words (a continuation of a list after a cue). */
export function isBareListItem(item: Item, mentionText: string): boolean {
  if (item.text.length > 80) return false;
  const rest = item.text.replace(mentionText, '').replace(/\b(?:or|and|nor|any|other|new|recent|significant)\b/g, '');
  return rest.replace(/[\s/.-]/g, '').length <= 12;
}
