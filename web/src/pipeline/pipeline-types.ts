/**
 * The shapes the pipeline view reads, derived from the operation types
 * GraphQL Code Generator writes (web/src/client/generated/operations.ts).
 */
import type * as Op from '../client/generated/operations.ts';

export type PipelineStage = Op.PipelineStage;
export type PipelineCard = Op.PipelineBoardQuery['pipeline'][number];
export type PipelineItemDetail = NonNullable<Op.PipelineItemDetailQuery['pipelineItem']>;
export type PlanView = NonNullable<PipelineItemDetail['plan']>;
export type PlanGoalView = PlanView['goals'][number];
export type ImpactView = PipelineItemDetail['impact'];
export type FlowView = ImpactView['fromPartner'];
export type LedgerRow = Op.PipelineItemDetailQuery['ledger'][number];
export type CatalogueType = Op.PipelineItemDetailQuery['partnershipTypes'][number];
export type ActivityKind = Op.ActivityKind;
export type GoalMetric = Op.GoalMetric;
export type PlanSide = Op.PlanSide;
export type ChecklistState = Op.ChecklistState;
export type ReferralDirection = Op.ReferralDirection;
export type LedgerOutcome = Op.LedgerOutcome;
