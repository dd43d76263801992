import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost } from './query-cost.js';

/**
 * Refuses an operation whose estimated cost (query-cost.ts) is over `maxCost`, with the request's
 * variables, once the operation is known and before it is planned or executed.
 *
 * Not a validation rule: Apollo caches validated documents by their text, without variables, so
 * `myTimetable(from: $f, to: $t)` would be costed once for any range. `didResolveOperation` is
 * also the one hook before execution whose errors Apollo answers with their own status; an
 * error thrown earlier (parsingDidStart, didResolveSource) becomes an HTTP 500.
 */
export function costLimitPlugin<TContext extends BaseContext>({
  maxCost,
}: {
  maxCost: number;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const cost = queryCost(schema, document, {
            variables: request.variables,
            operationName: request.operationName,
          });
          if (cost <= maxCost) return;
          const shown = Math.min(Math.ceil(cost), Number.MAX_SAFE_INTEGER);
          throw new GraphQLError(
            `Запрос слишком сложный: его оценка ${shown} при допустимых ${maxCost}. Запросите более короткий период, меньше полей или разбейте запрос на несколько.`,
            {
              extensions: {
                code: 'QUERY_TOO_COMPLEX',
                cost: shown,
                maxCost,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
