import { createRateLimiter } from "../auth/rate-limit";

/**
 * Reading an article costs the server up to its time budget, so each account may ask for at most
 * PACT_EXTRACT_LIMIT_PER_MINUTE readings a minute (default 60: an editor pastes a few an hour; a
 * script scoring a corpus sends one a second).
 */
export const extractLimiter = createRateLimiter({
  name: "extract",
  limit: Number(process.env.PACT_EXTRACT_LIMIT_PER_MINUTE ?? 60),
  windowMs: 60_000,
});
