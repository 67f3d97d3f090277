import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

// A real SMTP server in the test process (smtp-server), receiving what the app sends over TCP
// and parsing it with mailparser. `refuse` makes it answer RCPT TO with an error, as a real
// server does when it is overloaded (4xx) or rejects the address (5xx).

export interface SmtpSink {
  url: string;
  port: number;
  received: ParsedMail[];
  /** Set to { code, message } to refuse every recipient; null to accept again. */
  refuse: { code: number; message: string } | null;
  /** Resolves when `count` messages in total have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '',
    port: 0,
    received: [],
    refuse: null,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (sink.received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${sink.received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return sink.received;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!sink.refuse) return callback();
      const error = Object.assign(new Error(sink.refuse.message), { responseCode: sink.refuse.code });
      return callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          sink.received.push(mail);
          callback();
        })
        .catch(callback);
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  sink.port = typeof address === 'object' && address ? address.port : port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const sink = await startSmtpSink();
  const { port } = sink;
  await sink.close();
  return port;
}
