import { z } from 'zod';
import { defineEvent, topicName } from '@dnevnik/events';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The chain step a record took (ADR 0009): its position in its chain and the hashes that link
 * it, so the Kafka log witnesses every head the database held. Optional: events produced before
 * the fields existed stay valid.
 */
export const chainStepFields = {
  /** The chain the record belongs to (a journal: class or group × subject × year, ids only). */
  chainKey: z.string().optional(),
  /** 1-based position of the record in its chain. */
  chainSeq: z.number().int().positive().optional(),
  prevHash: sha256.optional(),
  hash: sha256.optional(),
};

/** A signed head of one chain (count, last hash) as the service's checkpointer saw it. */
export const chainCheckpointData = z.object({
  service: z.string(),
  chain: z.string(),
  count: z.number().int().nonnegative(),
  lastHash: sha256,
  at: z.iso.datetime(),
  keyId: z.string(),
  /** Ed25519 over the canonical JSON of the other fields, base64. */
  signature: z.string(),
});
export type ChainCheckpointData = z.infer<typeof chainCheckpointData>;

/** `<service>.chain.checkpointed` on its own topic `<service>.chain.v1`, for Kafka and the archive. */
export const chainCheckpointed = <S extends string>(service: S) =>
  defineEvent({
    type: `${service}.chain.checkpointed`,
    version: 1,
    topic: topicName(service, 'chain', 1),
    data: chainCheckpointData,
  });

/** Every service's checkpoint event; the topics are each service's own. */
export const ChainWitnessEvents = {
  identity: chainCheckpointed('identity'),
  curriculum: chainCheckpointed('curriculum'),
  gradebook: chainCheckpointed('gradebook'),
  attendance: chainCheckpointed('attendance'),
} as const;
