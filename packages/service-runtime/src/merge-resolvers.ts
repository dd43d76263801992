/**
 * A service's resolver map from its modules' maps, merged type by type: a module may add fields
 * to a type another one owns (curriculum's years adds `School.years`). Two modules resolving the
 * same field is a mistake of the service's definition, so it fails at start, not at the first
 * request that happens to reach the field.
 */
export function mergeResolvers<R extends object>(service: string, maps: readonly R[]): R {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
      const into = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`${service}: ${type}.${field} is resolved twice`);
        into[field] = resolver;
      }
    }
  }
  return merged as R;
}
