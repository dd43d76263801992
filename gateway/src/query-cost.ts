import {
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DAY_MS, isIsoDate, parseIsoDate } from '@dnevnik/school-time';

/**
 * The estimated cost of an operation: roughly how many fields its answer will hold.
 *
 * - A scalar or enum field costs 1.
 * - An object field costs 1 plus the cost of its selection.
 * - A list field multiplies the cost of its selection by the expected number of items, read
 *   from its arguments (see `expectedListSize`).
 * - Every alias counts on its own, so fifteen aliases of one heavy field cost fifteen times.
 *   Fragments count where they are spread; `@skip`/`@include` are honoured.
 * - `__typename` and introspection (`__schema`, `__type`) are free: the gateway answers them
 *   from its own schema without calling a subgraph.
 *
 * Pure: the schema, the document and the variables in, a number out.
 */
export interface CostOptions {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  /** Items of a list whose arguments give no size (a class roster, a lesson's marks). */
  defaultListSize?: number;
  /** Items per day of a `from`/`to` date range (lessons of a school day). */
  itemsPerDay?: number;
}

export const DEFAULT_LIST_SIZE = 20;
export const ITEMS_PER_DAY = 8;

/** Arguments that cap the number of items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize', 'take', 'count'];
function dayNumber(value: unknown): number | null {
  return isIsoDate(value) ? parseIsoDate(value) / DAY_MS : null;
}

/**
 * How many items a list field is expected to return, in this order of preference:
 * an explicit page size (`first`, `last`, `limit`, `pageSize`, `take`, `count`, given or its
 * schema default); a `from`/`to` date range (days × items per day, at least one day); the
 * length of the longest list argument (ids, entries); otherwise the default list size.
 */
export function expectedListSize(
  args: Record<string, unknown>,
  { defaultListSize = DEFAULT_LIST_SIZE, itemsPerDay = ITEMS_PER_DAY }: CostOptions = {},
): number {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  const from = dayNumber(args.from);
  const to = dayNumber(args.to);
  if (from !== null && to !== null) return Math.max(1, to - from + 1) * itemsPerDay;
  let longest = -1;
  for (const value of Object.values(args)) {
    if (Array.isArray(value)) longest = Math.max(longest, value.length);
  }
  return longest >= 0 ? longest : defaultListSize;
}

// Types are told apart by their tag, not instanceof: the gateway builds its schema with the CommonJS
// copy of graphql while this module may be loaded with the ES module copy.
const tagOf = (type: GraphQLType | null | undefined) =>
  type ? Object.prototype.toString.call(type).slice(8, -1) : '';
const hasFields = (type: GraphQLType | null | undefined): type is GraphQLObjectType =>
  tagOf(type) === 'GraphQLObjectType' || tagOf(type) === 'GraphQLInterfaceType';
const isComposite = (type: GraphQLType | null | undefined): type is GraphQLNamedType =>
  hasFields(type) || tagOf(type) === 'GraphQLUnionType';
const withoutNonNull = (type: GraphQLType): GraphQLType =>
  tagOf(type) === 'GraphQLNonNull' ? (type as { ofType: GraphQLType }).ofType : type;

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Cost of each fragment's selection, computed once: spreads cost linear time, not exponential. */
  fragmentCosts: Map<string, number>;
  /** Fragments being costed right now; a cycle (refused by validation anyway) costs nothing. */
  visiting: Set<string>;
  options: CostOptions;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  return valueFromASTUntyped(node, variables);
}

function excluded(directives: readonly DirectiveNode[] | undefined, walk: Walk): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    if (!arg) continue;
    const value = valueOf(arg.value, walk.variables);
    if (typeof value !== 'boolean') continue;
    if (name === 'skip' && value) return true;
    if (name === 'include' && !value) return true;
  }
  return false;
}

function argumentValues(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  walk: Walk,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
  }
  for (const arg of node.arguments ?? []) {
    const value = valueOf(arg.value, walk.variables);
    // An omitted variable leaves the schema default in place, as execution would.
    if (value !== undefined) values[arg.name.value] = value;
  }
  return values;
}

function fieldCost(node: FieldNode, parent: GraphQLNamedType, walk: Walk): number {
  const name = node.name.value;
  if (name.startsWith('__')) return 0;
  if (!hasFields(parent)) return 0;
  const field = parent.getFields()[name];
  // Unknown fields are refused by validation; they cost nothing here.
  if (!field) return 0;
  let type: GraphQLType = withoutNonNull(field.type as GraphQLOutputType);
  let items = 1;
  let first = true;
  while (tagOf(type) === 'GraphQLList') {
    // The outer list is sized by the arguments; a list nested in it by the default.
    items *= first
      ? expectedListSize(argumentValues(node, field, walk), walk.options)
      : (walk.options.defaultListSize ?? DEFAULT_LIST_SIZE);
    first = false;
    type = withoutNonNull((type as { ofType: GraphQLType }).ofType);
  }
  if (!isComposite(type) || !node.selectionSet) return items;
  return 1 + items * selectionCost(node.selectionSet, type, walk);
}

function fragmentCost(name: string, walk: Walk): number {
  const known = walk.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.visiting.has(name)) return 0;
  const type = walk.schema.getType(fragment.typeCondition.name.value);
  if (!isComposite(type)) return 0;
  walk.visiting.add(name);
  const cost = selectionCost(fragment.selectionSet, type, walk);
  walk.visiting.delete(name);
  walk.fragmentCosts.set(name, cost);
  return cost;
}

function selectionCost(set: SelectionSetNode, parent: GraphQLNamedType, walk: Walk): number {
  let total = 0;
  for (const selection of set.selections) {
    if (excluded(selection.directives, walk)) continue;
    switch (selection.kind) {
      case Kind.FIELD:
        total += fieldCost(selection, parent, walk);
        break;
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition
          ? walk.schema.getType(selection.typeCondition.name.value)
          : parent;
        if (isComposite(condition)) total += selectionCost(selection.selectionSet, condition, walk);
        break;
      }
      case Kind.FRAGMENT_SPREAD:
        total += fragmentCost(selection.name.value, walk);
        break;
    }
  }
  return total;
}

function pickOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** The cost of the operation the request runs; 0 when there is none to run. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: CostOptions = {},
): number {
  const operation = pickOperation(document, options.operationName);
  if (!operation) return 0;
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  // Variables the client left out take the defaults the operation declares.
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      variables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(variables, options.variables ?? {});
  const walk: Walk = {
    schema,
    variables,
    fragments: new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    ),
    fragmentCosts: new Map(),
    visiting: new Set(),
    options,
  };
  return selectionCost(operation.selectionSet, root, walk);
}
