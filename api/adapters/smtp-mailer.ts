import { connect } from 'node:net';
import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { Mailer } from '../ports/mailer.ts';

/**
 * Timeouts well inside the outbox lease (2 min): nodemailer's own defaults
 * (2 min to connect, 10 min of socket inactivity) would let a hung server hold
 * claimed rows past their lease, and another worker would send them again.
 * A `?connectionTimeout=…` in the URL still wins.
 */
const TIMEOUTS_MS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * The SMTP server's TCP connection, opened here with Nagle's algorithm off. nodemailer
 * writes a message's commands in small pieces and waits for each answer: with Nagle on,
 * every message stalled on the peer's delayed ACK (about 40 ms), so one connection sent
 * some 20 e-mails a second whatever the server (measured: 46 ms per e-mail to a loopback
 * server, 5 ms without the stall; `npm run bench:orders`, issue 21). nodemailer takes the
 * connected socket as is, and still runs TLS (`smtps://`, or STARTTLS) over it.
 */
function getSocket(
  options: SMTPPool.Options,
  callback: (err: Error | null, socket: unknown) => void,
) {
  const host = options.host ?? 'localhost';
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = connect({ host, port, noDelay: true });
  const fail = (error: Error) => {
    socket.destroy();
    callback(error, null);
  };
  socket.setTimeout(options.connectionTimeout ?? TIMEOUTS_MS.connectionTimeout, () =>
    fail(
      Object.assign(new Error(`SMTP connection to ${host}:${port} timed out`), {
        code: 'ETIMEDOUT',
      }),
    ),
  );
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.removeListener('error', fail);
    callback(null, { connection: socket });
  });
}

/**
 * The `Mailer` port over SMTP with nodemailer (Node only). `smtpUrl` is a
 * nodemailer connection URL, e.g. `smtps://user:pass@smtp.example.com:465` or
 * `smtp://127.0.0.1:1025`; `from` is the sender address (`Certinomis <no-reply@…>`).
 * The Message-ID is derived from the outbox id, so a message sent again after
 * a crash carries the same Message-ID as the first copy.
 *
 * One pooled connection, kept between messages (the outbox sends one at a time): a burst
 * of orders costs one TLS handshake and greeting, not one per e-mail. It closes after 30 s
 * idle (socketTimeout) and reopens on the next message.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const options: SMTPPool.Options = {
    ...TIMEOUTS_MS,
    maxConnections: 1,
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    getSocket,
  };
  const transport = createTransport(options);
  return {
    async send(message) {
      const mime = new MailComposer({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html !== null ? { html: message.html } : {}),
        messageId: `<${message.id}@certinomis-order>`,
        // What nodemailer would pick for our Latin text anyway, said up front: it otherwise
        // counts the letters of every header and part to choose (a third of its CPU per
        // e-mail, measured on the order confirmation; the same bytes either way).
        textEncoding: 'quoted-printable',
      }).compile();
      // The whole message composed first, then sent as one piece: streamed, each of its
      // parts and encoded lines was a write of its own on the socket, each a packet (Nagle is
      // off) and a TLS record on a real server: 13 writes per order e-mail, 5 now (the four
      // commands and the message). Same CPU on loopback, fewer packets on the wire.
      const raw = await mime.build();
      await transport.sendMail({ envelope: mime.getEnvelope(), raw });
    },
  };
}
