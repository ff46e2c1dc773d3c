/** Argument checks that run before any request: a bad argument fails fast, naming itself. */
import { ValidationError } from "@ccaas/types";

/** Throws a ValidationError for one argument. `what` is shown to the user: never pass a secret's value. */
export function invalidArgument(path: string, message: string, context?: string): never {
  throw new ValidationError(`${context ? `${context}: ` : ""}${path} ${message}`, {
    issues: [{ path, message }],
  });
}

export function requireString(value: unknown, path: string, context?: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    invalidArgument(path, "must be a non-empty string.", context);
  }
  return value;
}

export function optionalString(value: unknown, path: string, context?: string): string | undefined {
  return value === undefined ? undefined : requireString(value, path, context);
}

/** An absolute http(s) URL; returns it without a trailing slash. */
export function requireHttpUrl(value: unknown, path: string, context?: string): string {
  const text = requireString(value, path, context);
  let protocol = "";
  try {
    protocol = new URL(text).protocol;
  } catch {}
  if (protocol !== "http:" && protocol !== "https:") {
    invalidArgument(
      path,
      `must be an absolute http(s) URL, e.g. https://api.example.com (got "${text.slice(0, 100)}").`,
      context,
    );
  }
  return text.replace(/\/+$/, "");
}

/** A finite number of milliseconds, 0 or more (0 meaning "off" where the option says so). */
export function requireDuration(value: unknown, path: string, context?: string): number {
  if (typeof value !== "number" || !(value >= 0) || value === Number.POSITIVE_INFINITY) {
    invalidArgument(path, "must be a number of milliseconds, 0 or more.", context);
  }
  return value;
}

export function optionalFunction<T>(value: T | undefined, path: string, context?: string): T | undefined {
  if (value !== undefined && typeof value !== "function")
    invalidArgument(path, "must be a function.", context);
  return value;
}
