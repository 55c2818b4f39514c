/**
 * A numbered list typed in one message ("Plan: 1. off sertraline 2. duloxetine 30 mg daily"): the turn core joins a
 * message's lines, so a list's numbers sit in the running text. Item k's number follows item k-1's, and is no dose
 * of the drug before it ("off sertraline 2." is not 2 mg), and the items after a plan heading are the plan.
 */

/** At `at`: optional spaces, then "k." or "k)" and a space; k (1-29) or undefined. */
function markerAt(text: string, at: number): { k: number; end: number } | undefined {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
  let j = i;
  while (j < text.length && j - i < 2 && text[j]! >= '0' && text[j]! <= '9') j++;
  if (j === i || (text[j] !== '.' && text[j] !== ')') || !/\s/.test(text[j + 1] ?? '')) return undefined;
  const k = Number(text.slice(i, j));
  return k >= 1 && k < 30 ? { k, end: j + 2 } : undefined;
}

/** "k-1." (or "k-1)") as a list marker within the 300 characters before `at`. */
function markerBefore(text: string, at: number, k: number): boolean {
  const from = Math.max(0, at - 300);
  const window = text.slice(from, at);
  for (const sign of ['.', ')']) {
    let i = window.lastIndexOf(`${k}${sign} `);
    while (i >= 0) {
      const prev = i > 0 ? window[i - 1] : text[from - 1];
      if (from + i === 0 || prev === ' ' || prev === ':' || prev === '\n' || prev === '-') return true;
      i = i > 0 ? window.lastIndexOf(`${k}${sign} `, i - 1) : -1;
    }
  }
  return false;
}

/** The text at `at` opens the next item of a numbered list begun before it (" 2. " after "1. ..."). */
export function opensNextListItem(text: string, at: number): boolean {
  const m = markerAt(text, at);
  return m !== undefined && m.k >= 2 && markerBefore(text, at, m.k - 1);
}

/**
 * A numbered list that starts at `at` ("1. ..."): where its last item's sentence ends, else undefined. Items follow
 * one another in order; the last one ends at its first full stop, semicolon or "?" that is not an item's number.
 */
export function numberedListEnd(text: string, at: number): number | undefined {
  const first = markerAt(text, at);
  if (first?.k !== 1) return undefined;
  let k = 1;
  let from = first.end;
  for (;;) {
    const next = findMarker(text, from, k + 1);
    if (next === undefined) break;
    k++;
    from = next;
  }
  if (k < 2) return undefined;
  const rest = text.slice(from);
  const stop = /[;?!]|\.(?!\d)/.exec(rest);
  return stop ? from + stop.index : text.length;
}

/** The end of marker k after `from`, in the same run of text (no more than 200 characters on). */
function findMarker(text: string, from: number, k: number): number | undefined {
  // a bounded window: a long text with many lists is read in linear time
  const window = text.slice(from, from + 204);
  for (const sign of ['.', ')']) {
    const i = window.indexOf(`${k}${sign} `);
    if (i < 0) continue;
    const prev = i > 0 ? window[i - 1] : text[from - 1];
    if (prev === ' ' || prev === '\n' || prev === '.' || prev === ';') return from + i + `${k}${sign} `.length;
  }
  return undefined;
}
