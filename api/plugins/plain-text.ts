/** A short plain-text answer for the non-GraphQL paths (/export, refused hosts), which have no GraphQL error shape. */
export function plainText(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
