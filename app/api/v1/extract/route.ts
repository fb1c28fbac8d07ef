import { AppError } from "@/lib/errors/codes";
import type { Actor } from "@/lib/auth/roles";
import { authorizedRoute } from "@/lib/auth/route";
import { extractLimiter } from "@/lib/ingest/limits";
import { extractForApi } from "@/lib/ingest/queries";
import { extractRequestSchema, MAX_EXTRACT_BYTES, type ExtractRequest } from "@/lib/extract/schema";

// The extraction assistant for scripts and the corpus scorer: editors only, same origin, rate
// limited per account, read within the time budget (lib/ingest/queries.ts).
async function read(input: ExtractRequest, actor: Actor) {
  if (!extractLimiter.take(actor.id)) throw new AppError("rate_limited");
  return { data: await extractForApi(input) };
}

export const POST = authorizedRoute("editor", extractRequestSchema, read, { maxBytes: MAX_EXTRACT_BYTES });
