import net from 'node:net';

/**
 * Raw HTTP/1.1 over a plain TCP socket, for the requests a browser or Playwright's request API
 * will not send: a body on a GET, an unknown method, a header line without a colon, a
 * request-target that is not a path, several requests pipelined on one connection, a client
 * that leaves before the answer. Host and port come from the test's baseURL.
 */

/** How long one answer may take before the helper gives up, unless a test says otherwise. */
export const DEFAULT_TIMEOUT_MS = 5_000;

export interface RawResponse {
  /** The status line as sent, e.g. `HTTP/1.1 400 Bad Request`. */
  statusLine: string;
  httpVersion: string;
  status: number;
  reason: string;
  /**
   * Every header line in order, names in lower case, repeated headers kept (two Set-Cookie
   * lines are two entries).
   */
  headerList: [name: string, value: string][];
  /** The same headers by name, repeated ones joined with `, ` (Set-Cookie with a newline, as Playwright does). */
  headers: Record<string, string>;
  body: Buffer;
  /** The body as UTF-8 text. */
  text: string;
}

export interface ReadOptions {
  /** The answer is to a HEAD request: no body follows its headers whatever they say. */
  head?: boolean;
  timeoutMs?: number;
}

interface Target {
  host: string;
  port: number;
}

/** The host and port of an origin such as the test's baseURL (`http://localhost:3100`). */
export function targetOf(baseURL: string | undefined): Target {
  if (!baseURL) throw new Error('rawHttp: the test has no baseURL (playwright.config.ts sets one)');
  const url = new URL(baseURL);
  if (url.protocol !== 'http:') throw new Error(`rawHttp speaks plain HTTP only, not ${url.protocol} (${baseURL})`);
  // localhost may resolve to ::1 first while a server listens on IPv4 only: the literal avoids
  // depending on the resolver's order.
  const host = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname.replace(/^\[|\]$/g, '');
  return { host, port: Number(url.port || 80) };
}

/** `Host:` for a request to this origin. */
export function hostHeader(baseURL: string | undefined): string {
  return new URL(baseURL ?? 'http://localhost').host;
}

/** The first line of what was sent, for error messages (`GET /en HTTP/1.1`). */
function firstLine(bytes: Buffer | string): string {
  const text = Buffer.isBuffer(bytes) ? bytes.subarray(0, 200).toString('latin1') : bytes.slice(0, 200);
  return JSON.stringify(text.split(/\r?\n/)[0] ?? '');
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * One TCP connection to the server. Bytes go out with `send`; answers are read one at a time
 * with `read`, in order, from everything the server sent so far (so several pipelined answers
 * arriving in one packet are each read).
 */
export class RawConnection {
  private buffer = Buffer.alloc(0);
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private sentFirstLine = '""';
  private readonly closedPromise: Promise<void>;

  private constructor(
    private readonly socket: net.Socket,
    readonly target: Target,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.notify();
    });
    socket.on('end', () => {
      this.ended = true;
      this.notify();
    });
    socket.on('error', (error) => {
      this.failure = error;
      this.notify();
    });
    this.closedPromise = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('close', () => {
      this.ended = true;
      this.notify();
    });
  }

  /** Opens a connection to the origin (e.g. the test's baseURL); fails after `timeoutMs`. */
  static open(baseURL: string | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RawConnection> {
    const target = targetOf(baseURL);
    return new Promise((resolve, reject) => {
      const socket = net.connect(target);
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`rawHttp: could not connect to ${target.host}:${target.port} within ${seconds(timeoutMs)}`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new RawConnection(socket, target));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`rawHttp: could not connect to ${target.host}:${target.port}: ${error.message}`));
      });
    });
  }

  /** Writes bytes; resolves once they are handed to the operating system. */
  send(bytes: Buffer | string): Promise<void> {
    if (this.sentFirstLine === '""') this.sentFirstLine = firstLine(bytes);
    return new Promise((resolve, reject) => {
      this.socket.write(bytes, (error) => (error ? reject(new Error(`rawHttp: could not send ${firstLine(bytes)}: ${error.message}`)) : resolve()));
    });
  }

  /**
   * Reads the next answer. Fails with "no answer within 5 s" when none is complete in time,
   * and says so when the server closes the connection before a whole answer.
   */
  async read({ head = false, timeoutMs = DEFAULT_TIMEOUT_MS }: ReadOptions = {}): Promise<RawResponse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // A reset after the last byte ends the answer too (a body delimited by the close).
      const parsed = parseResponse(this.buffer, { head, ended: this.ended || this.failure !== undefined });
      if (parsed) {
        this.buffer = this.buffer.subarray(parsed.consumed);
        return parsed.response;
      }
      if (this.ended || this.failure) {
        const why = this.failure ? `failed (${this.failure.message})` : 'was closed by the server';
        const got = this.buffer.length ? `after ${this.buffer.length} bytes of an incomplete answer: ${JSON.stringify(this.buffer.subarray(0, 120).toString('latin1'))}` : 'without an answer';
        throw new Error(`rawHttp: the connection ${why} ${got} (request ${this.sentFirstLine})`);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const got = this.buffer.length ? ` (${this.buffer.length} bytes of an incomplete answer: ${JSON.stringify(this.buffer.subarray(0, 120).toString('latin1'))})` : '';
        throw new Error(`rawHttp: no answer within ${seconds(timeoutMs)} to ${this.sentFirstLine}${got}`);
      }
      await this.waitForData(left);
    }
  }

  /** Waits until more bytes, the end or an error arrive, or `ms` pass. */
  private async waitForData(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wake = undefined;
  }

  /** Reads `count` answers in a row (pipelined requests); `head[i]` marks an answer to a HEAD. */
  async readMany(count: number, { head = [], timeoutMs = DEFAULT_TIMEOUT_MS }: { head?: boolean[]; timeoutMs?: number } = {}): Promise<RawResponse[]> {
    const responses: RawResponse[] = [];
    for (let i = 0; i < count; i++) responses.push(await this.read({ head: head[i] ?? false, timeoutMs }));
    return responses;
  }

  /**
   * Resolves true when the server closes the connection (or has) within `timeoutMs`, false if it
   * is still open then.
   */
  async closedByServer(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended && !this.failure) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await this.waitForData(left);
    }
    return true;
  }

  /** Closes the connection from this side, at once (a reader who leaves), and waits until it is closed. */
  async destroy(): Promise<void> {
    this.socket.destroy();
    await this.closedPromise;
  }

  private notify() {
    this.wake?.();
  }
}

/**
 * Sends raw bytes on a new connection and reads `responses` answers (1 unless said): one
 * request, or several pipelined in `bytes`. With `untilClose`, also waits until the server
 * closes the connection and reports whether it did. The connection is closed afterwards.
 */
export async function rawRequest(
  baseURL: string | undefined,
  bytes: Buffer | string,
  { responses = 1, head = [], timeoutMs = DEFAULT_TIMEOUT_MS, untilClose = false }: { responses?: number; head?: boolean[]; timeoutMs?: number; untilClose?: boolean } = {},
): Promise<{ responses: RawResponse[]; closedByServer: boolean }> {
  const connection = await RawConnection.open(baseURL, timeoutMs);
  try {
    await connection.send(bytes);
    const answers = await connection.readMany(responses, { head, timeoutMs });
    const closed = untilClose ? await connection.closedByServer(timeoutMs) : await connection.closedByServer(0);
    return { responses: answers, closedByServer: closed };
  } finally {
    await connection.destroy();
  }
}

/** Like rawRequest for a single answer: the answer itself. */
export async function rawExchange(baseURL: string | undefined, bytes: Buffer | string, options: ReadOptions = {}): Promise<RawResponse> {
  const { responses } = await rawRequest(baseURL, bytes, { head: [options.head ?? false], timeoutMs: options.timeoutMs });
  return responses[0]!;
}

/**
 * A client that sends its bytes and leaves at once, without reading anything: resolves when the
 * bytes are handed to the operating system and the connection is closed.
 */
export async function sendAndLeave(baseURL: string | undefined, bytes: Buffer | string): Promise<void> {
  const connection = await RawConnection.open(baseURL);
  await connection.send(bytes);
  await connection.destroy();
}

/**
 * A request as bytes: the request line, `Host` for the origin unless `headers` names one, the
 * headers in order, a blank line and the body (no Content-Length added: the test writes the
 * framing it means to send).
 */
export function httpRequest(
  baseURL: string | undefined,
  requestLine: string,
  headers: Record<string, string> | [string, string][] = {},
  body: Buffer | string = '',
): Buffer {
  const list = Array.isArray(headers) ? headers : Object.entries(headers);
  const lines = [requestLine];
  if (!list.some(([name]) => name.toLowerCase() === 'host')) lines.push(`Host: ${hostHeader(baseURL)}`);
  for (const [name, value] of list) lines.push(`${name}: ${value}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
}

const CRLF_CRLF = Buffer.from('\r\n\r\n');

/**
 * Parses one answer from the front of `buffer`, or returns undefined when it is not complete
 * yet. Framing follows RFC 9112 section 6.3: no body for HEAD, 1xx, 204 and 304; chunked
 * transfer coding; Content-Length; otherwise the body runs until the server closes.
 */
export function parseResponse(buffer: Buffer, { head = false, ended = false }: { head?: boolean; ended?: boolean } = {}): { response: RawResponse; consumed: number } | undefined {
  const end = buffer.indexOf(CRLF_CRLF);
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const match = /^(HTTP\/\d(?:\.\d)?) (\d{3})(?: (.*))?$/.exec(statusLine);
  if (!match) throw new Error(`rawHttp: not an HTTP status line: ${JSON.stringify(statusLine)}`);
  const status = Number(match[2]);
  const headerList: [string, string][] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`rawHttp: the server sent a header line without a name: ${JSON.stringify(line)}`);
    headerList.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of headerList) {
    const before = headers[name];
    headers[name] = before === undefined ? value : `${before}${name === 'set-cookie' ? '\n' : ', '}${value}`;
  }

  const start = end + CRLF_CRLF.length;
  let body: Buffer;
  let consumed: number;
  if (head || (status >= 100 && status < 200) || status === 204 || status === 304) {
    body = Buffer.alloc(0);
    consumed = start;
  } else if (/(^|,)\s*chunked\s*$/i.test(headers['transfer-encoding'] ?? '')) {
    const chunked = parseChunked(buffer, start);
    if (!chunked) return undefined;
    ({ body, consumed } = chunked);
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length'].split(',')[0]);
    if (!Number.isSafeInteger(length) || length < 0) throw new Error(`rawHttp: bad Content-Length from the server: ${headers['content-length']}`);
    if (buffer.length < start + length) return undefined;
    body = buffer.subarray(start, start + length);
    consumed = start + length;
  } else {
    // Delimited by the end of the connection.
    if (!ended) return undefined;
    body = buffer.subarray(start);
    consumed = buffer.length;
  }
  const copy = Buffer.from(body);
  return {
    response: { statusLine, httpVersion: match[1]!, status, reason: match[3] ?? '', headerList, headers, body: copy, text: copy.toString('utf8') },
    consumed,
  };
}

function parseChunked(buffer: Buffer, start: number): { body: Buffer; consumed: number } | undefined {
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd === -1) return undefined;
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (Number.isNaN(size)) throw new Error(`rawHttp: bad chunk size from the server: ${JSON.stringify(buffer.subarray(at, lineEnd).toString('latin1'))}`);
    at = lineEnd + 2;
    if (size === 0) {
      // Trailers, if any, then the blank line.
      for (;;) {
        const trailerEnd = buffer.indexOf('\r\n', at);
        if (trailerEnd === -1) return undefined;
        const empty = trailerEnd === at;
        at = trailerEnd + 2;
        if (empty) return { body: Buffer.concat(parts), consumed: at };
      }
    }
    if (buffer.length < at + size + 2) return undefined;
    parts.push(buffer.subarray(at, at + size));
    at += size + 2;
  }
}
