import { CardFactory, type MessagingExtensionQuery, type MessagingExtensionResponse } from 'botbuilder';
import type { DrugSearchResult } from '../../dialogs/cards/drug-search-result.js';

/** The manifest's query command (manifest/manifest.json composeExtensions) and its one parameter. */
export const DRUG_COMMAND_ID = 'drug';

/** The typed text of a compose-box search; empty on the initial run (Teams sends initialRun=true then). */
export function queryText(query: MessagingExtensionQuery): string {
  const params = query.parameters ?? [];
  const typed = params.find((p) => p.name === DRUG_COMMAND_ID) ?? params.find((p) => p.name !== 'initialRun');
  return typeof typed?.value === 'string' ? typed.value : '';
}

/** DrugSearchResult -> the invoke response Teams expects: a list of cards with previews, or a message. */
export function toMessagingExtensionResponse(result: DrugSearchResult): MessagingExtensionResponse {
  if (result.kind === 'message') return { composeExtension: { type: 'message', text: result.text } };
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: result.cards.map((c) => ({
        ...CardFactory.adaptiveCard({ ...c.card, fallbackText: c.text }),
        preview: CardFactory.thumbnailCard(c.title, c.subtitle),
      })),
    },
  };
}
