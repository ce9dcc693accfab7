import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LogNotifier, NotifierError, WebhookNotifier, notifierFromEnv } from './notifier';

interface Received {
  body: string;
  signature: string | undefined;
}

/** A real HTTP receiver on loopback standing in for the operator's SMS gateway. */
async function receiver(status = 200) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ body, signature: req.headers['x-linli-signature'] as string | undefined });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const message = {
  phone: '13812345678',
  kind: 'signup_code' as const,
  text: '验证码 123456',
  params: { code: '123456' },
};

describe('WebhookNotifier', () => {
  it('posts the message signed with HMAC-SHA256', async () => {
    const r = await receiver();
    close = r.close;
    await new WebhookNotifier(r.url, 'a-long-shared-secret').send(message);
    expect(r.received).toHaveLength(1);
    const got = r.received[0] as Received;
    expect(JSON.parse(got.body)).toMatchObject({
      to: '13812345678',
      kind: 'signup_code',
      params: { code: '123456' },
    });
    expect(got.signature).toBe(
      `sha256=${createHmac('sha256', 'a-long-shared-secret').update(got.body).digest('hex')}`,
    );
  });

  it('fails when the gateway refuses or cannot be reached', async () => {
    const r = await receiver(503);
    close = r.close;
    await expect(new WebhookNotifier(r.url, 'a-long-shared-secret').send(message)).rejects.toBeInstanceOf(
      NotifierError,
    );
    await expect(
      new WebhookNotifier('http://127.0.0.1:9/none', 'a-long-shared-secret', 500).send(message),
    ).rejects.toBeInstanceOf(NotifierError);
  });
});

describe('LogNotifier and configuration', () => {
  it('logs with the phone masked', async () => {
    const lines: string[] = [];
    await new LogNotifier((l) => lines.push(l)).send(message);
    expect(lines).toEqual(['[notify] to 138****5678: 验证码 123456']);
  });
  it('needs a secret with a webhook', () => {
    expect(() => notifierFromEnv({ LINLI_NOTIFY_WEBHOOK_URL: 'http://x' }, () => {})).toThrow(/SECRET/);
    expect(notifierFromEnv({}, () => {})).toBeInstanceOf(LogNotifier);
  });
});
