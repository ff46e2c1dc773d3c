/**
 * The specs accept the seed documents' own example bodies, and reject the same bodies with a required field
 * removed, an enum value replaced, or (for requests) an unknown field added.
 */
import { describe, expect, it } from "vitest";
import { deref, loadSeedFixtures, resolveFixture } from "./seed-fixtures.ts";
import { createSpecAjv, describeErrors, type Json, type JsonObject, validatorAt } from "./spec-validator.ts";

const ajv = createSpecAjv();
const fixtures = loadSeedFixtures().map(resolveFixture);

function asObject(body: Json): JsonObject | undefined {
  return typeof body === "object" && body !== null && !Array.isArray(body) ? body : undefined;
}

type Fixture = ReturnType<typeof resolveFixture>;

/**
 * The object whose fields get mutated, and how to put a mutated copy back into a whole body: the body itself,
 * or its single item when the schema is an array of one object (every Voice API response).
 */
function mutationTarget(fixture: Fixture): {
  schema: JsonObject;
  object: JsonObject | undefined;
  wrap: (item: JsonObject) => Json;
} {
  const { schema, body } = fixture;
  if (schema.type === "array" && Array.isArray(body) && body.length === 1) {
    const items = deref(fixture.document, schema.items).node;
    return { schema: items, object: asObject(body[0] ?? null), wrap: (item) => [item] };
  }
  return { schema, object: asObject(body), wrap: (item) => item };
}

function enumProperties(fixture: Fixture, schema: JsonObject): string[] {
  const properties = asObject(schema.properties ?? null) ?? {};
  return Object.entries(properties)
    .filter(([, property]) => Array.isArray(deref(fixture.document, property).node.enum))
    .map(([name]) => name);
}

it("has seed fixtures for every spec", () => {
  const documents = new Set(fixtures.map((fixture) => fixture.document.split("/")[0]));
  expect([...documents].sort()).toEqual([
    "messages",
    "partner-api.yaml",
    "voice-adapter.yaml",
    "voice-api.yaml",
  ]);
});

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))("%s", (_, fixture) => {
  const validate = validatorAt(ajv, fixture.document, fixture.schemaPointer);
  const { schema, object: body, wrap } = mutationTarget(fixture);

  it("is accepted", () => {
    expect(validate(fixture.body), describeErrors(validate.errors)).toBe(true);
  });

  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  it.each(required.filter((name) => body && name in body))(
    "is rejected without required field %s",
    (name) => {
      const { [name]: _removed, ...rest } = body ?? {};
      expect(validate(wrap(rest))).toBe(false);
    },
  );

  it.each(enumProperties(fixture, schema).filter((name) => body && name in body))(
    "is rejected with a value outside the enum of %s",
    (name) => {
      expect(validate(wrap({ ...body, [name]: "__not_in_enum__" }))).toBe(false);
    },
  );

  if (fixture.isRequest && body) {
    it("is rejected with an unknown field", () => {
      expect(validate(wrap({ ...body, unexpectedField: true }))).toBe(false);
    });
  }
});
