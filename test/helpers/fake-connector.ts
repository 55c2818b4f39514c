import { createServer, type IncomingMessage } from 'node:http';

/** A local stand-in for the Bot Connector at an activity's serviceUrl: records every POST and answers 200. */
export interface FakeConnector {
  url: string;
  received: { url: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: FakeConnector['received'] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body: data ? (JSON.parse(data) as Record<string, unknown>) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
