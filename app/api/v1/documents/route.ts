import { created, createThenRead } from "@/lib/api/record-write";
import { authorizedRoute } from "@/lib/auth/route";
import { createDocument } from "@/lib/documents/mutations";
import { documentWriteSchema } from "@/lib/documents/write-schema";
import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { getDocument, listDocuments } from "@/lib/documents/queries";
import { documentFilterSchema } from "@/lib/documents/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(documentFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listDocuments(query.data));
});

const createAndRead = createThenRead(createDocument, getDocument);
const options = created("/api/v1/documents");

export const POST = authorizedRoute("editor", documentWriteSchema, createAndRead, options);
