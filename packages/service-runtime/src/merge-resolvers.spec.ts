import { describe, expect, it } from 'vitest';
import { mergeResolvers } from './merge-resolvers.js';

const a = () => 'a';
const b = () => 'b';

describe('mergeResolvers', () => {
  it('joins the fields of one type from several modules and keeps the other types', () => {
    const merged = mergeResolvers('curriculum', [
      { Query: { school: a }, School: { name: a } },
      { Query: { years: b }, School: { years: b } },
    ]);
    expect(merged).toEqual({ Query: { school: a, years: b }, School: { name: a, years: b } });
  });

  it('fails on a field two modules resolve, naming the service, type and field', () => {
    expect(() =>
      mergeResolvers('gradebook', [{ Query: { marks: a } }, { Query: { marks: b } }]),
    ).toThrow('gradebook: Query.marks is resolved twice');
  });

  it('gives an empty map for no modules', () => {
    expect(mergeResolvers('identity', [])).toEqual({});
  });
});
