import type { MouseEvent } from 'react';
import { authorization } from './graphql-client.ts';

/**
 * Click handler for CSV download links. Without API keys the link downloads as
 * usual. With a key in the page, a plain link could not send it (401), so the
 * file is fetched with the key and saved from memory.
 */
export function downloadWithKey(event: MouseEvent<HTMLAnchorElement>): void {
  const headers = authorization();
  if (!headers.authorization) return;
  event.preventDefault();
  const href = event.currentTarget.href;
  void fetch(href, { headers }).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export.csv';
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    URL.revokeObjectURL(url);
  });
}
