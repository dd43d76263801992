import {
  concatAST,
  defaultFieldResolver,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from '@dnevnik/errors';
import { checkId, checkString, type InputProblem } from './input-policy.rules.js';

/**
 * The directive a subgraph's SDL declares when one of its String inputs may exceed the default
 * ceiling (a file's base64 content). It stays in the subgraph: composition drops it.
 */
export const INPUT_POLICY_SDL =
  'directive @maxLength(chars: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION';

/** The subgraph's SDL with the directive declared, unless the SDL declares it itself. */
export function withInputPolicyDirective(typeDefs: DocumentNode): DocumentNode {
  const declared = typeDefs.definitions.some(
    (d) => d.kind === Kind.DIRECTIVE_DEFINITION && d.name.value === 'maxLength',
  );
  return declared ? typeDefs : concatAST([parse(INPUT_POLICY_SDL), typeDefs]);
}

function maxLengthOf(def: GraphQLArgument | GraphQLInputField): number | undefined {
  const directive = def.astNode?.directives?.find((d) => d.name.value === 'maxLength');
  const arg = directive?.arguments?.find((a) => a.name.value === 'chars');
  return arg?.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
}

/**
 * graphql's `isListType` and friends use instanceof, which fails when the schema was built by a
 * library that loaded the other copy of graphql (CommonJS beside ESM); the tag does not.
 */
const tag = (type: unknown) => (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];

function check(
  value: unknown,
  type: GraphQLInputType,
  def: GraphQLArgument | GraphQLInputField,
): InputProblem | null {
  if (value === null || value === undefined) return null;
  if (tag(type) === 'GraphQLNonNull')
    return check(value, (type as GraphQLNonNull<GraphQLInputType>).ofType, def);
  if (tag(type) === 'GraphQLList') {
    const itemType = (type as GraphQLList<GraphQLInputType>).ofType;
    for (const item of Array.isArray(value) ? value : [value]) {
      const problem = check(item, itemType, def);
      if (problem) return problem;
    }
    return null;
  }
  if (tag(type) === 'GraphQLInputObjectType') {
    const fields = (type as GraphQLInputObjectType).getFields();
    for (const [name, field] of Object.entries(fields)) {
      const problem = check((value as Record<string, unknown>)[name], field.type, field);
      if (problem) return problem;
    }
    return null;
  }
  const name = (type as { name?: string }).name;
  if (name === 'ID') return checkId(String(value), def.name);
  if (name === 'String' && typeof value === 'string')
    return checkString(value, def.name, maxLengthOf(def));
  return null;
}

/**
 * Every field that takes arguments checks them before its resolver runs: control characters
 * and over-long text are refused, and an ID that is not a UUID never reaches SQL. Arguments
 * arrive coerced, so literals and variables are checked alike.
 */
export function applyInputPolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (tag(type) !== 'GraphQLObjectType' || type.name.startsWith('__')) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) {
          const problem = check(values[arg.name], arg.type, arg);
          if (problem) throw badInput(problem.message, { field: problem.field });
        }
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}
