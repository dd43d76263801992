import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '@dnevnik/logging';

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  apollo: ApolloServer<TContext>;
  /** Builds the GraphQL context; throw HttpError to refuse the request before execution. */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Extra GET routes (health, metrics, key sets), by exact path. */
  routes?: Record<string, RouteHandler>;
  /** Served at GET /graphql when the request asks for HTML (a development IDE). */
  landingPage?: () => string;
  onRequestFinished?: (info: { route: string; status: number; seconds: number }) => void;
  /** Largest request body accepted (1 MiB unless a service takes attachments). */
  maxBodyBytes?: number;
  /**
   * Longest query text (UTF-8 bytes), checked before Apollo parses it: padding costs the lexer
   * seconds without producing a token. Variables are not counted. No limit unless set.
   */
  maxQueryBytes?: number;
  /**
   * Admits a GraphQL request once its context is built, before it executes; returns what ends the
   * admission once the response is written. Throw HttpError to refuse (e.g. 429).
   */
  admit?: (req: IncomingMessage, context: TContext) => () => void;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // The rest of the body stays unread on the socket: the connection cannot carry another
    // request, so the answer closes it (a reused keep-alive socket failed the next request).
    if (size > maxBytes)
      throw new HttpError(413, 'Запрос слишком большой.', 'PAYLOAD_TOO_LARGE', {
        connection: 'close',
      });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

function checkQuerySize(body: unknown, url: URL, maxBytes: number | undefined) {
  if (maxBytes === undefined) return;
  const query =
    body && typeof body === 'object' && 'query' in body
      ? body.query
      : url.searchParams.get('query');
  if (typeof query !== 'string') return;
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes > maxBytes)
    throw new HttpError(
      413,
      `Текст запроса слишком длинный: ${kilobytes(bytes)} КБ при допустимых ${kilobytes(maxBytes)} КБ. Сократите запрос; файлы передаются в переменных.`,
      'PAYLOAD_TOO_LARGE',
    );
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * The HTTP layer shared by the gateway and every subgraph: POST /graphql through Apollo Server,
 * plus plain GET routes. Node's own http module keeps the surface small and the limits explicit.
 */
export function createHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
) {
  const log = options.logger.child({ component: 'http' });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (
      req.method === 'GET' &&
      options.landingPage &&
      (req.headers.accept ?? '').includes('text/html')
    ) {
      const html = options.landingPage();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    const raw =
      req.method === 'POST'
        ? await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
        : '';
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new HttpError(400, 'Тело запроса не является корректным JSON.', 'BAD_REQUEST');
      }
    }
    checkQuerySize(body, url, options.maxQueryBytes);
    const context = await options.context(req);
    const release = options.admit?.(req, context);
    try {
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'GET',
          headers: toHeaderMap(req),
          search: url.search,
          body,
        },
        context: async () => context,
      });
      const headers: Record<string, string> = {};
      for (const [k, v] of result.headers) headers[k] = v;
      res.writeHead(result.status ?? 200, headers);
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } finally {
      release?.();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const started = process.hrtime.bigint();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let route = 'not_found';
    try {
      if (path === '/graphql') {
        route = 'graphql';
        await handleGraphQL(req, res);
      } else if (req.method === 'GET' && options.routes?.[path]) {
        route = path;
        await options.routes[path]!(req, res);
      } else {
        sendJson(res, 404, { error: 'not found' });
      }
    } catch (err) {
      if (err instanceof HttpError) {
        sendJson(
          res,
          err.status,
          { errors: [{ message: err.message, extensions: { code: err.code } }] },
          err.headers,
        );
      } else {
        log.error({ err, route }, 'request failed');
        if (!res.headersSent) {
          sendJson(res, 500, {
            errors: [
              {
                message: 'Внутренняя ошибка сервера.',
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          });
        } else {
          res.end();
        }
      }
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      options.onRequestFinished?.({ route, status: res.statusCode, seconds });
    }
  }

  let server: Server | null = null;

  return {
    async start(port: number, host = '127.0.0.1'): Promise<RunningHttpServer> {
      await options.apollo.start();
      server = createServer((req, res) => void handle(req, res));
      // Keep-alive connections from the gateway must not hold shutdown hostage.
      server.keepAliveTimeout = 5_000;
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, host, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const url = `http://${host}:${address.port}/graphql`;
      log.info({ url }, `${options.name} listening`);
      return {
        url,
        port: address.port,
        stop: async () => {
          await new Promise<void>((resolve) => {
            server!.close(() => resolve());
            server!.closeIdleConnections();
          });
          await options.apollo.stop();
        },
      };
    },
  };
}
