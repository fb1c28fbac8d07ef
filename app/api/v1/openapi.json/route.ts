import type { NextRequest } from "next/server";
import { handle, jsonOk } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = handle((_request: NextRequest) => jsonOk(openApiDocument()));
