import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Whether a selection asks for the field `name` directly under it, through
 * inline fragments and fragment spreads too (each fragment looked at once).
 * `@skip` and `@include` are not read: a field that might be asked for counts
 * as asked for, which errs on the side of the limits.
 */
export function selectsField(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragment: (name: string) => FragmentDefinitionNode | undefined,
  seen: Set<string> = new Set(),
): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selectsField(selection.selectionSet, name, fragment, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selectsField(fragment(selection.name.value)?.selectionSet, name, fragment, seen)) return true;
    }
  }
  return false;
}
