import { Ajv2020, type Options } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats ships CJS; under ESM interop its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/**
 * An Ajv for JSON Schema 2020-12 (the dialect of OpenAPI 3.1 and of specs/messages) with formats.
 * `strict: false` because the documents carry keywords Ajv does not know (OpenAPI's `example`,
 * `discriminator`, `x-ccaas-extension`, ...): they annotate, they do not constrain.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  // Not a validating format in OpenAPI: it only tells tools to mask the value.
  ajv.addFormat("password", true);
  return ajv;
}
