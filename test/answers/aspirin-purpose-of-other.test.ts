import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A purpose said in a clause that leads to another drug ("..., for pain in back he wants ibuprofen") is that drug's:
 * once-daily aspirin after a stroke stays antiplatelet use (NSAID + antiplatelet caution, ibuprofen blunting aspirin).
 */
let n = 0;
const ask = (text: string) => converse([text], { key: `aspirin-purpose-${n++}` }).replies[0]!;

describe('a purpose said of the other drug leaves once-daily aspirin antiplatelet', () => {
  it.each([
    ['terse', 'aspirin 300 od since his stroke, for pain in back he wants ibuprofen 600 tds - ok?'],
    [
      'GP chatty',
      'He takes aspirin 300mg once a day since the stroke - for his back pain he is asking about ibuprofen 400 tds, ok?',
    ],
    [
      'pharmacist',
      'Rx ibuprofen 600 tds. Pt on aspirin 300 mg od post-CVA, for the back pain the GP wants the ibuprofen. ok to dispense?',
    ],
  ])('%s: "%s"', (_style, text) => {
    const reply = ask(text);
    // antiplatelet use: the NSAID is checked first, with caution (never the two-NSAID "avoid")
    expect(reply).toMatch(/^\*\*[^*\n]*\bcaution\b/);
    expect(reply).not.toMatch(/^\*\*[^*\n]*\bavoid\b/);
    expect(reply).toContain('NSAID + anticoagulant or antiplatelet: risk of GI bleeding');
    expect(reply).toContain('ibuprofen can blunt aspirin');
    expect(reply).not.toContain('read as an analgesic dose');
  });

  it.each(['aspirin 325 mg daily for pain, ibuprofen 400 prn - ok?', 'aspirin 600 mg for pain plus naproxen 500 bd?'])(
    'contrast: the purpose said of aspirin itself stays analgesic use: "%s"',
    (text) => {
      expect(ask(text)).toMatch(/^\*\*[^*\n]*: avoid/);
    },
  );
});
