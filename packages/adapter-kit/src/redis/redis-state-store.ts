/**
 * A `StateStore` on Redis (node-redis, the `redis` package: an optional peer dependency), so several adapter
 * instances share idempotency records and webhook ids. Built to fail loudly: commands are not queued while
 * the connection is down and each has a time limit, so when Redis goes away requests get a `StateStoreError`
 * at once (the adapter answers 500 with `Retry-After`) and never an answer made without the record; the
 * client reconnects in the background and requests succeed again as soon as Redis is back.
 */

import { createSafeLogger, describeError, type Logger } from "@ccaas/types";
import { StateStoreError } from "../errors/state-store-error";
import type { StateStore } from "../state/state-store";

/** The commands the store uses; a node-redis v5+ client fits. */
export interface RedisCommandsLike {
  get(key: string): Promise<unknown>;
  set(
    key: string,
    value: string,
    options: { expiration: { type: "PX"; value: number }; condition?: "NX" },
  ): Promise<unknown>;
  del(key: string): Promise<unknown>;
  /** False while the connection is down (node-redis); commands are then refused without being sent. */
  readonly isReady?: boolean;
}

export interface RedisStateStoreOptions {
  /** `redis://[[user]:password@]host:port[/db]` (or `rediss://` for TLS). Required unless `client` is given. */
  url?: string;
  /** A client you connected yourself; the store neither connects nor closes it. */
  client?: RedisCommandsLike;
  /** Prefix of every key, so several adapters can share one Redis. Default `ccaas:adapter:`. */
  keyPrefix?: string;
  /** Time limit of each command. Default 1 000 ms. */
  commandTimeoutMs?: number;
  /** Time limit of a connection attempt (for `url`). Default 2 000 ms. */
  connectTimeoutMs?: number;
  logger?: Partial<Logger>;
}

export interface RedisStateStore extends StateStore {
  /** Resolves once connected (for `url`); requests made before then get a `StateStoreError`. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

type OwnedClient = RedisCommandsLike & {
  connect(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): void;
  on(event: "error", listener: (error: unknown) => void): unknown;
  readonly isOpen: boolean;
};

async function createClient(
  options: RedisStateStoreOptions,
  onError: (error: unknown) => void,
): Promise<OwnedClient> {
  let redis: typeof import("redis");
  try {
    redis = await import("redis");
  } catch (cause) {
    throw new StateStoreError(
      "The Redis state store needs the redis package: install it next to @ccaas/adapter-kit.",
      { cause },
    );
  }
  const client = redis.createClient({
    url: options.url as string,
    // Refuse commands while disconnected instead of queueing them until Redis returns.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 2_000,
      // Keep trying forever, at most every second: the store must recover by itself.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 5), 1_000),
    },
  });
  // Without a listener an 'error' event would crash the process.
  client.on("error", onError);
  return client as unknown as OwnedClient;
}

export function createRedisStateStore(options: RedisStateStoreOptions): RedisStateStore {
  if (options.client === undefined && typeof options.url !== "string") {
    throw new TypeError("createRedisStateStore: pass url (redis://host:port) or a connected client.");
  }
  const prefix = options.keyPrefix ?? "ccaas:adapter:";
  const timeoutMs = options.commandTimeoutMs ?? 1_000;
  const password = options.url ? decodeURIComponent(new URL(options.url).password) || undefined : undefined;
  const log = createSafeLogger(options.logger, [password, options.url]);
  let lastLogged = 0;
  const onError = (error: unknown) => {
    // Reconnection errors repeat every second while Redis is down: log one per 10 s.
    if (Date.now() - lastLogged > 10_000) {
      lastLogged = Date.now();
      log.warn?.(`redis: ${describeError(error)}`);
    }
  };
  let owned: Promise<OwnedClient> | undefined;
  let connected: Promise<void> | undefined;
  if (options.client === undefined) {
    owned = createClient(options, onError);
    connected = owned.then(async (client) => {
      await client.connect();
    });
    // Callers see connection failures through ready() and through each command; never as an unhandled rejection.
    connected.catch(() => {});
  }
  const clientPromise: Promise<RedisCommandsLike> = options.client
    ? Promise.resolve(options.client)
    : (owned as Promise<OwnedClient>);

  async function run<T>(what: string, command: (client: RedisCommandsLike) => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const client = await clientPromise;
      if (client.isReady === false) throw new Error("the connection to Redis is down (reconnecting)");
      return await Promise.race([
        command(client),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (cause) {
      if (StateStoreError.isInstance(cause)) throw cause;
      throw new StateStoreError(
        `Redis ${what} failed: ${describeError(cause).replace(options.url ?? "\u0000", "[redis url]")}`,
        { cause },
      );
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async setIfAbsent(key, value, ttlMs) {
      const reply = await run("SET NX", (client) =>
        client.set(prefix + key, value, {
          expiration: { type: "PX", value: Math.max(1, Math.ceil(ttlMs)) },
          condition: "NX",
        }),
      );
      return reply !== null && reply !== undefined;
    },
    async get(key) {
      const reply = await run("GET", (client) => client.get(prefix + key));
      return typeof reply === "string" ? reply : undefined;
    },
    async set(key, value, ttlMs) {
      await run("SET", (client) =>
        client.set(prefix + key, value, { expiration: { type: "PX", value: Math.max(1, Math.ceil(ttlMs)) } }),
      );
    },
    async delete(key) {
      await run("DEL", (client) => client.del(prefix + key));
    },
    async ready() {
      await connected;
    },
    async close() {
      if (owned === undefined) return;
      const client = await owned.catch(() => undefined);
      if (client?.isOpen) await client.close().catch(() => client.destroy());
      else client?.destroy();
    },
  };
}
