/**
 * Minimal clients for the protocols the real-node tests speak to real servers: Redis (RESP), SMTP,
 * a StatsD UDP datagram and HTTP GET. Each opens its own connection, times out rather than hangs, and
 * returns what the server said, so a test asserts on the server's own words.
 */
import { createSocket } from 'node:dgram';
import { get } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';

const TIMEOUT = 10_000;

/** Lines the server sends, read one at a time. */
class LineReader {
  private buf = '';
  private waiting: ((line: string) => void)[] = [];
  constructor(sock: Socket) {
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => {
      this.buf += d;
      let i: number;
      while ((i = this.buf.indexOf('\r\n')) >= 0 && this.waiting.length > 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 2);
        this.waiting.shift()!(line);
      }
    });
  }
  next(): Promise<string> {
    return new Promise((resolve) => {
      const i = this.buf.indexOf('\r\n');
      if (i >= 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 2);
        resolve(line);
      } else this.waiting.push(resolve);
    });
  }
}

function open(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = connect({ host, port });
    sock.setTimeout(TIMEOUT, () => sock.destroy(new Error(`${host}:${port}: no answer in ${TIMEOUT / 1000}s`)));
    sock.once('connect', () => resolve(sock));
    sock.once('error', reject);
  });
}

/**
 * Send Redis commands in order; each reply is its first line, and a bulk string's length line is joined
 * with its content (`$4 real`).
 */
export async function redisCommand(host: string, port: number, commands: string[][]): Promise<string[]> {
  const sock = await open(host, port);
  const lines = new LineReader(sock);
  const replies: string[] = [];
  try {
    for (const cmd of commands) {
      sock.write(`*${cmd.length}\r\n${cmd.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
      const first = await lines.next();
      replies.push(first.startsWith('$') && first !== '$-1' ? `${first} ${await lines.next()}` : first);
    }
    return replies;
  } finally {
    sock.destroy();
  }
}

export interface Mail { from: string; to: string; subject: string; body: string }

/** One message through an SMTP server without authentication (the development mail catcher). */
export async function smtpSend(host: string, port: number, mail: Mail): Promise<void> {
  const sock = await open(host, port);
  const lines = new LineReader(sock);
  // a reply may span lines ("250-..." continues, "250 ..." ends)
  const reply = async (expect: string): Promise<void> => {
    let line: string;
    do line = await lines.next();
    while (/^\d{3}-/.test(line));
    if (!line.startsWith(expect)) throw new Error(`SMTP: expected ${expect}, got "${line}"`);
  };
  try {
    await reply('220');
    for (const [cmd, code] of [['EHLO fxa-helm.test', '250'], [`MAIL FROM:<${mail.from}>`, '250'], [`RCPT TO:<${mail.to}>`, '250'], ['DATA', '354']] as const) {
      sock.write(`${cmd}\r\n`);
      await reply(code);
    }
    sock.write(`From: <${mail.from}>\r\nTo: <${mail.to}>\r\nSubject: ${mail.subject}\r\n\r\n${mail.body}\r\n.\r\n`);
    await reply('250');
    sock.write('QUIT\r\n');
  } finally {
    sock.destroy();
  }
}

export function udpSend(host: string, port: number, payload: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createSocket('udp4');
    s.send(payload, port, host, (err) => {
      s.close();
      if (err) reject(err);
      else resolve();
    });
  });
}

export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // agent false: a connection of its own. Node's global agent keeps sockets alive, and one the server has just
    // closed as idle would be reused and fail with "socket hang up" (seen on the real node's profile stand-ins)
    const req = get(url, { timeout: TIMEOUT, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer in ${TIMEOUT / 1000}s`)));
    req.on('error', reject);
  });
}

/** Whether a TCP connection to host:port is accepted (true) or refused or unanswered (false). */
export function tcpAccepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host, port, timeout: TIMEOUT });
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
    sock.once('timeout', () => done(false));
  });
}

/** A loopback TCP port nothing listens on now, for a server a test starts with an explicit port. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
