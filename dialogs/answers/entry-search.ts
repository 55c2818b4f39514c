import MiniSearch from 'minisearch';

/**
 * Full-text retrieval over the knowledge entries (minisearch), for guideline questions no intent rule covers.
 * Question words and filler are dropped so that only clinical terms can make a match; an answer is only ever
 * built from the entries returned here.
 */
export interface SearchableEntry {
  id: string;
  text: string;
  topics: string[];
  /** Questions clinicians ask to reach this entry, in their own words (entry-schema.ts, askedSchema). */
  asked?: readonly string[] | undefined;
}

const STOP_WORDS = new Set(
  `a about after all also am an and any are as at be been before being best but by can could do does doing done
  dose doses for from get give given good has have help how i if in into is it its just know like me mg my need
  of on or our patient patients please should so some than that the their them then there these they this to
  tell use used using was we what when where which who why will with would you your back pain low chronic lbp
  treatment treat therapy therapies recommend recommended recommendation guideline guidelines say says about
  ok okay much many more most less option options advice advise useful helpful role works worth thoughts thought
  think usual`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The framing of a clinician's question, as the phrasings beside the entries (`asked`) show it: people ("pt",
 * "her", "someone"), asking ("safe", "together", "counts"), time and turn-taking ("now", "next", "soon"). Dropped like
 * the stop words, from the index and the question alike: in the phrasings they would let "what counts as chronic
 * back pain?" match an entry one of whose phrasings says "what counts as...", and in a question they would make
 * the every-term match fail on a word no entry needs ("a fall in someone with osteoporosis").
 */
const FRAMING_WORDS = new Set(
  `he him his she her someone pt pts wants want wanting asking asked keen seeing telling counts count safe together
  plus top extra enough keep still now next go going besides else soon mean means year years time everything nothing
  had haven hasn isn didn don doesn worked helped improving getting straight skip matter relevant lot point actually
  via run goes set again see changing questions rule out issues kind involved suggesting type cover ever place key
  step call right here wrong course trying try tried adding needs`
    .split(/\s+/)
    .filter(Boolean),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return t.length < 2 || STOP_WORDS.has(t) || FRAMING_WORDS.has(t) ? null : t;
}

export interface EntrySearch {
  /** Ids of matching entries, best first, at most `limit`. */
  search(query: string, limit?: number): string[];
}

export function createEntrySearch(entries: readonly SearchableEntry[]): EntrySearch {
  const index = new MiniSearch<SearchableEntry & { topicText: string; askedText: string }>({
    // The clinicians' own phrasings count more than the entry text (their words, "physio", "paracetamol", "nurofen",
    // are often not the entry's) and less than the curated topics.
    fields: ['text', 'topicText', 'askedText'],
    storeFields: [],
    processTerm,
    // AND: every clinical term of the question must match, so one shared word ("document", "loss") is not enough.
    searchOptions: {
      boost: { topicText: 3, askedText: 2 },
      fuzzy: (term) => (term.length > 5 ? 0.2 : 0),
      prefix: (term) => term.length > 4,
      combineWith: 'AND',
    },
  });
  index.addAll(entries.map((e) => ({ ...e, topicText: e.topics.join(' '), askedText: (e.asked ?? []).join(' ') })));
  return {
    search(query, limit = 3) {
      const results = index.search(query);
      const best = results[0]?.score ?? 0;
      // Keep only results close to the best so one stray term does not pull in unrelated entries.
      return results
        .filter((r) => r.score >= best * 0.5)
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}
