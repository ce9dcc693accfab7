import { createHmac } from 'node:crypto';
import { maskPhone } from '../../domain/common/mask';

/** A text message to one phone. SMS and WeChat gateways are reached through this interface only. */
export interface Message {
  phone: string;
  kind: 'signup_code' | 'event_outcome';
  text: string;
  params: Record<string, string>;
}

export interface Notifier {
  send(message: Message): Promise<void>;
}

/**
 * Demo and development: writes the message to the server log with the phone masked, so a developer can sign
 * up without an SMS gateway and the log never holds a full phone number (RULES.md §4).
 */
export class LogNotifier implements Notifier {
  constructor(private readonly log: (line: string) => void) {}
  async send(m: Message): Promise<void> {
    this.log(`[notify] to ${maskPhone(m.phone)}: ${m.text}`);
  }
}

export class NotifierError extends Error {}

/**
 * Production: POSTs the message as JSON to the operator's gateway (an SMS provider's adapter), signed with
 * `x-linli-signature: sha256=<HMAC of the body>` so the gateway can reject forged requests.
 */
export class WebhookNotifier implements Notifier {
  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async send(m: Message): Promise<void> {
    const body = JSON.stringify({
      to: m.phone,
      kind: m.kind,
      text: m.text,
      params: m.params,
      sentAt: new Date().toISOString(),
    });
    const signature = createHmac('sha256', this.secret).update(body).digest('hex');
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-linli-signature': `sha256=${signature}` },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new NotifierError(
        `notification gateway unreachable: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (!res.ok) throw new NotifierError(`notification gateway answered ${res.status}`);
  }
}

export function notifierFromEnv(env: NodeJS.ProcessEnv, log: (line: string) => void): Notifier {
  const url = env.LINLI_NOTIFY_WEBHOOK_URL;
  if (!url) return new LogNotifier(log);
  const secret = env.LINLI_NOTIFY_WEBHOOK_SECRET;
  if (!secret || secret.length < 16)
    throw new Error('LINLI_NOTIFY_WEBHOOK_SECRET must be set (16+ characters) with LINLI_NOTIFY_WEBHOOK_URL');
  return new WebhookNotifier(url, secret);
}
