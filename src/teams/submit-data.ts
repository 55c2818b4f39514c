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

/** Outgoing card: every Action.Submit / Action.Execute `data.key` becomes `data.__key` (deep, including ShowCard cards). */
export function encodeCardData<T>(node: T): T {
  if (Array.isArray(node)) return node.map(encodeCardData) as T;
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) out[k] = encodeCardData(v);
  if ((node.type === 'Action.Submit' || node.type === 'Action.Execute') && 'data' in out) out.data = encodeData(out.data);
  return out as T;
}

/** Incoming button press: `__key` back to `key` (a value that has a real `key` is left alone). */
export function decodeSubmitValue(value: unknown): unknown {
  if (!isObject(value) || !(ESCAPED in value) || RESERVED in value) return value;
  const { [ESCAPED]: key, ...rest } = value;
  return { ...rest, [RESERVED]: key };
}
