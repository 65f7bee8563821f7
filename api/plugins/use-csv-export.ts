import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import { candidatesCsv, MAX_CSV_ROWS } from '../export/candidates-csv.ts';
import { csvErrorResponse, csvResponse } from '../export/csv-response.ts';
import { shortlistCsv } from '../export/shortlist-csv.ts';

/**
 * CSV downloads the explorer links to:
 * - `GET /export/candidates.csv?focal=<id>&first=<1..1000>&wS=&wR=&wC=&wPeers=&wOverlap=&wNiche=&wComplement=&wPull=&includePartners=true&includeRuledOut=true&minShared=&segment=&capability=&excludeSeverity=`
 * - `GET /export/shortlists/<id>.csv`
 * Only the routing is here: the files are made in api/export/, with the same
 * argument checks and fit service as the GraphQL fields.
 * Bad parameters get 400 and an unknown id 404, each with a plain-text reason.
 */
export function useCsvExport(db: Database): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      const shortlistMatch = /^\/export\/shortlists\/([^/]+)\.csv$/.exec(url.pathname);
      if (url.pathname !== '/export/candidates.csv' && !shortlistMatch) return;
      try {
        const { filename, body, rows, total } = shortlistMatch
          ? await shortlistCsv(db, decodeURIComponent(shortlistMatch[1]!))
          : await candidatesCsv(db, url.searchParams);
        // The cap, said in the answer itself: a download holds at most MAX_CSV_ROWS rows of a list of X-Total-Count.
        endResponse(
          csvResponse(fetchAPI, filename, body, {
            'x-row-limit': String(MAX_CSV_ROWS),
            'x-total-count': String(total),
            'x-rows': String(rows),
          }),
        );
      } catch (error) {
        endResponse(csvErrorResponse(fetchAPI, error));
      }
    },
  };
}
