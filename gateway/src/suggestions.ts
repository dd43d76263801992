import type { GraphQLFormattedError } from 'graphql';

// graphql-js appends its suggestions as one sentence: ` Did you mean "a", "b", or "c"?`, also
// with a subject (`the enum value "DIRECTOR"`). Names never contain a question mark.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The message without graphql-js's "Did you mean …?" hints, which reveal the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Wraps an error formatter so that no message names fields, arguments, types or enum values the
 * client did not ask for: graphql-armor's blockFieldSuggestion covers field names only, while
 * enum values are suggested by graphql-js's own validation and variable coercion.
 */
export function hidingSuggestions(format: Formatter): Formatter {
  return (formatted, error) => {
    const result = format(formatted, error);
    return { ...result, message: withoutSuggestions(result.message) };
  };
}
