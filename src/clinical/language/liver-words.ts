/**
 * Chronic liver disease in clinicians' words, for the label rows that name it (duloxetine: avoid; acetaminophen:
 * lower maximum; clinical-reference.md section 2). The case reader (concepts.ts) and the quick answers
 * (dialogs/answers/question-context.ts) read the same rows. Each row reads its example and not its counter-example
 * (test/language/liver-words.test.ts); a denial before the words ("no liver disease") is each reader's to see.
 */
export interface LiverRow {
  source: string;
  example: string;
  counter: string;
}

export const LIVER_ROWS: readonly LiverRow[] = [
  {
    // acute or chronic liver failure and end-stage disease: read as liver disease (the conservative reading)
    // "non-cirrhotic" says no cirrhosis
    source: String.raw`(?<!\bnon[- ]?)cirrho(?:sis|tic)|(?:chronic |alcohol[- ]related |alcoholic )?liver disease|(?:liver|hepatic) (?:impairment|disease)|(?:acute |chronic |acute[- ]on[- ]chronic )?(?:liver|hepatic) failure|esld|end[- ]stage liver disease|arld`,
    example: 'alcohol-related liver disease, is duloxetine ok?',
    counter: 'liver function tests normal, duloxetine ok?',
  },
  {
    // hepatitis B or C (chronic infection), with or without fibrosis; not a vaccination or immunity, not hepatitis A
    // said negative, cleared or immune anywhere in its clause ("hep C screen negative", "HCV PCR negative after
    // treatment", "hep B immune", "HCV cured, SVR") is no chronic infection
    source: String.raw`(?:chronic )?(?:hep(?:atitis)?[ -]?[bc]|hbv|hcv)(?![ -](?:vacc|jab|booster))(?![^.;,\n]{0,30}\b(?:negative|neg\b|non[- ]?reactive|not detected|undetect|cleared|cured|svr|sustained virolog|immun|vaccinat))`,
    example: 'chronic hep C with some fibrosis - cymbalta ok?',
    counter: 'hepatitis A as a child, fully recovered - duloxetine ok?',
  },
  {
    // a Child-Pugh class or score is given only for cirrhosis: any class is cirrhosis (CIRRHOSIS below)
    source: String.raw`child[- ]?pugh(?:[- ](?:class|score|grade|stage))?[- ]?(?:[abc]|\d{1,2})`,
    example: 'Child-Pugh B, tramadol dose?',
    counter: 'Child, 8, with back pain - tramadol dose?',
  },
  {
    // chronic liver diseases by name: primary biliary cholangitis (the old name: primary biliary cirrhosis), primary
    // sclerosing cholangitis, autoimmune hepatitis
    source: String.raw`pbc|psc|primary biliary (?:cholangitis|cirrhosis)|primary sclerosing cholangitis|autoimmune hepatitis|aih`,
    example: 'PBC on ursodiol, naproxen ok?',
    counter: 'PCB exposure at work, naproxen ok?',
  },
  {
    source: String.raw`(?:liver|hepatic) fibrosis`,
    example: 'known liver fibrosis on fibroscan, duloxetine?',
    counter: 'pulmonary fibrosis, duloxetine?',
  },
  {
    // fatty liver disease by its names (NAFLD, MASLD, NASH, MASH)
    source: String.raw`nafld|mafld|masld|nash|mash`,
    example: 'MASLD, raised ALT - duloxetine ok?',
    counter: 'mashed potato diet, duloxetine ok?',
  },
  {
    // "fatty liver" alone is read when the liver tests are said to be raised, either order
    // no denial inside the span ("fatty liver, no raised LFTs", "fatty liver, LFTs not raised, ALT normal")
    source: String.raw`fatty liver(?:(?!\b(?:no|not|nil|without|never|normal)\b)[^.;\n]){0,40}(?:raised|elevated|deranged|abnormal|high)\b(?:(?!\b(?:no|not|normal)\b)[^.;\n]){0,12}(?:lfts?|alt|ast|ggt|liver (?:enzymes|tests|function tests))|(?:raised|elevated|deranged|abnormal|high) (?:lfts?|alt|ast|liver enzymes)[^.;\n]{0,40}fatty liver`,
    example: 'fatty liver with raised LFTs, can I start duloxetine?',
    counter: 'fatty liver on ultrasound, LFTs normal - duloxetine ok?',
  },
];

/** Every row as one global pattern, built once (callers reset lastIndex). */
export const LIVER_DISEASE = new RegExp(String.raw`\b(?:${LIVER_ROWS.map((r) => r.source).join('|')})\b`, 'g');

/**
 * Cirrhosis itself among the liver words (NSAIDs: avoid; tramadol: 50 mg every 12 hours): its name or a Child-Pugh
 * class. Not "non-cirrhotic", and not "primary biliary cirrhosis", the old name of primary biliary cholangitis (PBC):
 * chronic liver disease, read as PBC is.
 */
export const CIRRHOSIS = /(?<!\bnon[- ]?|\bbiliary )cirrho|child[- ]?pugh/;
