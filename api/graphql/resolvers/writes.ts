import type { MutationRemoveRecordsArgs, MutationWriteRecordsArgs } from '../generated/resolver-types.ts';
import { removeRecords, type RemovalInput } from '../../writes/remove-records.ts';
import { writeRecords } from '../../writes/write-records.ts';
import type { RecordsInput } from '../../writes/check-records.ts';
import type { ApiContext } from '../context.ts';

export const writeResolvers = {
  Mutation: {
    writeRecords: (_: unknown, args: MutationWriteRecordsArgs, context: ApiContext) =>
      writeRecords(context.db, args.input as RecordsInput, { dryRun: args.dryRun ?? false, actor: context.actor, webhook: context.webhook }),
    removeRecords: (_: unknown, args: MutationRemoveRecordsArgs, context: ApiContext) =>
      removeRecords(context.db, args.input as RemovalInput, { dryRun: args.dryRun ?? false, actor: context.actor, webhook: context.webhook }),
  },
};
