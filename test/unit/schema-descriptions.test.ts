import { existsSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../api/graphql/schema.ts';

/** Everything of the schema a client can see that has no description, as "Type.field(argument)". */
function undescribed(): string[] {
  const schema = createSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
    )
      continue;
    if (!type.description) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        if ('args' in field)
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the schema describes itself', () => {
  it('has a description for every type, field, argument and enum value', () => {
    expect(undescribed()).toEqual([]);
  });

  it('cites no file a clone does not hold', () => {
    const sdl = printSchema(createSchema());
    // Every file a description names (docs/analyses.md, …) is in the repository, and none lies outside it.
    const cited = [...new Set(sdl.match(/[\w./-]+\.(?:md|cypher|ts|csv)\b/g) ?? [])];
    expect(cited).toContain('docs/analyses.md');
    for (const path of cited) {
      expect(path, path).not.toMatch(/^\.\.\//);
      expect(existsSync(new URL(`../../${path}`, import.meta.url)), path).toBe(true);
    }
  });
});
