import type { FastifyReply, FastifyRequest } from 'fastify';

/** Proxies drop idle connections; a comment this often keeps a stream open. */
const HEARTBEAT_MS = 25_000;

/**
 * Turns the reply into a Server-Sent Events stream. `start` subscribes with the `send` it is given and returns what
 * to undo when the client goes away.
 */
export async function serveEvents(
  req: FastifyRequest,
  reply: FastifyReply,
  start: (send: (event: string, data: unknown) => void) => Promise<(() => void)[]>,
): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const send = (event: string, data: unknown) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  let stops: (() => void)[] = [];
  let closed = false;
  const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  req.raw.on('close', () => {
    closed = true;
    clearInterval(beat);
    for (const s of stops) s();
  });
  const undo = await start(send);
  // The client may have left while the subscriptions were being opened.
  if (closed) for (const s of undo) s();
  else stops = undo;
}
