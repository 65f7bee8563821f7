import { readFileSync } from 'node:fs';
import { Kind, parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The explorer's views of the discovery answers are built from their schema
 * alone, so every type, field, argument and enum value of
 * api/schema/discovery.graphql says what it is.
 */
describe('api/schema/discovery.graphql', () => {
  it('describes every type, field, argument and enum value', () => {
    const document = parse(readFileSync(new URL('../../api/schema/discovery.graphql', import.meta.url), 'utf8'));
    const undescribed: string[] = [];
    let owner = '';
    const check = (node: { description?: { value: string } | undefined }, name: string) => {
      if (!node.description?.value.trim()) undescribed.push(name);
    };
    visit(document, {
      ObjectTypeDefinition: (node) => {
        owner = node.name.value;
        check(node, owner);
      },
      ObjectTypeExtension: (node) => {
        owner = node.name.value;
      },
      EnumTypeDefinition: (node) => {
        owner = node.name.value;
        check(node, owner);
      },
      FieldDefinition: (node) => {
        check(node, `${owner}.${node.name.value}`);
        for (const argument of node.arguments ?? []) check(argument, `${owner}.${node.name.value}(${argument.name.value})`);
      },
      EnumValueDefinition: (node) => check(node, `${owner}.${node.name.value}`),
    });
    const kinds = new Set(document.definitions.map((definition) => definition.kind));
    // Only kinds this test checks: a new kind (an input, a union) must be added above before it can pass undescribed.
    expect([...kinds].every((kind) => [Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION, Kind.ENUM_TYPE_DEFINITION].includes(kind as never))).toBe(true);
    expect(undescribed).toEqual([]);
    expect(document.definitions.length).toBeGreaterThan(10);
  });
});
