import { z } from "zod";
import {
  citationJsonSchema,
  commitmentRefSchema,
  dateJsonSchema,
  errorBodySchema,
  flagJsonSchema,
  pageSchema,
  refSchema,
} from "../api/response-schema";
import { recordQuerySchema } from "../as-of/schema";
import {
  commitmentFilterSchema,
  commitmentJsonSchema,
  commitmentSummaryJsonSchema,
  listViewSchema,
} from "../commitments/schema";
import {
  countryDetailJsonSchema,
  countryJsonSchema,
  countryListQuerySchema,
  countryPartnerJsonSchema,
} from "../countries/schema";
import { documentFilterSchema, documentJsonSchema } from "../documents/schema";
import { eventFilterSchema, eventJsonSchema } from "../events/schema";
import { extractionJsonSchema, extractRequestSchema } from "../extract/schema";
import {
  organizationDetailJsonSchema,
  organizationFilterSchema,
  organizationJsonSchema,
} from "../organizations/schema";
import { personDetailJsonSchema, personFilterSchema, personJsonSchema } from "../people/schema";
import { markedTextSchema, searchQuerySchema, searchResultsJsonSchema } from "../search/schema";
import { sectorJsonSchema, sectorListJsonSchema, sectorListQuerySchema } from "../sectors/schema";
import { sourceDetailJsonSchema, sourceFilterSchema, sourceJsonSchema } from "../sources/schema";
import { createdTokenJsonSchema, revokedTokenJsonSchema, tokenCreateSchema } from "../tokens/schema";
import { statusChangeJsonSchema } from "../status/schema";
import { writePaths } from "./writes";

// The OpenAPI 3.1 document of API v1, generated from the zod schemas the routes parse requests
// with and the serializers are typed by: what is documented is what runs.

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const ITEMS = {
  Commitment: commitmentJsonSchema,
  Event: eventJsonSchema,
  Document: documentJsonSchema,
  Source: sourceJsonSchema,
  Person: personJsonSchema,
  Organization: organizationJsonSchema,
};

/**
 * The response schemas that become components, each under its id, so that a schema nested in
 * another becomes a $ref to its own component.
 *
 * The ids live in this registry, never in zod's global one (`.meta({ id })` on a shared schema):
 * that one is one per process (on globalThis), while Next bundles route handlers and pages apart,
 * each with its own copy of these modules. Each copy put its own "Commitment" there, the last
 * loaded replacing the others by id, and the document met two schemas of one id and answered 500
 * whenever a page had loaded its copies after a route handler had loaded its own. Filled here,
 * the registry holds this bundle's copies only.
 */
function components(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  const add = (id: string, schema: z.ZodType) => registry.add(schema, { id });
  add("PartialDate", dateJsonSchema);
  add("Ref", refSchema);
  add("Citation", citationJsonSchema);
  add("Flag", flagJsonSchema);
  add("CommitmentRef", commitmentRefSchema);
  add("Error", errorBodySchema);
  add("StatusChange", statusChangeJsonSchema);
  for (const [item, schema] of Object.entries(ITEMS)) add(item, schema);
  add("CommitmentSummary", commitmentSummaryJsonSchema);
  add("SourceDetail", sourceDetailJsonSchema);
  add("PersonDetail", personDetailJsonSchema);
  add("OrganizationDetail", organizationDetailJsonSchema);
  add("Country", countryJsonSchema);
  add("CountryPartner", countryPartnerJsonSchema);
  add("CountryDetail", countryDetailJsonSchema);
  add("CountryList", z.object({ data: z.array(countryJsonSchema) }));
  add("MarkedText", markedTextSchema);
  add("SearchResults", searchResultsJsonSchema);
  add("Sector", sectorJsonSchema);
  add("SectorList", sectorListJsonSchema);
  for (const [item, schema] of Object.entries(ITEMS)) add(`${item}Page`, pageSchema(schema));
  add("CommitmentSummaryPage", pageSchema(commitmentSummaryJsonSchema));
  add("Extraction", extractionJsonSchema);
  add("ExtractionResult", z.object({ data: extractionJsonSchema }));
  add("CreatedToken", createdTokenJsonSchema);
  add("RevokedToken", revokedTokenJsonSchema);
  add(
    "EventExport",
    z.object({ asOf: z.string().nullable(), generated: z.string(), total: z.int(), data: z.array(eventJsonSchema) }),
  );
  add(
    "CommitmentExport",
    z.object({
      asOf: z.string().nullable(),
      generated: z.string(),
      total: z.int(),
      data: z.array(commitmentJsonSchema),
    }),
  );
  return registry;
}

/** Query parameters from a request schema: comma lists (form style, not exploded) stay one parameter. */
function queryParameters(
  schema: z.ZodType,
  { omit = [], extra = [] }: { omit?: string[]; extra?: JsonSchema[] } = {},
): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
  };
  return [
    ...Object.entries(json.properties ?? {})
      .filter(([name]) => !omit.includes(name))
      .map(([name, property]) => ({
        name,
        in: "query",
        required: false,
        schema: property,
        ...(property.type === "array" ? { style: "form", explode: false } : {}),
        ...(typeof property.description === "string" ? { description: property.description } : {}),
      })),
    ...extra,
  ];
}

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const json = (schema: unknown) => ({ "application/json": { schema } });
const errors = {
  "400": { description: "A parameter is not valid; `error.field` names it.", content: json(ref("Error")) },
  "500": { description: "An unexpected failure; the message says nothing of its cause.", content: json(ref("Error")) },
};
const notModified = { "304": { description: "Not modified: the If-None-Match header names the current ETag." } };

function listAndRecord(
  path: string,
  tag: string,
  filter: z.ZodType,
  item: keyof typeof ITEMS,
  detail: string,
  recordQuery?: z.ZodType,
) {
  return {
    [`/api/v1/${path}`]: {
      get: {
        tags: [tag],
        operationId: `list${tag}`,
        summary: `List ${path}`,
        parameters: queryParameters(filter),
        responses: {
          "200": { description: `A page of ${path}`, content: json(ref(`${item}Page`)) },
          ...notModified,
          ...errors,
        },
      },
    },
    [`/api/v1/${path}/{id}`]: {
      get: {
        tags: [tag],
        operationId: `get${item}`,
        summary: `One ${item.toLowerCase()}`,
        parameters: [idParameter, ...(recordQuery ? queryParameters(recordQuery) : [])],
        responses: {
          "200": { description: `The ${item.toLowerCase()}`, content: json(ref(detail)) },
          ...notModified,
          "404": {
            description: "No record has this id (or none was known yet as of the day asked).",
            content: json(ref("Error")),
          },
          ...errors,
        },
      },
    },
  };
}

/** Every ISO 3166-1 country, and one with its counts. */
/** GET /api/v1/exports/{records}: a list's filter without paging, and the format. */
function exportPath(tag: string, filterSchema: z.ZodType, schema: string, description: string) {
  return {
    get: {
      tags: [tag],
      operationId: `export${tag}`,
      summary: `Every ${tag.toLowerCase().replace(/s$/, "")} of a filter, streamed as CSV or JSON`,
      parameters: queryParameters(filterSchema, {
        omit: ["page", "pageSize"],
        extra: [
          {
            name: "format",
            in: "query",
            required: false,
            schema: { type: "string", enum: ["csv", "json"], default: "csv" },
          },
        ],
      }),
      responses: {
        "200": { description, content: { "text/csv": { schema: { type: "string" } }, ...json(ref(schema)) } },
        ...errors,
      },
    },
  };
}

function countries() {
  return {
    "/api/v1/countries": {
      get: {
        tags: ["Countries"],
        operationId: "listCountries",
        summary: "Every country (ISO 3166-1, English and French names), or those a search or `hasRecords` keeps",
        parameters: queryParameters(countryListQuerySchema),
        responses: {
          "200": {
            description: "The countries, by English name (best match first with `q`); not paged",
            content: json(ref("CountryList")),
          },
          ...notModified,
          ...errors,
        },
      },
    },
    "/api/v1/countries/{code}": {
      get: {
        tags: ["Countries"],
        operationId: "getCountry",
        summary: "One country with its counts and partners",
        parameters: [
          { name: "code", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z]{2}$" } },
          ...queryParameters(recordQuerySchema),
        ],
        responses: {
          "200": {
            description:
              "The country; commitments counted by role and status (as of the day, when asked: statuses from the history, later records left out)",
            content: json(ref("CountryDetail")),
          },
          ...notModified,
          "404": { description: "No country has this code.", content: json(ref("Error")) },
          ...errors,
        },
      },
    },
  };
}

/** The commitments list also takes `view`: full records (the default) or table-row summaries. */
function withView(path: { get: { parameters: JsonSchema[]; responses: Record<string, unknown> } }) {
  const [view] = queryParameters(listViewSchema);
  return {
    get: {
      ...path.get,
      parameters: [
        ...path.get.parameters,
        {
          ...view,
          description:
            "`full` (default): whole records, with history and quotes. `summary`: what a table row shows, about a third of the bytes.",
        },
      ],
      responses: {
        ...path.get.responses,
        "200": {
          description: "A page of commitments, full or summaries as `view` asks",
          content: json({ anyOf: [ref("CommitmentPage"), ref("CommitmentSummaryPage")] }),
        },
      },
    },
  };
}

/** The read operations with the write operations of the same paths beside them. */
function withWrites(paths: Record<string, object>): Record<string, object> {
  const merged: Record<string, object> = { ...paths };
  for (const [path, operations] of Object.entries(writePaths())) merged[path] = { ...merged[path], ...operations };
  return merged;
}

let cached: JsonSchema | undefined;

/** The document (built once per process: the schemas do not change while it runs). */
export function openApiDocument(): JsonSchema {
  return (cached ??= buildOpenApiDocument());
}

function buildOpenApiDocument(): JsonSchema {
  const commitments = listAndRecord(
    "commitments",
    "Commitments",
    commitmentFilterSchema,
    "Commitment",
    "Commitment",
    recordQuerySchema,
  );
  const paths = {
    ...commitments,
    "/api/v1/commitments": withView(commitments["/api/v1/commitments"]!),
    ...listAndRecord("events", "Events", eventFilterSchema, "Event", "Event"),
    ...listAndRecord("documents", "Documents", documentFilterSchema, "Document", "Document"),
    ...listAndRecord("sources", "Sources", sourceFilterSchema, "Source", "SourceDetail"),
    ...listAndRecord("people", "People", personFilterSchema, "Person", "PersonDetail"),
    ...listAndRecord("organizations", "Organizations", organizationFilterSchema, "Organization", "OrganizationDetail"),
    ...countries(),
    "/api/v1/search": {
      get: {
        tags: ["Search"],
        operationId: "search",
        summary: "Full-text search, English and French, accents folded",
        parameters: queryParameters(searchQuerySchema),
        responses: {
          "200": { description: "The best hits of each type", content: json(ref("SearchResults")) },
          ...notModified,
          ...errors,
        },
      },
    },
    "/api/v1/sectors": {
      get: {
        tags: ["Sectors"],
        operationId: "listSectors",
        summary: "Every sector, with its names, DAC code and count of commitments",
        parameters: queryParameters(sectorListQuerySchema),
        responses: {
          "200": { description: "All sectors (no paging), by English name", content: json(ref("SectorList")) },
          ...notModified,
          ...errors,
        },
      },
    },
    "/api/v1/extract": {
      post: {
        tags: ["Extraction"],
        operationId: "extract",
        summary: "Suggest what an article holds: dates, amounts, names, events, documents, commitments, progress",
        description:
          "Editors only (a session cookie, same origin). Every suggestion carries `start`/`end`, UTF-16 offsets into the text sent. At most 512 KB a text and 60 texts a minute an account; reading stops at the time budget (`stoppedAt`).",
        requestBody: {
          required: true,
          content: json(z.toJSONSchema(extractRequestSchema, { io: "input", unrepresentable: "any" })),
        },
        responses: {
          "200": { description: "The suggestions", content: json(ref("ExtractionResult")) },
          "401": { description: "Not signed in", content: json(ref("Error")) },
          "403": { description: "Not an editor, or another origin", content: json(ref("Error")) },
          "413": { description: "The text is over 512 KB", content: json(ref("Error")) },
          "429": { description: "Over 60 texts in a minute", content: json(ref("Error")) },
          ...errors,
        },
      },
    },
    "/api/v1/tokens": {
      post: {
        tags: ["Tokens"],
        operationId: "createToken",
        summary: "Make a personal API token for the logged-in editor; its secret is in this answer only",
        description:
          "A logged-in session on Pact's own origin only: a token cannot make another. Send the secret as `Authorization: Bearer <token>` to any API route. `scope` read acts as a viewer; write as the owner's role.",
        requestBody: {
          required: true,
          content: json(z.toJSONSchema(tokenCreateSchema, { io: "input", unrepresentable: "any" })),
        },
        responses: {
          "201": { description: "The token, with its secret", content: json(ref("CreatedToken")) },
          "401": { description: "Not signed in", content: json(ref("Error")) },
          "403": { description: "Not an editor, another origin, or called with a token", content: json(ref("Error")) },
          ...errors,
        },
      },
    },
    "/api/v1/tokens/{id}": {
      delete: {
        tags: ["Tokens"],
        operationId: "revokeToken",
        summary: "Revoke one of your tokens (a token may revoke itself)",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "Revoked (again, if it was already)", content: json(ref("RevokedToken")) },
          "401": { description: "Not signed in", content: json(ref("Error")) },
          "403": { description: "A read token, or not an editor", content: json(ref("Error")) },
          ...errors,
        },
      },
    },
    "/api/v1/exports/events": exportPath(
      "Events",
      eventFilterSchema,
      "EventExport",
      "All events of the filter (paging ignored). CSV: UTF-8, header row, exactly the columns /import reads back as events (id, title, title_fr, kind, description, start, end, location, host_country, visiting_country, parent_id, documents_signed, citations); dates in the form that carries their precision; citations a JSON list of { source, quote }.",
    ),
    "/api/v1/exports/commitments": exportPath(
      "Commitments",
      commitmentFilterSchema,
      "CommitmentExport",
      "All rows of the filter (paging ignored). CSV: UTF-8, header row, amounts as decimal text, dates in the form that carries their precision.",
    ),
  };
  // Descriptions and examples still come from the global registry (zod's default `metadata`):
  // they are kept per schema object, so copies of a module cannot collide there.
  const { schemas } = z.toJSONSchema(components(), {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Pact API",
      version: "1.0.0",
      description:
        "API of Pact: bilateral commitments between governments, the events and documents they came from, and the sources behind every fact; editors write them through the same rules as the forms. Money is a decimal string with an ISO 4217 code; dates carry their precision.",
    },
    paths: withWrites(paths),
    components: {
      schemas,
      securitySchemes: {
        token: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token (`pact_…`), made on /account/tokens",
        },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
    },
    security: [{}, { token: [] }, { session: [] }],
  };
}
