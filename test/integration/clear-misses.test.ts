import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  visit,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { createSchema } from '../../api/graphql/schema.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { createShortlist, pinToShortlist } from '../../api/shortlists/shortlist-store.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient, type GraphqlResponse } from '../support/graphql.ts';

/**
 * Clear misses (README, "Errors"): every query and mutation that takes an id,
 * found in the schema itself so a new field cannot be forgotten, answers an
 * unknown id with NOT_FOUND naming the argument and the id. Fields whose
 * contract is null for an unknown id keep the null, beside the error.
 */

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;

let db: Database;
let query: <Data = Record<string, any>>(
  text: string,
  variables?: Record<string, unknown>,
) => Promise<GraphqlResponse<Data>>;
let shortlistId: string;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  ({ query } = createClient(db));
  shortlistId = (await createShortlist(db, 'misses', id('alpha'))).id;
  await pinToShortlist(db, shortlistId, id('bravo'), null);
}, 300_000);

/** Arguments an id field also needs, and catalogue filters (ids or names, answered BAD_USER_INPUT with the closest). */
const OTHER_REQUIRED: Record<string, Record<string, unknown>> = {
  'Mutation.createShortlist': { name: 'a name' },
  'Mutation.renameShortlist': { name: 'a name' },
};
const CATALOGUE_FILTERS = new Set(['segment', 'capability']);

function idArguments(field: GraphQLField<unknown, unknown>): GraphQLArgument[] {
  return field.args.filter((arg) => getNamedType(arg.type).name === 'ID' && !CATALOGUE_FILTERS.has(arg.name));
}

/**
 * The pipeline's fields (api/schema/pipeline.graphql) take ids of its own
 * records and input objects this test cannot make up; its own tests
 * (test/integration/pipeline*.test.ts) cover their misses.
 */
function pipelineFields(): Set<string> {
  const path = fileURLToPath(new URL('../../api/schema/pipeline.graphql', import.meta.url));
  if (!existsSync(path)) return new Set();
  const names = new Set<string>();
  visit(parse(readFileSync(path, 'utf8')), {
    ObjectTypeExtension(node) {
      if (node.name.value === 'Query' || node.name.value === 'Mutation')
        for (const field of node.fields ?? []) names.add(`${node.name.value}.${field.name.value}`);
    },
    ObjectTypeDefinition(node) {
      if (node.name.value === 'Query' || node.name.value === 'Mutation')
        for (const field of node.fields ?? []) names.add(`${node.name.value}.${field.name.value}`);
    },
  });
  return names;
}

function rootFieldsWithIds(): {
  coordinate: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}[] {
  const schema = createSchema();
  const elsewhere = pipelineFields();
  return (['query', 'mutation'] as const).flatMap((operation) => {
    const type = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    return Object.values(type.getFields())
      .filter((field) => idArguments(field).length > 0 && !elsewhere.has(`${type.name}.${field.name}`))
      .map((field) => ({ coordinate: `${type.name}.${field.name}`, operation, field }));
  });
}

describe('an unknown id is NOT_FOUND naming the argument and the id', () => {
  const fields = rootFieldsWithIds();

  it('covers every root field that takes an id', () => {
    expect(fields.map((entry) => entry.coordinate)).toEqual(
      expect.arrayContaining([
        'Query.company',
        'Query.overlap',
        'Query.partnerFit',
        'Query.candidates',
        'Query.changes',
        'Query.shortlists',
        'Mutation.addToShortlist',
        'Query.candidatesConnection',
      ]),
    );
  });

  for (const { coordinate, operation, field } of fields) {
    for (const unknownArgument of idArguments(field)) {
      it(`${coordinate}(${unknownArgument.name})`, async () => {
        const unknown = id(`nobody-${unknownArgument.name}`);
        // Every other id argument names something that exists: the miss is this one alone.
        const known = (arg: GraphQLArgument) =>
          /^(id)$/.test(arg.name) && /hortlist/.test(field.name)
            ? shortlistId
            : arg.name === 'candidate' && /Shortlist$/.test(field.name) && field.name.startsWith('remove')
              ? id('bravo')
              : arg.name === 'b' || arg.name === 'candidate' || arg.name === 'target'
                ? id('charlie')
                : id('alpha');
        const values: Record<string, unknown> = { ...OTHER_REQUIRED[coordinate] };
        for (const arg of idArguments(field)) {
          const value = arg === unknownArgument ? unknown : known(arg);
          values[arg.name] = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [value] : value;
        }
        const declared = Object.keys(values).map((name) => {
          const arg = field.args.find((candidate) => candidate.name === name)!;
          return `$${name}: ${arg.type.toString()}`;
        });
        const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
        const text = `${operation}(${declared.join(', ')}) { ${field.name}(${Object.keys(values)
          .map((name) => `${name}: $${name}`)
          .join(', ')}) ${selection} }`;
        const { data, errors } = await query(text, values);
        const error = errors?.[0];
        expect(error?.extensions, text).toMatchObject({ code: 'NOT_FOUND', id: unknown });
        const argument = String(error!.extensions!.argument);
        expect(argument.replace(/\[\d+\]$/, ''), text).toBe(unknownArgument.name);
        expect(error!.message).toContain(unknown);
        expect(error!.message).toContain(argument);
        // The contract's null stays beside the error.
        if (!isNonNullType(field.type)) expect(data?.[field.name] ?? null).toBeNull();
      });
    }
  }

  it('keeps a plain null, without an error, where both ids are known', async () => {
    // complementarity and overlap of two known companies answer; partnerFit of a pair answers.
    const { data, errors } = await query(
      `{ company(id: "${id('alpha')}") { id } shortlist(id: "${shortlistId}") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ company: { id: id('alpha') }, shortlist: { id: shortlistId } });
  });

  it('names the pin that is not there when unpinning', async () => {
    const { errors } = await query(
      `mutation { removeFromShortlist(id: "${shortlistId}", candidate: "${id('charlie')}") { id } }`,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'candidate', id: id('charlie') });
  });

  it('answers a catalogue filter that names nothing with BAD_USER_INPUT naming the argument and the closest', async () => {
    const { errors } = await query(`{ companiesConnection(segment: "no such segment") { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'segment' });
  });

  it('answers an unknown id in the CSV routes with 404 naming it', async () => {
    const { app } = createClient(db);
    const candidates = await app.fetch(`http://test/export/candidates.csv?focal=${id('nobody')}`);
    expect(candidates.status).toBe(404);
    expect(await candidates.text()).toMatch(new RegExp(`${id('nobody')}.*focal`));
    const shortlist = await app.fetch(`http://test/export/shortlists/${id('nobody')}.csv`);
    expect(shortlist.status).toBe(404);
    expect(await shortlist.text()).toContain(id('nobody'));
  });
});
