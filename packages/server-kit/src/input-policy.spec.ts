import { createRequire } from 'node:module';
import { parse } from 'graphql';
import type * as GraphQLModule from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { applyInputPolicy, withInputPolicyDirective } from './input-policy.js';
import { checkId, checkString, DEFAULT_MAX_STRING_LENGTH } from './input-policy.rules.js';

describe('checkString', () => {
  it('accepts ordinary Russian text with line breaks and tabs', () => {
    expect(checkString('Упр. 5, стр. 12\r\n\tвыучить правило «ё»', 'text')).toBeNull();
    expect(checkString('', 'text')).toBeNull();
    expect(checkString('эмодзи 👍 и №', 'text')).toBeNull();
  });

  it('refuses every C0 control character but tab, line feed and carriage return, and DEL', () => {
    for (let code = 0; code < 0x20; code++) {
      const problem = checkString(`a${String.fromCharCode(code)}b`, 'body');
      if ([9, 10, 13].includes(code)) expect(problem, `U+${code.toString(16)}`).toBeNull();
      else expect(problem?.message, `U+${code.toString(16)}`).toMatch(/управляющие символы/);
    }
    expect(checkString('a\u007Fb', 'body')?.field).toBe('body');
  });

  it('refuses lone surrogates, which UTF-8 cannot carry', () => {
    expect(checkString('a\uD800b', 'x')?.message).toMatch(/повреждённые/);
    expect(checkString('a\uDC00', 'x')?.message).toMatch(/повреждённые/);
    expect(checkString('\uD83D\uDC4D', 'x')).toBeNull();
  });

  it('bounds the length, by default and by an explicit limit', () => {
    expect(checkString('я'.repeat(DEFAULT_MAX_STRING_LENGTH), 'x')).toBeNull();
    expect(checkString('я'.repeat(DEFAULT_MAX_STRING_LENGTH + 1), 'x')?.message).toMatch(
      /не более 20000 знаков/,
    );
    expect(checkString('abcd', 'x', 3)?.message).toMatch(/не более 3 знаков/);
  });
});

describe('checkId', () => {
  it('takes UUIDs in either case and nothing else', () => {
    expect(checkId('0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'id')).toBeNull();
    expect(checkId('0199A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B', 'id')).toBeNull();
    for (const bad of ['', '1', "1' or '1'='1", '0199a1b2c3d47e5f8a9b0c1d2e3f4a5b', 'x'.repeat(36)])
      expect(checkId(bad, 'personId')?.message, bad).toMatch(/«personId».*UUID/);
  });
});

// Executed with the copy of graphql that @apollo/subgraph built the schema with (CommonJS).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

describe('the policy on a schema', () => {
  const schema = applyInputPolicy(
    buildSubgraphSchema({
      typeDefs: withInputPolicyDirective(
        parse(`
          input Attachment { name: String!, content: String! @maxLength(chars: 30000) }
          input Note { text: String!, tags: [String!], attachments: [Attachment!] }
          type Query {
            person(id: ID!): String
            echo(note: Note, ids: [ID!]): String
            plain: String
          }
        `),
      ),
      resolvers: { Query: { person: () => 'ok', echo: () => 'ok', plain: () => 'ok' } },
    }),
  );
  const run = (source: string, variableValues?: Record<string, unknown>) =>
    graphql({ schema, source, ...(variableValues ? { variableValues } : {}) });

  it('refuses a non-UUID id with BAD_USER_INPUT before the resolver runs', async () => {
    const result = await run('{ person(id: "1 or 1=1") }');
    expect(result.errors?.[0]?.message).toMatch(/«id».*UUID/);
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await run('{ person(id: "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") }')).data).toEqual({
      person: 'ok',
    });
  });

  it('checks variables, nested input objects and lists alike', async () => {
    const q = 'query($n: Note, $ids: [ID!]) { echo(note: $n, ids: $ids) }';
    expect((await run(q, { n: { text: 'a\u0000' } })).errors?.[0]?.message).toMatch(/«text»/);
    expect(
      (await run(q, { n: { text: 'a', tags: ['ok', 'b\u0001'] } })).errors?.[0]?.message,
    ).toMatch(/«tags»/);
    expect(
      (await run(q, { ids: ['0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x'] })).errors?.[0]?.message,
    ).toMatch(/«ids»/);
    expect((await run(q, { n: { text: 'домашнее задание', tags: ['а'] } })).data).toEqual({
      echo: 'ok',
    });
  });

  it('lets a field declare a larger limit', async () => {
    const q = 'query($n: Note) { echo(note: $n) }';
    const long = 'x'.repeat(25_000);
    expect(
      (await run(q, { n: { text: 'a', attachments: [{ name: 'f', content: long }] } })).data,
    ).toEqual({ echo: 'ok' });
    expect((await run(q, { n: { text: long } })).errors?.[0]?.message).toMatch(/не более 20000/);
  });
});
