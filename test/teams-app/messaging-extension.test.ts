import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drugSearchResult } from '../../dialogs/cards/drug-search-result.js';
import { searchDrugs } from '../../dialogs/cards/drug-search.js';
import { cardProblems } from '../helpers/adaptive-card-schema.js';
import { startBot, type RunningBot } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

interface MeResponse {
  composeExtension: {
    type: 'result' | 'message';
    text?: string;
    attachmentLayout?: string;
    attachments?: {
      contentType: string;
      content: Record<string, unknown>;
      preview: { contentType: string; content: { title: string; text?: string } };
    }[];
  };
}

describe('drug search (pure)', () => {
  it.each([
    ['dulox', 'duloxetine'],
    ['Cymbalta', 'duloxetine'],
    ['naproxin', 'naproxen'],
    ['lyrica', 'pregabalin'],
    ['gaba', 'gabapentin'],
    ['prednisone', 'systemic-corticosteroid'],
  ])('"%s" finds %s first', (query, drug) => {
    expect(searchDrugs(query)[0]).toBe(drug);
  });

  it('short prefixes do not pull in unrelated drugs', () => {
    expect(searchDrugs('gaba')).toEqual(['gabapentin']);
    expect(searchDrugs('oxy')).toEqual(['oxycodone', 'oxymorphone']);
  });

  it('the duloxetine card carries the guideline dose, its citation and the label note', () => {
    const result = drugSearchResult('duloxetine');
    expect(result.kind).toBe('cards');
    if (result.kind !== 'cards') return;
    const card = result.cards[0]!;
    expect(card.text).toMatch(/30 mg daily, titrating to 60 mg daily/);
    expect(card.text).toMatch(/\[1, 2\]/);
    expect(card.text).toMatch(/Label/);
    expect(card.text).toMatch(/pending review/);
    expect(cardProblems(card.card)).toEqual([]);
  });

  it('a benzodiazepine gets the guideline\'s "avoid", never a dose', () => {
    const result = drugSearchResult('diazepam');
    if (result.kind !== 'cards') throw new Error('expected a card');
    expect(result.cards[0]!.text).toMatch(/do not prescribe benzodiazepines/i);
    expect(result.cards[0]!.text).not.toMatch(/\d+ ?mg/);
  });

  it('an opioid other than tramadol gets the last-resort framework, not a dose of its own', () => {
    const result = drugSearchResult('oxycodone');
    if (result.kind !== 'cards') throw new Error('expected a card');
    expect(result.cards[0]!.text).toMatch(/only after documented failure/i);
    expect(result.cards[0]!.text).toMatch(/20-30/);
  });

  it('empty query lists the pathway drugs; an unknown one says what to type', () => {
    const empty = drugSearchResult('  ');
    expect(empty.kind === 'cards' && empty.cards.map((c) => c.drug)).toEqual([
      'duloxetine',
      'naproxen',
      'ibuprofen',
      'tramadol',
      'gabapentin',
      'pregabalin',
    ]);
    const unknown = drugSearchResult('xyzzy');
    expect(unknown).toEqual({
      kind: 'message',
      text: expect.stringMatching(/No guideline drug matches "xyzzy". Try duloxetine/),
    });
  });

  it('every card in every search result is valid Adaptive Card 1.5', () => {
    for (const q of [
      '',
      'a',
      'dulox',
      'nsaid',
      'opioid',
      'tramadol',
      'gabapentin',
      'tylenol',
      'steroid',
      'fentanyl',
      'buprenorphine',
      'warfarin',
    ]) {
      const r = drugSearchResult(q);
      if (r.kind === 'cards') for (const c of r.cards) expect(cardProblems(c.card), `${q} -> ${c.drug}`).toEqual([]);
    }
  });
});

describe('composeExtension/query over HTTP', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  async function query(
    parameters: { name: string; value: unknown }[],
  ): Promise<{ status: number; body: MeResponse; ms: number }> {
    const activity = {
      ...teamsActivity({ type: 'invoke', deliveryMode: 'normal' }),
      name: 'composeExtension/query',
      value: { commandId: 'drug', parameters, queryOptions: { skip: 0, count: 25 } },
    };
    const started = performance.now();
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const ms = performance.now() - started;
    return { status: res.status, body: (await res.json()) as MeResponse, ms };
  }

  it('answers a typed drug with adaptive dosing cards and thumbnail previews', async () => {
    const { status, body, ms } = await query([{ name: 'drug', value: 'gabapen' }]);
    expect(status).toBe(200);
    expect(body.composeExtension.type).toBe('result');
    const first = body.composeExtension.attachments![0]!;
    expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first.preview.content.title).toBe('Gabapentin');
    expect(String(first.content.fallbackText)).toMatch(/300-1200 mg three times daily/);
    expect(cardProblems(first.content)).toEqual([]);
    // Teams gives up after 5 s; this is one in-memory lookup.
    expect(ms).toBeLessThan(2_000);
  });

  it('lists the pathway drugs on the initial run', async () => {
    const { body } = await query([{ name: 'initialRun', value: 'true' }]);
    expect(body.composeExtension.attachments!.map((a) => a.preview.content.title)).toEqual([
      'Duloxetine',
      'Naproxen',
      'Ibuprofen',
      'Tramadol',
      'Gabapentin',
      'Pregabalin',
    ]);
  });

  it('answers an unknown drug with a message, not an error', async () => {
    const { status, body } = await query([{ name: 'drug', value: 'zzzzzz' }]);
    expect(status).toBe(200);
    expect(body.composeExtension).toEqual({
      type: 'message',
      text: expect.stringContaining('No guideline drug matches'),
    });
  });
});
