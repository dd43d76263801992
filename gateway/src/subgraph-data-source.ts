import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { Counter } from 'prom-client';
import { VIEWER_HEADER, type VerifiedRequestIdentity } from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';

export interface GatewayContext {
  identity: VerifiedRequestIdentity;
}

/**
 * Calls one subgraph: signs the viewer's identity into a header, enforces the subgraph's timeout,
 * and turns a subgraph that cannot be reached into a clear, non-technical error for that part
 * of the response, so the rest of the query can still be answered.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly options: {
      name: string;
      url: string;
      timeoutMs: number;
      sign: (identity: VerifiedRequestIdentity) => Promise<string>;
      requests: Counter<'subgraph' | 'outcome'>;
      logger: Logger;
    },
  ) {
    super({ url: options.url });
    const name = options.name;
    this.fetcher = (async (url: string, init: RequestInit) => {
      try {
        const response = await fetch(url, {
          ...init,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        options.requests.inc({
          subgraph: name,
          outcome: response.ok ? 'ok' : `http_${response.status}`,
        });
        return response;
      } catch (err) {
        const timedOut = (err as Error).name === 'TimeoutError';
        options.requests.inc({ subgraph: name, outcome: timedOut ? 'timeout' : 'unreachable' });
        options.logger.warn(
          { subgraph: name, timedOut, reason: (err as Error).message },
          'subgraph request failed',
        );
        throw new GraphQLError(
          timedOut
            ? `Служба «${name}» не ответила вовремя. Часть данных сейчас недоступна.`
            : `Служба «${name}» временно недоступна. Часть данных сейчас недоступна.`,
          { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name } },
        );
      }
    }) as unknown as Fetcher;
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!context.identity) return;
    request.http?.headers.set(VIEWER_HEADER, await this.options.sign(context.identity));
    request.http?.headers.set('x-request-id', context.identity.requestId);
  }
}
