import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Two answers that would otherwise leave a client guessing:
 * - A streamed (chunked) body over the size limit gets 413 before it is read
 *   to the end, so the rest of it is still on the connection: the response
 *   says `Connection: close`, and the client's next request goes on a fresh
 *   connection instead of one that is reset under it.
 * - A variable of the wrong type (`$first: Int` given "ten") is refused by
 *   graphql-js without a code: it gets BAD_USER_INPUT, as every other bad
 *   argument does, so clients can tell it from a server fault.
 */
export function useConnectionHygiene(): Plugin {
  return {
    onResponse({ response }) {
      if (response.status === 413) response.headers.set('connection', 'close');
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          if (!result.errors.some(isUncodedVariableError)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              isUncodedVariableError(error)
                ? new GraphQLError(error.message, {
                    nodes: error.nodes,
                    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
                  })
                : error,
            ),
          });
        },
      };
    },
  };
}

/** graphql-js's "Variable "$x" got invalid value …" and "… of required type … was not provided". */
function isUncodedVariableError(error: GraphQLError): boolean {
  return error.extensions?.code === undefined && /^Variable "\$[^"]+" /.test(error.message);
}
