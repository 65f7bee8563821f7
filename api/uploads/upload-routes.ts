/** The routes of the explorer's "Add data" (api/plugins/use-data-upload.ts), matched from method and path alone. */
export type UploadRoute =
  | { route: 'access' }
  | { route: 'create' }
  | { route: 'read'; id: string }
  | { route: 'delete'; id: string }
  | { route: 'add-files'; id: string }
  | { route: 'remove-file'; id: string; file: string }
  | { route: 'save-plan'; id: string }
  | { route: 'dry-run'; id: string }
  | { route: 'import'; id: string }
  | { route: 'method-not-allowed'; allowed: string };

const TABLE: { pattern: RegExp; methods: Record<string, (match: RegExpExecArray) => UploadRoute> }[] = [
  { pattern: /^\/uploads\/access$/, methods: { GET: () => ({ route: 'access' }) } },
  { pattern: /^\/uploads\/?$/, methods: { POST: () => ({ route: 'create' }) } },
  {
    pattern: /^\/uploads\/([^/]+)$/,
    methods: {
      GET: (match) => ({ route: 'read', id: match[1]! }),
      DELETE: (match) => ({ route: 'delete', id: match[1]! }),
    },
  },
  { pattern: /^\/uploads\/([^/]+)\/files$/, methods: { POST: (match) => ({ route: 'add-files', id: match[1]! }) } },
  {
    pattern: /^\/uploads\/([^/]+)\/files\/([^/]+)$/,
    methods: { DELETE: (match) => ({ route: 'remove-file', id: match[1]!, file: match[2]! }) },
  },
  { pattern: /^\/uploads\/([^/]+)\/plan$/, methods: { PUT: (match) => ({ route: 'save-plan', id: match[1]! }) } },
  { pattern: /^\/uploads\/([^/]+)\/dry-run$/, methods: { POST: (match) => ({ route: 'dry-run', id: match[1]! }) } },
  { pattern: /^\/uploads\/([^/]+)\/import$/, methods: { POST: (match) => ({ route: 'import', id: match[1]! }) } },
];

/** The route a request asks for; undefined when the path is not an upload route. HEAD reads as GET. */
export function matchUploadRoute(method: string, pathname: string): UploadRoute | undefined {
  for (const { pattern, methods } of TABLE) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const handler = methods[method === 'HEAD' ? 'GET' : method];
    return handler ? handler(match) : { route: 'method-not-allowed', allowed: Object.keys(methods).join(', ') };
  }
  return undefined;
}
