/** The sample's configuration, from the environment. Every value has a default that works on a laptop. */
export interface ServiceConfig {
  port: number;
  host: string;
  /** The instance-domain this instance serves; clients check it. */
  instanceDomain: string;
  /** Put stack traces in failure.context (development only). */
  exposeErrorContext: boolean;
  /** Log every request (never its password), not only connections. */
  debug: boolean;
}

const yes = (value: string | undefined) => value === "1" || value === "true";

export function readConfig(env: Readonly<Record<string, string | undefined>>): ServiceConfig {
  const port = Number(env.PORT ?? 4900);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got ${env.PORT}.`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    instanceDomain: env.INSTANCE_DOMAIN ?? "local",
    exposeErrorContext: yes(env.EXPOSE_ERROR_CONTEXT),
    debug: yes(env.DEBUG),
  };
}
