import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listSectorsWithCounts } from "@/lib/sectors/queries";
import { sectorListQuerySchema } from "@/lib/sectors/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(sectorListQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk({ data: await listSectorsWithCounts() });
});
