import type { IncomingMessage } from 'node:http';

/**
 * The only request-body reader of POST /api/messages: JSON, uncompressed, bounded in bytes and nesting.
 * Headers are judged before a byte of the body is read; the byte limit is enforced while reading (the
 * request is abandoned at the limit, never buffered past it); the nesting depth is checked on the raw text,
 * iteratively, before JSON.parse builds anything. No multipart, urlencoded or compressed body is ever
 * parsed, so nothing is written to disk and nothing is inflated.
 */

export interface Refusal {
  status: 400 | 413 | 415;
  /** A fixed token for the log line. */
  reason: string;
  /** A fixed body: never echoes the request. */
  body: { error: string; message: string };
}

export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
}

const refusal = (status: Refusal['status'], reason: string, message: string): Refusal => ({
  status,
  reason,
  body: { error: status === 413 ? 'PayloadTooLarge' : status === 415 ? 'UnsupportedMediaType' : 'BadRequest', message },
});

const header = (headers: IncomingMessage['headers'], name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
};

/** `application/json`, optionally with `charset=utf-8`; nothing else. */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => {
    if (!p) return true;
    const [k, v = ''] = p.split('=').map((s) => s.trim());
    return k === 'charset' && ['utf-8', 'utf8', '"utf-8"', '"utf8"'].includes(v);
  });
}

/** Refusals decided from the headers alone, before the body is read. */
export function checkBodyHeaders(headers: IncomingMessage['headers'], maxBytes: number): Refusal | undefined {
  const encoding = header(headers, 'content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return refusal(415, 'content-encoding', 'Content-Encoding must be identity: compressed bodies are not accepted');
  }
  if (!isJsonContentType(header(headers, 'content-type'))) {
    return refusal(415, 'content-type', 'Content-Type must be application/json');
  }
  const length = header(headers, 'content-length');
  if (length !== undefined && Number(length) > maxBytes)
    return refusal(413, 'too-large', 'the body is larger than MAX_BODY_KB');
  return undefined;
}

/** Reads the body up to `maxBytes`; resolves 'too-large' as soon as it would pass the limit (nothing more is kept). */
export function readBodyBytes(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too-large' | 'aborted') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        done('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onError = () => done('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/** True when the JSON text nests objects/arrays deeper than `maxDepth` (a linear scan; no recursion, no parse). */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes -> JSON value within the limits, or a refusal. */
export function parseJsonBody(bytes: Buffer, limits: BodyLimits): { value: unknown } | Refusal {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refusal(400, 'not-utf8', 'the body is not valid UTF-8');
  }
  if (nestsDeeperThan(text, limits.maxDepth)) return refusal(400, 'too-deep', 'the activity is nested too deeply');
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return refusal(400, 'malformed-json', 'the body is not valid JSON');
  }
}

/** Headers, then bytes, then JSON: the whole pipeline for one request. */
export async function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<{ value: unknown } | Refusal> {
  const early = checkBodyHeaders(req.headers, limits.maxBytes);
  if (early) return early;
  const bytes = await readBodyBytes(req, limits.maxBytes);
  if (bytes === 'too-large') return refusal(413, 'too-large', 'the body is larger than MAX_BODY_KB');
  if (bytes === 'aborted') return refusal(400, 'aborted', 'the request was aborted');
  return parseJsonBody(bytes, limits);
}
