import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIST_SIZE, expectedListSize, ITEMS_PER_DAY, queryCost } from './query-cost.js';

const schema = buildSchema(`
  type Query {
    me: Person
    lessons(from: String!, to: String!): [Lesson!]!
    people(ids: [ID!]!): [Person]
    notifications(first: Int = 50): [Note!]!
    page(limit: Int): [Note!]!
    roster: [Person!]!
    grid: [[Note!]!]!
    search: [Hit!]!
    node: Node
  }
  type Mutation { record(entries: [Int!]!): [Note!]! }
  type Person implements Node { id: ID! name: String! lessons(from: String!, to: String!): [Lesson!]! }
  type Lesson implements Node { id: ID! date: String! marks: [Note!]! tags: [String!]! }
  type Note { id: ID! text: String }
  interface Node { id: ID! }
  union Hit = Person | Note
`);
const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  queryCost(schema, parse(query), { variables, operationName });
const WEEK = 7 * ITEMS_PER_DAY;

describe('expectedListSize', () => {
  it('takes an explicit page size first', () => {
    expect(expectedListSize({ first: 5 })).toBe(5);
    expect(expectedListSize({ last: 3, first: 9 })).toBe(9);
    expect(expectedListSize({ limit: 7 })).toBe(7);
    expect(expectedListSize({ pageSize: 2 })).toBe(2);
    expect(expectedListSize({ take: 4 })).toBe(4);
    expect(expectedListSize({ count: 6 })).toBe(6);
    expect(expectedListSize({ first: -10 })).toBe(0);
    expect(expectedListSize({ first: 5, from: '2026-01-01', to: '2026-12-31' })).toBe(5);
  });

  it('counts the days of a from/to range, both ends included', () => {
    expect(expectedListSize({ from: '2026-11-23', to: '2026-11-23' })).toBe(ITEMS_PER_DAY);
    expect(expectedListSize({ from: '2026-11-23', to: '2026-11-29' })).toBe(WEEK);
    expect(expectedListSize({ from: '2026-09-01', to: '2027-05-31' })).toBe(273 * ITEMS_PER_DAY);
    // Across a leap day and a time-zone change: calendar days, not hours.
    expect(expectedListSize({ from: '2028-02-28', to: '2028-03-01' })).toBe(3 * ITEMS_PER_DAY);
    expect(expectedListSize({ from: '2026-03-28', to: '2026-03-30' })).toBe(3 * ITEMS_PER_DAY);
    expect(expectedListSize({ from: '2026-11-23', to: '2026-11-29' }, { itemsPerDay: 2 })).toBe(14);
  });

  it('counts a reversed range as one day, and ignores dates it cannot read', () => {
    expect(expectedListSize({ from: '2026-11-29', to: '2026-11-23' })).toBe(ITEMS_PER_DAY);
    expect(expectedListSize({ from: '23.11.2026', to: '2026-11-29' })).toBe(DEFAULT_LIST_SIZE);
    expect(expectedListSize({ from: '2026-11-23' })).toBe(DEFAULT_LIST_SIZE);
    expect(expectedListSize({ from: 20261123, to: 20261129 })).toBe(DEFAULT_LIST_SIZE);
  });

  it('takes the longest list argument', () => {
    expect(expectedListSize({ ids: ['a', 'b', 'c'] })).toBe(3);
    expect(expectedListSize({ ids: ['a'], entries: [1, 2] })).toBe(2);
    expect(expectedListSize({ ids: [] })).toBe(0);
  });

  it('falls back to the default list size', () => {
    expect(expectedListSize({})).toBe(DEFAULT_LIST_SIZE);
    expect(expectedListSize({ first: null, name: 'x' })).toBe(DEFAULT_LIST_SIZE);
    expect(expectedListSize({}, { defaultListSize: 3 })).toBe(3);
  });
});

describe('queryCost', () => {
  it('costs 1 per scalar and 1 per object plus its selection', () => {
    expect(cost('{ me { id } }')).toBe(2);
    expect(cost('{ me { id name } }')).toBe(3);
    expect(cost('{ me { __typename } __typename }')).toBe(1);
  });

  it('multiplies a list by its expected size, nested lists by each level', () => {
    expect(cost('{ lessons(from: "2026-11-23", to: "2026-11-29") { id } }')).toBe(1 + WEEK);
    expect(cost('{ lessons(from: "2026-11-23", to: "2026-11-29") { id marks { id } } }')).toBe(
      1 + WEEK * (1 + 1 + DEFAULT_LIST_SIZE),
    );
    expect(cost('{ roster { id lessons(from: "2026-11-23", to: "2026-11-23") { id } } }')).toBe(
      1 + DEFAULT_LIST_SIZE * (1 + 1 + ITEMS_PER_DAY),
    );
    // A list of scalars costs its items.
    expect(cost('{ lessons(from: "2026-11-23", to: "2026-11-23") { tags } }')).toBe(
      1 + ITEMS_PER_DAY * DEFAULT_LIST_SIZE,
    );
    // A list of lists: the inner level takes the default size.
    expect(cost('{ grid { id } }')).toBe(1 + DEFAULT_LIST_SIZE * DEFAULT_LIST_SIZE);
  });

  it('reads sizes from page arguments, their schema defaults, and id lists', () => {
    expect(cost('{ notifications { id } }')).toBe(1 + 50);
    expect(cost('{ notifications(first: 5) { id } }')).toBe(1 + 5);
    expect(cost('{ page(limit: 3) { id text } }')).toBe(1 + 6);
    expect(cost('{ page { id } }')).toBe(1 + DEFAULT_LIST_SIZE);
    expect(cost('{ people(ids: ["a", "b"]) { id } }')).toBe(1 + 2);
    expect(cost('mutation { record(entries: [1, 2, 3]) { id } }')).toBe(1 + 3);
  });

  it('reads sizes from variables, then from the defaults the operation declares', () => {
    const q = 'query($f: String!, $t: String = "2026-11-29") { lessons(from: $f, to: $t) { id } }';
    expect(cost(q, { f: '2026-11-23' })).toBe(1 + WEEK);
    expect(cost(q, { f: '2026-11-23', t: '2026-11-23' })).toBe(1 + ITEMS_PER_DAY);
    expect(cost('query($n: Int) { notifications(first: $n) { id } }', { n: 2 })).toBe(3);
    // An omitted variable leaves the field's default in place.
    expect(cost('query($n: Int) { notifications(first: $n) { id } }', {})).toBe(51);
    expect(cost('query($ids: [ID!]!) { people(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(
      4,
    );
  });

  it('adds up aliases of the same field', () => {
    const one = cost('{ lessons(from: "2026-09-01", to: "2027-05-31") { id } }');
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: lessons(from: "2026-09-01", to: "2027-05-31") { id }`,
    ).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(15 * one);
  });

  it('counts fragments where they are spread, without exponential work', () => {
    expect(
      cost('{ me { ...P ...P } } fragment P on Person { id name }', undefined, undefined),
    ).toBe(1 + 4);
    expect(cost('{ me { ... on Person { id } ... { name } } }')).toBe(3);
    // Forty levels of doubling spreads: 2^40 fields, computed in linear time.
    const levels = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = performance.now();
    expect(cost(`{ me { ...F0 } } ${levels} fragment F40 on Person { id }`)).toBe(1 + 2 ** 40);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('terminates on a fragment cycle (which validation refuses anyway)', () => {
    expect(
      cost('{ me { ...A } } fragment A on Person { id ...B } fragment B on Person { ...A }'),
    ).toBe(2);
    expect(cost('{ me { ...Missing } }')).toBe(1);
  });

  it('costs every member of a union and an interface selection', () => {
    expect(cost('{ search { ... on Person { id name } ... on Note { id } } }')).toBe(
      1 + DEFAULT_LIST_SIZE * 3,
    );
    expect(cost('{ node { id ... on Lesson { marks { id } } } }')).toBe(
      1 + 1 + 1 + DEFAULT_LIST_SIZE,
    );
  });

  it('honours @skip and @include, literal or from variables', () => {
    expect(cost('{ me { id name @skip(if: true) } }')).toBe(2);
    expect(cost('{ me { id name @include(if: false) } }')).toBe(2);
    expect(cost('{ me { id name @include(if: true) } }')).toBe(3);
    const q = 'query($s: Boolean!) { me { id ... @skip(if: $s) { name } } }';
    expect(cost(q, { s: true })).toBe(2);
    expect(cost(q, { s: false })).toBe(3);
  });

  it('costs the operation the request names, and nothing when there is none to run', () => {
    const doc = 'query A { me { id } } query B { roster { id } }';
    expect(cost(doc, undefined, 'A')).toBe(2);
    expect(cost(doc, undefined, 'B')).toBe(1 + DEFAULT_LIST_SIZE);
    expect(cost(doc)).toBe(0);
    expect(cost(doc, undefined, 'C')).toBe(0);
    expect(cost('subscription { x }')).toBe(0);
  });

  it('ignores introspection and fields the schema does not have', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
    expect(cost('{ me { id nope { id } } nothing }')).toBe(2);
  });
});

describe('queryCost on the committed supergraph with the default limit (20000)', () => {
  let supergraph: GraphQLSchema;
  let gateway: ApolloGateway;
  beforeAll(async () => {
    gateway = new ApolloGateway({
      supergraphSdl: readFileSync(
        new URL('../../schemas/supergraph.graphql', import.meta.url),
        'utf8',
      ),
    });
    supergraph = (await gateway.load()).schema;
  });
  afterAll(() => gateway.stop());
  const costOf = (query: string, variables?: Record<string, unknown>) =>
    queryCost(supergraph, parse(query), { variables });
  const LIMIT = 20_000;

  // The queries the diary, the journal page and the benchmarks send (tests/e2e, scripts/src).
  it.each([
    [
      'a week of the diary with marks and attendance',
      '{ myTimetable(from: "2026-11-23", to: "2026-11-29") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }',
    ],
    [
      'a week of the diary with homework',
      '{ myTimetable(from: "2026-11-23", to: "2026-11-29") { date schoolClass { name } subject { name } teacher { lastName } homework { text student { id } } } }',
    ],
    [
      'the journal page with marks and attendance',
      'query($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) { lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } } } }',
    ],
    [
      'the journal page of the benchmark',
      'query($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) { hoursPerWeek period { name } lessons { date topic } rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks } } }',
    ],
    [
      'a whole year of one timetable',
      '{ myTimetable(from: "2026-09-01", to: "2027-05-31") { id date } }',
    ],
    [
      'who I am',
      '{ me { person { lastName children { child { firstName } } } roles { role } session { current authMethod } } }',
    ],
  ])('passes %s', (_name, query) => {
    expect(costOf(query, { a: 'x', p: 'y' })).toBeLessThanOrEqual(LIMIT);
  });

  it('passes a quarter of a class timetable given in variables', () => {
    expect(
      costOf(
        'query($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date status } }',
        { c: 'x', f: '2026-11-04', t: '2026-12-28' },
      ),
    ).toBeLessThanOrEqual(LIMIT);
  });

  it('refuses fifteen aliases of a whole-term timetable, literal or in variables', () => {
    const aliases = (range: string, selection: string) =>
      `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: myTimetable(${range}) ${selection}`).join(' ')} }`;
    expect(
      costOf(aliases('from: "2026-11-04", to: "2026-12-28"', '{ id date subject { name } }')),
    ).toBeGreaterThan(LIMIT);
    expect(costOf(aliases('from: "2026-09-01", to: "2027-05-31"', '{ id date }'))).toBeGreaterThan(
      LIMIT,
    );
    expect(
      costOf(`query($f: String!, $t: String!) ${aliases('from: $f, to: $t', '{ id date }')}`, {
        f: '2026-09-01',
        t: '2027-05-31',
      }),
    ).toBeGreaterThan(LIMIT);
  });
});
