import { describe, expect, it } from "vitest";
import { ValidationError } from "./index";
import { createRedactor, createSafeLogger, describeError } from "./logger";

describe("createRedactor", () => {
  it("removes JWTs, bearer and basic credentials, and the given secrets", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    const text = `token ${jwt}; Authorization: Bearer abc.def-ghi; Basic dXNlcjpwYXNz; secret hunter2-hunter2`;
    const result = createRedactor(["hunter2-hunter2", "ab"])(text);
    expect(result).toBe(
      "token [redacted]; Authorization: Bearer [redacted]; Basic [redacted]; secret [redacted]",
    );
  });

  it("reads a secrets function on every line, so later tokens are covered", () => {
    const secrets = new Set<string>();
    const redact = createRedactor(() => secrets);
    expect(redact("refreshed t0ken-2")).toBe("refreshed t0ken-2");
    secrets.add("t0ken-2");
    expect(redact("refreshed t0ken-2")).toBe("refreshed [redacted]");
  });

  it("leaves values too short to be secrets alone, so numbers survive", () => {
    expect(createRedactor(["1", "abc"])("retry 1 of 3, abc")).toBe("retry 1 of 3, abc");
  });
});

describe("createSafeLogger", () => {
  it("redacts every line with the given secrets or redactor, and is silent without a logger", () => {
    const lines: string[] = [];
    const log = createSafeLogger({ warn: (line) => lines.push(line) }, ["s3cret-value"]);
    log.warn?.("failed with s3cret-value");
    createSafeLogger({ warn: (line) => lines.push(line) }, (text) => text.toUpperCase()).warn?.("quiet");
    expect(lines).toEqual(["failed with [redacted]", "QUIET"]);
    expect(log.info).toBeUndefined();
    expect(createSafeLogger(undefined).error).toBeUndefined();
  });
});

describe("describeError", () => {
  it("names the error and its code, never the stack", () => {
    const error = new ValidationError("baseUrl must be a URL.", { issues: [] });
    expect(describeError(error)).toBe("ValidationError (validation_failed): baseUrl must be a URL.");
    expect(describeError("boom")).toBe("boom");
  });
});
