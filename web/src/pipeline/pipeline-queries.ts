/** The pipeline, plans and ledger: the board, an item's page, and every change to them. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

/** A pipeline item as a board card shows it. */
const PIPELINE_CARD_FIELDS = /* GraphQL */ `
  fragment PipelineCardFields on PipelineItem {
    id
    focalId
    focal {
      id
      name
    }
    candidateId
    candidate {
      id
      name
    }
    inGraph
    stage
    owner
    nextStep
    nextStepDue
    nextStepOverdue
    lastActivityOn
    activityCount
    dust {
      reason
      days
      sentence
    }
    warnings
    partnership {
      id
      status
      since
      type {
        id
        name
      }
    }
    plan {
      version
      checklistDone
      checklistNeeded
      type {
        id
        name
        effort
      }
    }
  }
`;

/** The board: one focal company's items (or everyone's), the owners to filter by, and the shortlists' pins not yet in the pipeline. */
const PIPELINE_BOARD_OPERATION = /* GraphQL */ `
  query PipelineBoard($focal: ID, $owner: String, $shortlistFocal: ID!) {
    pipeline(focal: $focal, owner: $owner, first: 100) {
      ...PipelineCardFields
    }
    pipelineOwners(focal: $focal)
    shortlists(focal: $shortlistFocal, first: 20) {
      id
      name
      entries(first: 100) {
        candidateId
        inGraph
        candidate {
          id
          name
        }
      }
    }
  }
`;

export const PIPELINE_BOARD: Operation<Op.PipelineBoardQuery, Op.PipelineBoardQueryVariables> =
  PIPELINE_BOARD_OPERATION + PIPELINE_CARD_FIELDS;

const PLAN_GOAL_FIELDS = /* GraphQL */ `
  fragment PlanGoalFields on PlanGoal {
    id
    side
    metric
    target
    months
    description
    startsOn
    endsOn
    actual
    share
    expectedAtCheckpoint
    behind
  }
`;

const PARTNERSHIP_PLAN_FIELDS = /* GraphQL */ `
  fragment PartnershipPlanFields on PartnershipPlan {
    itemId
    version
    type {
      id
      name
      description
      effort
    }
    effort
    startsOn
    checkpointOn
    goals {
      ...PlanGoalFields
    }
    alignment {
      topic
      label
      question
      focalAnswer
      partnerAnswer
    }
    terms {
      referralFeePercent
      markupPercent
      rulesOfEngagement
      otherTerms
    }
    checklist {
      item
      owner
      state
    }
    checklistDone
    checklistNeeded
    updatedAt
    updatedBy
    versions(first: 20) {
      version
      at
      by
      changes
    }
    csvUrl
  }
`;

const PARTNER_IMPACT_FIELDS = /* GraphQL */ `
  fragment PartnerImpactFields on PartnerImpact {
    partnershipStatus
    fromPartner {
      referrals
      open
      won
      lost
      winRate
      wonValue
      averageWonValue
      medianDaysToClose
    }
    toPartner {
      referrals
      open
      won
      lost
      winRate
      wonValue
      averageWonValue
      medianDaysToClose
    }
    balance
    balanceSentence
    lift {
      closedWith
      closedWithout
      winRateWith
      winRateWithout
      winRatePoints
      winRateLift
      dealSizeWith
      dealSizeWithout
      dealSizeLift
    }
    goals {
      ...PlanGoalFields
    }
    health {
      kind
      sentence
    }
  }
`;

/** One item in full: its log, moves, plan, impact and ledger, and the type catalogue its plan picks from. */
const PIPELINE_ITEM_OPERATION = /* GraphQL */ `
  query PipelineItemDetail($id: ID!, $focal: ID!, $partner: ID!) {
    pipelineItem(id: $id) {
      ...PipelineCardFields
      shortlistId
      createdAt
      createdBy
      csvUrl
      activities(first: 50) {
        id
        kind
        on
        summary
        by
      }
      stageMoves {
        from
        to
        at
        by
        note
      }
      plan {
        ...PartnershipPlanFields
      }
      impact {
        ...PartnerImpactFields
      }
    }
    ledger(focal: $focal, partner: $partner, first: 100) {
      id
      direction
      kind
      name
      account
      outcome
      value
      currency
      referredOn
      closedOn
      note
      source
    }
    partnershipTypes {
      id
      name
      description
      effort
      gtmChecklist
    }
  }
`;

export const PIPELINE_ITEM_DETAIL: Operation<Op.PipelineItemDetailQuery, Op.PipelineItemDetailQueryVariables> =
  PIPELINE_ITEM_OPERATION + PIPELINE_CARD_FIELDS + PARTNERSHIP_PLAN_FIELDS + PARTNER_IMPACT_FIELDS + PLAN_GOAL_FIELDS;

export const CREATE_PIPELINE_ITEM: Operation<Op.CreatePipelineItemMutation, Op.CreatePipelineItemMutationVariables> =
  /* GraphQL */ `
    mutation CreatePipelineItem($input: PipelineItemInput!) {
      createPipelineItem(input: $input) {
        id
      }
    }
  `;

export const UPDATE_PIPELINE_ITEM: Operation<Op.UpdatePipelineItemMutation, Op.UpdatePipelineItemMutationVariables> =
  /* GraphQL */ `
    mutation UpdatePipelineItem($id: ID!, $patch: PipelineItemPatch!) {
      updatePipelineItem(id: $id, patch: $patch) {
        id
      }
    }
  `;

export const MOVE_PIPELINE_ITEM: Operation<Op.MovePipelineItemMutation, Op.MovePipelineItemMutationVariables> =
  /* GraphQL */ `
    mutation MovePipelineItem($id: ID!, $stage: PipelineStage!, $note: String, $signing: SigningInput) {
      movePipelineItem(id: $id, stage: $stage, note: $note, signing: $signing) {
        id
        stage
      }
    }
  `;

export const LOG_PIPELINE_ACTIVITY: Operation<Op.LogPipelineActivityMutation, Op.LogPipelineActivityMutationVariables> =
  /* GraphQL */ `
    mutation LogPipelineActivity($id: ID!, $activity: ActivityInput!) {
      logPipelineActivity(id: $id, activity: $activity) {
        id
      }
    }
  `;

export const DELETE_PIPELINE_ITEM: Operation<Op.DeletePipelineItemMutation, Op.DeletePipelineItemMutationVariables> =
  /* GraphQL */ `
    mutation DeletePipelineItem($id: ID!) {
      deletePipelineItem(id: $id)
    }
  `;

export const UPDATE_PARTNERSHIP_PLAN: Operation<
  Op.UpdatePartnershipPlanMutation,
  Op.UpdatePartnershipPlanMutationVariables
> = /* GraphQL */ `
  mutation UpdatePartnershipPlan($item: ID!, $patch: PlanPatchInput!, $expectedVersion: Int) {
    updatePartnershipPlan(item: $item, patch: $patch, expectedVersion: $expectedVersion) {
      version
    }
  }
`;

export const RECORD_LEDGER_ENTRY: Operation<Op.RecordLedgerEntryMutation, Op.RecordLedgerEntryMutationVariables> =
  /* GraphQL */ `
    mutation RecordLedgerEntry($input: LedgerEntryInput!) {
      recordLedgerEntry(input: $input) {
        id
      }
    }
  `;

export const UPDATE_LEDGER_ENTRY: Operation<Op.UpdateLedgerEntryMutation, Op.UpdateLedgerEntryMutationVariables> =
  /* GraphQL */ `
    mutation UpdateLedgerEntry($id: ID!, $patch: LedgerEntryPatch!) {
      updateLedgerEntry(id: $id, patch: $patch) {
        id
      }
    }
  `;
