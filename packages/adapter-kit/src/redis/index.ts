/**
 * @ccaas/adapter-kit/redis: shared state for several adapter instances (idempotency records, webhook ids).
 * Requires the optional peer dependency `redis` (node-redis).
 */
export {
  createRedisStateStore,
  type RedisCommandsLike,
  type RedisStateStore,
  type RedisStateStoreOptions,
} from "./redis-state-store";
