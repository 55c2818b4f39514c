/**
 * Intent rules for the guideline questions clinicians ask most. Each names the knowledge entries (ids from the
 * contracts, section A) that answer it, in display order; the words come from the entries, never from here.
 */
export interface GuidelineIntent {
  name: string;
  pattern: RegExp;
  title: string;
  ids: string[];
}

export const GUIDELINE_INTENTS: GuidelineIntent[] = [
  {
    name: 'imaging',
    pattern: /\bmri\b|imaging|x-?rays?|\bct\b|scan\b|radiograph/,
    title: 'Imaging',
    ids: ['imaging.reconciled', 'radicular.mri', 'pitfall.routine-imaging'],
  },
  {
    name: 'red-flags',
    pattern:
      /\bred ?flags?\b|cauda equina|saddle (?:an(?:a)?esthesia|numbness)|urgent (?:evaluation|referral)|emergency/,
    title: 'Red flags: stop the pathway and evaluate urgently',
    ids: [
      'redflag.urgent-evaluation',
      'redflag.cauda-equina',
      'redflag.cancer',
      'redflag.infection',
      'redflag.fracture',
      'redflag.progressive-neuro-deficit',
    ],
  },
  {
    name: 'epidural',
    pattern: /\bepidurals?\b|\besi\b|steroid injections?|nerve blocks?|\binjections?\b|interventional/,
    title: 'Epidural steroid injections and other procedures',
    ids: ['specialist.epidural-injections', 'referral.interventional-procedures'],
  },
  {
    name: 'steroids',
    pattern: /\b(?:oral |systemic )?(?:cortico)?steroids?\b|prednis|\bpred\b|medrol|dexamethasone/,
    title: 'Systemic corticosteroids: avoid',
    ids: ['avoid.systemic-corticosteroids'],
  },
  {
    name: 'benzodiazepines',
    pattern: /\bbenzo(?:diazepine)?s?\b|diazepam|valium|lorazepam|alprazolam|xanax|clonazepam/,
    title: 'Benzodiazepines: do not prescribe',
    ids: ['avoid.benzodiazepines', 'interaction.opioid-benzodiazepine'],
  },
  {
    name: 'neuromodulation',
    pattern: /spinal cord stim|\bscs\b|neuromodulation|stimulator/,
    title: 'Spinal cord stimulation',
    ids: ['specialist.neuromodulation', 'referral.interventional-procedures'],
  },
  {
    name: 'radicular',
    pattern: /radicul|sciatica|leg pain|neuropathic|paresth|nerve pain|radiat/,
    title: 'Radicular symptoms',
    ids: ['radicular.assess', 'radicular.gabapentin', 'radicular.pregabalin', 'radicular.duloxetine', 'radicular.mri'],
  },
  {
    name: 'naloxone',
    pattern: /naloxone|narcan/,
    title: 'Naloxone',
    ids: ['opioid.cdc-naloxone'],
  },
  {
    name: 'pdmp',
    pattern: /\bpdmp\b|prescription (?:drug )?monitoring/,
    title: 'Prescription drug monitoring programme',
    ids: ['opioid.cdc-pdmp'],
  },
  {
    name: 'taper',
    pattern: /\btaper|wean|stop(?:ping)? (?:the )?opioids?|discontinu/,
    title: 'Stopping or tapering opioids',
    ids: ['opioid.cdc-no-abrupt-taper', 'opioid.framework.reassess'],
  },
  {
    name: 'opioid-gate',
    pattern: /\bopioids?\b|narcotics?|\bopiates?\b/,
    title: 'Opioids: last resort, after the gate',
    ids: [
      'opioid.last-resort',
      'opioid.gate.documented-failure',
      'opioid.gate.risk-assessment',
      'opioid.gate.discussion',
      'opioid.framework.lowest-dose',
      'opioid.framework.immediate-release',
      'opioid.framework.treatment-agreement',
      'opioid.framework.reassess',
    ],
  },
  {
    name: 'referral',
    pattern: /\brefer|referral|specialist|pain (?:clinic|cent(?:er|re)|program|management)|multidisciplinary pain/,
    title: 'When to refer to a multidisciplinary pain centre or specialist',
    ids: [
      'referral.persistent-pain-12-weeks',
      'referral.functional-disability',
      'referral.start-back-high-risk',
      'referral.interventional-procedures',
      'monitor.no-improvement-3-months',
    ],
  },
  {
    name: 'pitfalls',
    pattern: /pitfalls?|mistakes?|what (?:not|to avoid)|don'?ts\b|common errors?/,
    title: 'Critical pitfalls to avoid',
    ids: [
      'pitfall.opioids-without-adequate-trial',
      'pitfall.psychosocial-factors',
      'pitfall.continuing-ineffective',
      'pitfall.routine-imaging',
      'pitfall.medications-alone',
    ],
  },
  {
    name: 'first-line',
    pattern:
      /first[- ]line|second[- ]line|next step|what (?:now|next)|escalat|fail(?:s|ed|ure)?\b|didn'?t (?:work|help)|not (?:working|helping)|refractory|not responding/,
    title: 'Escalation when initial medications fail',
    ids: [
      'overview',
      'escalation.duloxetine',
      'escalation.nsaid-adequate-dose',
      'escalation.tramadol',
      'nondrug.foundation',
    ],
  },
  {
    name: 'follow-up',
    pattern:
      /follow[- ]?up|reassess|how often|how long (?:to|should|before|do i)|before switching|monitor|re-?evaluat|check (?:back|in)/,
    title: 'Monitoring and follow-up',
    ids: [
      'monitor.reassess-2-4-weeks',
      'monitor.validated-tools',
      'monitor.functional-goals',
      'monitor.no-improvement-3-months',
    ],
  },
  {
    name: 'yoga',
    pattern: /\byoga\b|tai ?chi/,
    title: 'Tai chi or yoga',
    ids: ['nondrug.tai-chi-yoga'],
  },
  {
    name: 'cbt',
    pattern: /\bcbt\b|cognitive behaviou?ral|catastrophi|psycholog|depression|anxiety|psychosocial/,
    title: 'Psychological therapy and psychosocial factors',
    ids: ['nondrug.cbt', 'pitfall.psychosocial-factors', 'specialist.biopsychosocial'],
  },
  { name: 'acupuncture', pattern: /acupunct/, title: 'Acupuncture', ids: ['nondrug.acupuncture'] },
  {
    name: 'mbsr',
    pattern: /mindful|\bmbsr\b|meditat/,
    title: 'Mindfulness-based stress reduction',
    ids: ['nondrug.mbsr'],
  },
  {
    name: 'manipulation',
    pattern: /manipulat|chiropract|osteopath/,
    title: 'Spinal manipulation',
    ids: ['nondrug.spinal-manipulation'],
  },
  { name: 'massage', pattern: /massage/, title: 'Massage therapy', ids: ['nondrug.massage'] },
  {
    name: 'relaxation',
    pattern: /relaxation/,
    title: 'Progressive relaxation',
    ids: ['nondrug.progressive-relaxation'],
  },
  {
    name: 'rehab',
    pattern: /rehab|multidisciplinary|occupational therap/,
    title: 'Multidisciplinary rehabilitation',
    ids: ['nondrug.multidisciplinary-rehab', 'specialist.rehabilitation'],
  },
  {
    name: 'exercise',
    pattern: /exercis|physio|physical therap|\bpt\b|strengthening|aerobic|stretch|\bswim|\bwalking\b|pilates|\bgym\b/,
    title: 'Exercise therapy',
    ids: ['nondrug.exercise', 'nondrug.prioritize-before-opioids'],
  },
  {
    name: 'nondrug',
    pattern: /non-?(?:drug|pharm\w*)|without (?:drugs|medication)|alternative therap|conservative/,
    title: 'Non-drug therapies: the foundation',
    ids: [
      'nondrug.foundation',
      'nondrug.prioritize-before-opioids',
      'nondrug.exercise',
      'nondrug.multidisciplinary-rehab',
      'nondrug.acupuncture',
      'nondrug.mbsr',
      'nondrug.tai-chi-yoga',
      'nondrug.cbt',
      'nondrug.spinal-manipulation',
      'nondrug.massage',
      'nondrug.progressive-relaxation',
    ],
  },
  {
    name: 'start-back-what',
    pattern: /start ?back/,
    title: 'STarT Back',
    ids: ['instrument.start-back', 'referral.start-back-high-risk'],
  },
  {
    name: 'oswestry-what',
    pattern: /oswestry|\bodi\b|disability index/,
    title: 'Oswestry Disability Index',
    ids: ['instrument.oswestry', 'monitor.validated-tools'],
  },
  {
    name: 'mcid',
    pattern: /\bmcid\b|minimal(?:ly)? (?:clinically )?important|meaningful (?:change|improvement)/,
    title: 'What counts as a meaningful change',
    ids: ['instrument.mcid', 'monitor.functional-goals'],
  },
];

export function matchIntent(lower: string): GuidelineIntent | undefined {
  return GUIDELINE_INTENTS.find((i) => i.pattern.test(lower));
}
