/**
 * A button whose Action.Submit data has a property named "key" does nothing in the Microsoft 365 Agents Playground
 * (0.2.28; measured: the press never reaches its submit endpoint, while the same card with the property renamed
 * submits). The adapter renames it on the way out and back on the way in, so the core's card payloads keep their
 * names and the playground, Teams and the tests see working buttons.
 */
const RESERVED = 'key';
const ESCAPED = '__key';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function encodeData(data: unknown): unknown {
  if (!isObject(data) || !(RESERVED in data)) return data;
  const { [RESERVED]: value, ...rest } = data;
  return { ...rest, [ESCAPED]: value };
}

/**
 * Outgoing card: every Action.Submit / Action.Execute `data.key` becomes `data.__key` (deep, including ShowCard
 * cards). Only the actions that change and the objects above them are copied; the rest of the card is shared.
 */
export function encodeCardData<T>(node: T): T {
  if (Array.isArray(node)) {
    let out: unknown[] | undefined;
    node.forEach((item, i) => {
      const encoded = encodeCardData(item);
      if (encoded !== item) {
        out ??= node.slice();
        out[i] = encoded;
      }
    });
    return (out ?? node) as T;
  }
  if (!isObject(node)) return node;
  let out: Json | undefined;
  for (const k in node) {
    const v = node[k];
    const encoded =
      k === 'data' && (node.type === 'Action.Submit' || node.type === 'Action.Execute')
        ? encodeData(encodeCardData(v))
        : encodeCardData(v);
    if (encoded !== v) {
      out ??= { ...node };
      out[k] = encoded;
    }
  }
  return (out ?? node) as T;
}

/** Incoming button press: `__key` back to `key` (a value that has a real `key` is left alone). */
export function decodeSubmitValue(value: unknown): unknown {
  if (!isObject(value) || !(ESCAPED in value) || RESERVED in value) return value;
  const { [ESCAPED]: key, ...rest } = value;
  return { ...rest, [RESERVED]: key };
}
