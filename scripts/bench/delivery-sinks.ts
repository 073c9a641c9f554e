import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * Where `bench:orders`' delivery leg sends what each order queues (issue 21: CPU per order
 * "with its confirmation e-mail and webhook delivered by the same process"): a real SMTP
 * server and a real HTTP endpoint, both on loopback, that accept everything and count it.
 */
export interface DeliverySinks {
  smtpUrl: string;
  webhookUrl: string;
  /** E-mails accepted (DATA ended), webhooks answered 200. */
  counts(): { emails: number; webhooks: number };
  /** Resolves once both counts reach theirs, or rejects after `timeoutMs`. */
  drained(emails: number, webhooks: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startDeliverySinks(): Promise<DeliverySinks> {
  let emails = 0;
  let webhooks = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS of 127.0.0.1 per connection (it waits for a resolver this machine may lack).
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        emails++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const http = createServer((req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      webhooks++;
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webhookUrl: `http://127.0.0.1:${httpPort}/hooks/certinomis`,
    counts: () => ({ emails, webhooks }),
    async drained(wantEmails, wantWebhooks, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (emails < wantEmails || webhooks < wantWebhooks) {
        if (Date.now() > deadline) {
          throw new Error(
            `delivery not drained after ${timeoutMs} ms: ${emails}/${wantEmails} e-mails, ${webhooks}/${wantWebhooks} webhooks`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () =>
      Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => {
          http.closeAllConnections();
          http.close(() => resolve());
        }),
      ]).then(() => undefined),
  };
}
