import { z } from 'zod';
import { idSchema } from '../ids/id';

/**
 * The lifecycle commands DistributorActor accepts, checked by the actor before a turn does anything
 * (actorTurn); their types (distributor.actor-contract.ts) are inferred from these schemas.
 */

/** A brand admin's decision on a pending application. */
export const approveCommandSchema = z.object({
  /** users.id of the reviewer. */
  reviewerId: idSchema,
});
export type ApproveCommand = z.infer<typeof approveCommandSchema>;

export const rejectCommandSchema = z.object({
  reviewerId: idSchema,
  /** Shown to the applicant; null when the reviewer gave none. */
  reason: z.string().max(500).nullable(),
});
export type RejectCommand = z.infer<typeof rejectCommandSchema>;

/** An admin moves this distributor (with its team) under another parent, or to the top (`parentId: null`). */
export const changeUplineCommandSchema = z.object({ parentId: idSchema.nullable() });
export type ChangeUplineCommand = z.infer<typeof changeUplineCommandSchema>;
