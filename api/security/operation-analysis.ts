import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationTypeNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { selectsField } from './selects-field.ts';

/** What an operation would make the server do, estimated before any resolver runs. */
export interface OperationShape {
  operation: OperationTypeNode | undefined;
  /** Deepest field nesting, counting leaves (`{ a { b } }` is 2). */
  depth: number;
  /** Fields requested under an alias (`x: company(…)`), as written, fragments expanded. */
  aliases: number;
  /** Estimated objects the response holds, plus the weight of each watched field's calls; see analyseOperation. */
  cost: number;
  /**
   * How often each watched field (`Query.candidates`, …) will be resolved: each
   * occurrence as written (fragments expanded, aliases included) times the
   * sizes of the lists it is nested in. `shortlists(first: 100) { entries { … } }`
   * resolves `entries`, a scoring, 100 times.
   */
  watched: Map<string, number>;
}

export interface AnalysisOptions {
  /** Assumed length of a list field that takes no `first`. Default 10. */
  defaultListSize?: number;
  /** Field coordinates (`Type.field`) whose calls to count. Default none. */
  watch?: ReadonlySet<string>;
  /**
   * What one call of a watched field adds to the cost, over the objects it
   * returns: these fields walk the market, which weighs far more than one
   * object. Multiplied through the enclosing lists like everything else. Default 0.
   */
  watchedCost?: number;
  /**
   * Watched fields that count only when their selection asks for the given
   * field: `Shortlist.entries` scores its pins only for `fit`, and without it
   * is a list the shortlist already holds. Default none.
   */
  watchOnlyWith?: ReadonlyMap<string, string>;
  /**
   * The most items a list field can hold as the data stands (api/security/list-bounds.ts):
   * a list is costed at the smaller of this and its `first` (or, without `first`,
   * of this and `defaultListSize`'s worst case). Undefined: no bound known.
   */
  bound?: (coordinate: string, argument: ArgumentReader) => number | undefined;
  /**
   * How many walks a watched field's calls under this field come to at most,
   * when the resolvers batch them: shortlists' entries are scored in one batch
   * per focal company, so `shortlists(focal: X) { entries { fit } }` walks
   * once whatever the number of shortlists. Undefined: every call walks.
   */
  batches?: (
    coordinate: string,
    argument: ArgumentReader,
    size: number,
  ) => { watched: ReadonlySet<string>; most: number } | undefined;
  /** A watched field's walks decided by its arguments (the distinct focal companies of a bulk request). Undefined: one per call. */
  walksOf?: (coordinate: string, argument: ArgumentReader) => number | undefined;
}

/** An argument's value as the operation will run with it: literals, variables as sent or defaulted, lists and objects; undefined when absent. */
export type ArgumentReader = (name: string) => unknown;

interface Totals {
  depth: number;
  aliases: number;
  cost: number;
  watched: Map<string, number>;
}

/**
 * Measures the operation a request will execute (the one `operationName`
 * picks), with its variables, so limits can refuse it before the database is
 * asked anything.
 *
 * Cost is the number of objects the response would hold: each field returning
 * an object counts 1 plus what is selected under it, times its `first`
 * argument or, for a list without `first`, an assumed length. So
 * `companies(first: 100) { competitors { id } }` costs 100 × (1 + 10 × 1) =
 * 1,100. Scalars cost nothing: they come with their object. A watched field
 * adds `watchedCost` per call on top.
 *
 * `first` is read as the query will run with it, so a client cannot look
 * cheap and run dear: a literal; a variable's value as sent, or its default
 * (`$n: Int = 100`) when not sent; and the field's own default when the
 * argument is left out, given as `null`, or a variable without a default that
 * was not sent (the resolvers' pageSize falls back to that same default for
 * `null`; api/fits/request-arguments.ts).
 *
 * Introspection (`__schema`, `__type`) is left out: graphql-js's own
 * MaxIntrospectionDepthRule bounds it, and GraphiQL needs its 15 levels.
 * Fragments are measured once each and reused, so a document that spreads
 * fragments into each other many times costs its real size, not a walk per
 * spread.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: AnalysisOptions = {},
): OperationShape {
  const operation = getOperationAST(document, operationName ?? undefined);
  const empty: OperationShape = { operation: operation?.operation, depth: 0, aliases: 0, cost: 0, watched: new Map() };
  if (!operation) return empty;
  const root = schema.getRootType(operation.operation);
  if (!root) return empty;

  const defaultListSize = options.defaultListSize ?? 10;
  const watch = options.watch ?? new Set<string>();
  const watchedCost = options.watchedCost ?? 0;
  const onlyWith = options.watchOnlyWith ?? new Map<string, string>();
  const sent = variables ?? {};
  const declared = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );
  /** A variable as execution will see it: as sent, else its declared default, else absent (undefined). */
  const variable = (name: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(sent, name)) return sent[name];
    const fallback = declared.get(name);
    return fallback ? literal(fallback, () => undefined) : undefined;
  };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measuredFragments = new Map<string, Totals>();
  const fragmentNamed = (fragmentName: string) => fragments.get(fragmentName);
  const inProgress = new Set<string>();

  const measureSelections = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    pageSize?: number,
  ): Totals => {
    const totals: Totals = { depth: 0, aliases: 0, cost: 0, watched: new Map() };
    for (const selection of selectionSet.selections) {
      let part: Totals | undefined;
      if (selection.kind === Kind.FIELD) {
        part = measureField(selection, parent, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type && isCompositeType(type)) part = measureSelections(selection.selectionSet, type, pageSize);
      } else {
        part = measureFragment(selection.name.value, pageSize);
      }
      if (part) add(totals, part);
    }
    return totals;
  };

  const measureFragment = (name: string, pageSize?: number): Totals | undefined => {
    const memo = `${name}:${pageSize ?? ''}`;
    const known = measuredFragments.get(memo);
    if (known) return known;
    const fragment = fragments.get(name);
    // Validation refuses unknown and cyclic fragments before execution; be safe anyway.
    if (!fragment || inProgress.has(name)) return undefined;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return undefined;
    inProgress.add(name);
    const totals = measureSelections(fragment.selectionSet, type, pageSize);
    inProgress.delete(name);
    measuredFragments.set(memo, totals);
    return totals;
  };

  const measureField = (node: FieldNode, parent: GraphQLCompositeType, pageSize?: number): Totals | undefined => {
    const name = node.name.value;
    if (name.startsWith('__')) return undefined; // __typename, and introspection (see above)
    const field = fieldOf(parent, name);
    if (!field) return undefined;
    const watched = new Map<string, number>();
    const coordinate = `${parent.name}.${name}`;
    const argument: ArgumentReader = (argumentName) => {
      const given = node.arguments?.find((arg) => arg.name.value === argumentName);
      return given ? valueOf(given.value, variable) : undefined;
    };
    const type = getNamedType(field.type);
    const isList = isListType(getNullableType(field.type));
    const takesFirst = field.args.some((arg) => arg.name === 'first');
    // A connection (GraphQL Cursor Connections) is one object whose edges and nodes hold a page: `first` sizes those, not it.
    const isConnection = !isList && type.name.endsWith('Connection') && takesFirst;
    const needed = onlyWith.get(coordinate);
    const asks = (field: string) =>
      isConnection
        ? selectsPath(node.selectionSet, ['nodes', field], fragmentNamed) ||
          selectsPath(node.selectionSet, ['edges', 'node', field], fragmentNamed)
        : selectsField(node.selectionSet, field, fragmentNamed);
    const isWatched = watch.has(coordinate) && (needed === undefined || asks(needed));
    if (isWatched) watched.set(coordinate, options.walksOf?.(coordinate, argument) ?? 1);
    const aliases = node.alias ? 1 : 0;
    if (!node.selectionSet || !isCompositeType(type)) return { depth: 1, aliases, cost: 0, watched };
    const bound = options.bound?.(coordinate, argument);
    // The data's bound caps `first`; a list without `first` is as long as the data says (the assumed length when it says nothing).
    const sized = (size: number) => (bound === undefined ? size : takesFirst ? Math.min(size, bound) : bound);
    const page = isConnection ? sized(multiplier(node, field, true, variable, defaultListSize)) : undefined;
    const times = isConnection
      ? 1
      : pageSize !== undefined && isList && (name === 'edges' || name === 'nodes')
        ? pageSize
        : isList
          ? sized(multiplier(node, field, isList, variable, defaultListSize))
          : multiplier(node, field, isList, variable, defaultListSize);
    const children = measureSelections(node.selectionSet, type, page);
    // Aliases count as written (fragments expanded): they measure how often a client repeats a
    // field, which a list's length does not change. Watched fields under this one are resolved
    // once per object it returns, so their calls multiply like the cost, unless the resolvers
    // batch them (options.batches), which caps them at the batches' count.
    const totals: Totals = {
      depth: children.depth + 1,
      aliases: aliases + children.aliases,
      cost: times * (1 + children.cost),
      watched,
    };
    const batching = options.batches?.(coordinate, argument, isConnection ? (page ?? 1) : times);
    for (const [key, count] of children.watched) {
      const calls = count * times;
      watched.set(key, (watched.get(key) ?? 0) + (batching?.watched.has(key) ? Math.min(calls, batching.most) : calls));
    }
    return totals;
  };

  const totals = measureSelections(operation.selectionSet, root);
  // Objects returned, plus the weight of every walk of the market the operation will make.
  const walks = [...totals.watched.values()].reduce((sum, count) => sum + count, 0);
  return { operation: operation.operation, ...totals, cost: totals.cost + walks * watchedCost };
}

/** Whether a selection asks for the fields of `path`, one under the other (fragments expanded). */
function selectsPath(
  selectionSet: SelectionSetNode | undefined,
  path: string[],
  fragment: (name: string) => FragmentDefinitionNode | undefined,
): boolean {
  if (path.length === 1) return selectsField(selectionSet, path[0]!, fragment);
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD)
      return selection.name.value === path[0] && selectsPath(selection.selectionSet, path.slice(1), fragment);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsPath(selection.selectionSet, path, fragment);
    return selectsPath(fragment(selection.name.value)?.selectionSet, path, fragment);
  });
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * A field with `first` returns about that many; another list, the assumed
 * length; an object, one. `first` left out or null is the field's default
 * (see analyseOperation); a value the resolver refuses (0, negative) runs
 * nothing below it, and costs like a list without `first`.
 */
function multiplier(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  isList: boolean,
  variable: (name: string) => unknown,
  defaultListSize: number,
): number {
  const definition = field.args.find((arg) => arg.name === 'first');
  if (definition) {
    const argument = node.arguments?.find((arg) => arg.name.value === 'first');
    const value = (argument ? literal(argument.value, variable) : undefined) ?? definition.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 1) return Math.ceil(value);
  }
  return isList ? defaultListSize : 1;
}

/** An argument's value: scalars, lists and objects, with variables as execution will see them; undefined when absent. */
function valueOf(value: ValueNode, variable: (name: string) => unknown): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variable(value.name.value);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return value.values.map((item) => valueOf(item, variable));
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((field) => [field.name.value, valueOf(field.value, variable)]));
  }
}

/** A number, null (a `null` literal, or a variable sent or defaulted as null), or undefined (absent, or not a number). */
function literal(value: ValueNode, variable: (name: string) => unknown): unknown {
  if (value.kind === Kind.INT || value.kind === Kind.FLOAT) return Number(value.value);
  if (value.kind === Kind.NULL) return null;
  if (value.kind === Kind.VARIABLE) return variable(value.name.value);
  return undefined;
}

function add(into: Totals, part: Totals): void {
  into.depth = Math.max(into.depth, part.depth);
  into.aliases += part.aliases;
  into.cost += part.cost;
  mergeCounts(into.watched, part.watched);
}

function mergeCounts(into: Map<string, number>, from: ReadonlyMap<string, number>, times = 1): void {
  for (const [key, count] of from) into.set(key, (into.get(key) ?? 0) + count * times);
}
