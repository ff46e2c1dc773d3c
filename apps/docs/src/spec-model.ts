/**
 * The shapes the renderers read. OpenAPI comes from Redocly's own typings; AsyncAPI 3 is described
 * here because Redocly types most of it as `any`. Only the fields the site shows are listed.
 */
import type {
  Oas3_1Definition,
  Oas3_1Schema,
  Oas3Example,
  Oas3Header,
  Oas3MediaType,
  Oas3Operation,
  Oas3Parameter,
  Oas3PathItem,
  Oas3RequestBody,
  Oas3Response,
  Oas3SecurityScheme,
  Oas3Server,
  OasRef,
  Referenced,
} from "@redocly/openapi-core";

export type { OasRef, Referenced };

/** Anything in a spec may carry this marker: the reason it goes beyond the source documents. */
export interface ExtensionMarked {
  "x-ccaas-extension"?: string;
}

export type Schema = Oas3_1Schema & ExtensionMarked;
export type OpenApiDocument = Oas3_1Definition;
export type PathItem = Oas3PathItem<Oas3_1Schema>;
export type Operation = Oas3Operation<Oas3_1Schema> & ExtensionMarked;
export type Parameter = Oas3Parameter<Oas3_1Schema> & ExtensionMarked;
export type Header = Oas3Header<Oas3_1Schema> & ExtensionMarked;
export type RequestBody = Oas3RequestBody<Oas3_1Schema> & ExtensionMarked;
export type Response = Oas3Response<Oas3_1Schema> & ExtensionMarked;
export type MediaType = Oas3MediaType<Oas3_1Schema>;
export type NamedExample = Oas3Example;
export type SecurityScheme = Oas3SecurityScheme;
export type Server = Oas3Server;

export interface AsyncApiDocument {
  asyncapi: string;
  info: { title: string; version: string; description?: string };
  servers?: Record<string, Referenced<AsyncServer>>;
  channels?: Record<string, Referenced<AsyncChannel>>;
  operations?: Record<string, Referenced<AsyncOperation>>;
  components?: { messages?: Record<string, Referenced<AsyncMessage>> };
}

export interface AsyncServer {
  host: string;
  protocol: string;
  pathname?: string;
  description?: string;
}

export interface AsyncChannel extends ExtensionMarked {
  address?: string | null;
  title?: string;
  summary?: string;
  description?: string;
  messages?: Record<string, Referenced<AsyncMessage>>;
}

export interface AsyncSecurityScheme {
  type: string;
  description?: string;
}

export interface AsyncOperation extends ExtensionMarked {
  action: "send" | "receive";
  channel: Referenced<AsyncChannel>;
  security?: Referenced<AsyncSecurityScheme>[];
  title?: string;
  summary?: string;
  description?: string;
  messages?: Referenced<AsyncMessage>[];
  reply?: { channel?: Referenced<AsyncChannel>; messages?: Referenced<AsyncMessage>[] };
}

/** AsyncAPI 3 allows a payload to be a Multi Format Schema object wrapping the schema. */
export interface MultiFormatSchema {
  schemaFormat: string;
  schema: Referenced<Schema>;
}

export interface AsyncMessage extends ExtensionMarked {
  name?: string;
  title?: string;
  summary?: string;
  description?: string;
  contentType?: string;
  headers?: Referenced<Schema>;
  payload?: Referenced<Schema> | MultiFormatSchema;
  examples?: AsyncMessageExample[];
}

export interface AsyncMessageExample {
  name?: string;
  summary?: string;
  headers?: unknown;
  payload?: unknown;
}
