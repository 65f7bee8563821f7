import type { Resolvers } from '../generated/resolver-types.ts';
import { removeRecords, type RemovalInput } from '../../writes/remove-records.ts';
import { writeRecords } from '../../writes/write-records.ts';
import type { RecordsInput } from '../../writes/check-records.ts';

export const writeResolvers: Resolvers = {
  Mutation: {
    writeRecords: (_, args, context) =>
      writeRecords(context.db, args.input as RecordsInput, {
        dryRun: args.dryRun ?? false,
        actor: context.actor,
        webhook: context.webhook,
      }),
    removeRecords: (_, args, context) =>
      removeRecords(context.db, args.input as RemovalInput, {
        dryRun: args.dryRun ?? false,
        actor: context.actor,
        webhook: context.webhook,
      }),
  },
};
