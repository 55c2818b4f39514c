import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/** The reply to the last of these turns, in one conversation. */
const say = (...texts: string[]): string => converse(texts).replies.at(-1) ?? '';
const radicular = (text: string) => extractCaseFacts(text, '2026-01-15T10:00:00.000Z').patch.radicular;

describe('leg pain is radicular; a denied deficit does not make the pain non-radicular', () => {
  it.each([
    ['terse', 'no leg weakness or numbness, but shooting pain down the left leg to the foot - gabapentin dose?'],
    ['GP chatty', "she's got no numbness or weakness but the pain shoots down her right leg, can I try pregabalin?"],
    ['NP shorthand', 'no LE weakness. pain down the L leg to foot. gabapentin?'],
    ['dictated', 'no weakness or numbness however he has pain going down the left leg what dose of gabapentin'],
  ])('%s: no non-radicular scope line: %s', (_style, q) => {
    const text = say(q);
    expect(text).not.toContain('Not for non-radicular pain');
    expect(text).toMatch(/gabapentin|pregabalin/i);
  });

  it.each(['shooting pain down the left leg', 'pain down his right thigh', 'radiating into the left foot'])(
    'read as radicular: %s',
    (text) => expect(radicular(text)).toBe('yes'),
  );

  it.each(['no leg weakness or numbness', 'no tingling', 'denies numbness'])(
    'a denied deficit alone: the radicular question stays open: %s',
    (text) => expect(radicular(text)).toBeUndefined(),
  );

  it.each([
    'gabapentin for axial back pain, no leg pain - dose?',
    'no sciatica, no leg weakness - pregabalin?',
    'non-radiating LBP, no numbness. gabapentin ok?',
  ])('contrast: leg pain denied: still non-radicular: %s', (q) => {
    expect(say(q)).toContain('Not for non-radicular pain');
  });
});
