import { z } from "zod";
import { recordPatchSchema } from "../api/write-schema";
import { commitmentWriteSchema } from "../commitments/write-schema";
import { documentWriteSchema } from "../documents/write-schema";
import { eventWriteSchema } from "../events/write-schema";
import { organizationWriteSchema } from "../organizations/write-schema";
import { personWriteSchema } from "../people/write-schema";
import { sourceWriteSchema } from "../sources/write-schema";
import { statusChangeInputSchema } from "../status/schema";

// The write operations of API v1, merged into the document's paths by document.ts. Request
// bodies come from the write schemas the routes parse; answers are the records' read shapes.

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const inputOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Any 1–255 visible ASCII characters (a UUID). A retry with the same key and body answers the first success again (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is refused (422). Keys are kept 24 hours, per account.",
  schema: { type: "string", maxLength: 255 },
};
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  description: "The ETag the record's GET answered, when the body has no `version`",
  schema: { type: "string" },
};

const AUTH =
  "Editors and admins: `Authorization: Bearer <token>`, or a session cookie sent from Pact's own origin (`Origin` header).";

const refusals = {
  "400": error("The body is not valid; `error.field` names the field and `error.fields` each one concerned."),
  "401": error("Not signed in"),
  "403": error("Not an editor, or a cookie sent from another origin"),
  "413": error("The body is over 256 KB"),
  "500": error("An unexpected failure; the message says nothing of its cause."),
};
const keyRefusals = {
  "409": error(
    "`idempotency_in_progress`: a request with this Idempotency-Key is still running; `duplicate`: the record already exists",
  ),
  "422": error("`idempotency_key_reused`: this Idempotency-Key was used with another body; `invalid_transition`"),
};

type Writable = { path: string; tag: string; item: string; detail: string; write: z.ZodType; notes: string };

function createAndPatch({ path, tag, item, detail, write, notes }: Writable) {
  return {
    [`/api/v1/${path}`]: {
      post: {
        tags: [tag],
        operationId: `create${item}`,
        summary: `Create a ${item.toLowerCase()}`,
        description: `${AUTH} The body is the ${detail} shape the GET answers, without the read-only fields (sent, they are ignored). ${notes}`,
        parameters: [idempotencyKey],
        requestBody: { required: true, content: json(inputOf(write)) },
        responses: {
          "201": {
            description: `The ${item.toLowerCase()} created, as its GET answers it; \`Location\` is its address`,
            headers: { Location: { schema: { type: "string" } } },
            content: json(ref(detail)),
          },
          ...refusals,
          ...keyRefusals,
        },
      },
    },
    [`/api/v1/${path}/{id}`]: {
      patch: {
        tags: [tag],
        operationId: `update${item}`,
        summary: `Change a ${item.toLowerCase()}`,
        description: `${AUTH} A JSON merge patch (RFC 7396) of the ${detail} shape: fields not sent stay as they are, \`null\` clears one, arrays are replaced whole. Send the \`version\` read, or If-Match with the ETag of the GET. ${notes}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, ifMatch],
        // The id comes from the path.
        requestBody: { required: true, content: json(inputOf(recordPatchSchema.omit({ id: true }))) },
        responses: {
          "200": {
            description: `The ${item.toLowerCase()} as it is now, with its new ETag`,
            content: json(ref(detail)),
          },
          ...refusals,
          "404": error(`No ${item.toLowerCase()} has this id`),
          "409": error("`conflict`: the version or ETag is not the current one; `error.current` is the record now"),
          "428": error("`version_required`: neither `version` nor If-Match was sent"),
        },
      },
    },
  };
}

function statusChange(deprecated: boolean) {
  return {
    post: {
      tags: ["Commitments"],
      operationId: deprecated ? "changeStatusUnversioned" : "changeStatus",
      summary: deprecated ? "Change a commitment's status (deprecated)" : "Change a commitment's status",
      description: deprecated
        ? "Deprecated: use POST /api/v1/commitments/{id}/status-changes, the same change. Answers carry `Deprecation` and a `Link` to it; this route answers for one more release."
        : `${AUTH} The commitment page's status change: the version read, the new status, its effective date at its precision, and the evidence (a verbatim quote).`,
      ...(deprecated ? { deprecated: true } : {}),
      parameters: [
        { name: deprecated ? "commitmentId" : "id", in: "path", required: true, schema: { type: "string" } },
        idempotencyKey,
      ],
      requestBody: {
        required: true,
        // The commitment comes from the path.
        content: json(inputOf(statusChangeInputSchema.omit({ commitmentId: true }))),
      },
      responses: {
        "201": {
          description: "The change recorded, and the commitment's new version",
          content: json(ref("StatusChange")),
        },
        ...refusals,
        "404": error("No commitment has this id"),
        "409": error("`conflict`: the version is not the current one; `idempotency_in_progress`"),
        "422": error("`invalid_transition`: not a change this status allows; `idempotency_key_reused`"),
      },
    },
  };
}

const WRITABLES: Writable[] = [
  {
    path: "commitments",
    tag: "Commitments",
    item: "Commitment",
    detail: "Commitment",
    write: commitmentWriteSchema,
    notes:
      "A new one also takes `statusEffective` (the day its first `status` held) and at least one citation; a PATCH's `citations` are quotes to add. The status changes through status-changes.",
  },
  {
    path: "events",
    tag: "Events",
    item: "Event",
    detail: "Event",
    write: eventWriteSchema,
    notes: "A new one takes at least one citation; a PATCH's `citations` are quotes to add.",
  },
  {
    path: "documents",
    tag: "Documents",
    item: "Document",
    detail: "Document",
    write: documentWriteSchema,
    notes:
      "`participants` is everyone at the signing, each with its role and `positionId`; `signatories` is read-only. A new one takes at least one citation; a PATCH's `citations` are quotes to add.",
  },
  {
    path: "people",
    tag: "People",
    item: "Person",
    detail: "PersonDetail",
    write: personWriteSchema,
    notes:
      "An alias is its words, or `{ alias, language }`; a position read keeps its `id`. `notDuplicate: true` saves someone whose name another person has.",
  },
  {
    path: "organizations",
    tag: "Organizations",
    item: "Organization",
    detail: "OrganizationDetail",
    write: organizationWriteSchema,
    notes:
      "`country` and `members` are country codes (or the `{ code, name }` read); `parent` an id. `notDuplicate: true` saves one whose name another organization has.",
  },
  {
    path: "sources",
    tag: "Sources",
    item: "Source",
    detail: "SourceDetail",
    write: sourceWriteSchema,
    notes: "A new one takes its `fullText`; a text is never changed afterwards (quotes point into it).",
  },
];

/** The write operations, keyed by path, to merge with the read ones. */
export function writePaths(): Record<string, Record<string, JsonSchema>> {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const writable of WRITABLES) Object.assign(paths, createAndPatch(writable));
  paths["/api/v1/commitments/{id}/status-changes"] = statusChange(false);
  paths["/api/commitments/{commitmentId}/status-changes"] = statusChange(true);
  return paths;
}
