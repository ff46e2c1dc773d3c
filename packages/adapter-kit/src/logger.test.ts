import { describe, expect, it } from "vitest";
import { createSafeLogger, redact } from "./logger";

describe("redact", () => {
  it("removes JWTs, bearer and basic credentials, and the given secrets", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    const text = `token ${jwt}; Authorization: Bearer abc.def-ghi; Basic dXNlcjpwYXNz; secret hunter2-hunter2`;
    const result = redact(text, ["hunter2-hunter2", "ab"]);
    expect(result).not.toContain(jwt);
    expect(result).not.toContain("abc.def-ghi");
    expect(result).not.toContain("dXNlcjpwYXNz");
    expect(result).not.toContain("hunter2");
    expect(result).toContain("[redacted]");
  });

  it("a safe logger redacts every line and is silent without a logger", () => {
    const lines: string[] = [];
    const log = createSafeLogger({ warn: (line) => lines.push(line) }, ["s3cret-value"]);
    log.warn?.("failed with s3cret-value");
    expect(lines).toEqual(["failed with [redacted]"]);
    expect(log.info).toBeUndefined();
    expect(createSafeLogger(undefined).error).toBeUndefined();
  });
});
