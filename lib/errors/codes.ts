/**
 * Expected failures are typed codes; this is the one place that turns them into words for users
 * and into HTTP statuses. Raw exception messages never reach a user.
 */
export const ERROR_CODES = {
  invalid_parameter: { status: 400, message: "A parameter is not valid." },
  invalid_body: { status: 400, message: "The request body is not valid." },
  not_found: { status: 404, message: "Nothing was found with this id." },
  unauthorized: { status: 401, message: "Log in to do this." },
  forbidden: { status: 403, message: "Your role does not allow this." },
  conflict: { status: 409, message: "Someone else changed this record since you opened it." },
  invalid_transition: { status: 422, message: "This status change is not allowed." },
  bad_origin: { status: 403, message: "This request did not come from Pact's own pages." },
  duplicate: { status: 409, message: "This already exists." },
  version_required: {
    status: 428,
    message: "Say which version you are changing: send its `version` in the body or its ETag in If-Match.",
  },
  idempotency_key_reused: {
    status: 422,
    message: "This Idempotency-Key was already used for another request; send a new key for a new request.",
  },
  idempotency_in_progress: {
    status: 409,
    message: "A request with this Idempotency-Key is still being answered; retry it in a moment.",
  },
  payload_too_large: { status: 413, message: "The request is too large." },
  rate_limited: { status: 429, message: "Too many attempts; wait a minute and try again." },
  webhook_paused: { status: 409, message: "This subscription is paused: resume it first." },
  internal: { status: 500, message: "Something went wrong on our side. Try again; if it persists, tell an admin." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * A refusal the caller can act on, thrown by the domain wherever it finds it. `userMessage` is
 * words a form can show as they are: the field it concerns is `field`, never part of the text
 * (lib/errors/failure.ts names it for API callers). On a conflict or a likely duplicate,
 * `current` is what the record is now, so the editor sees what changed.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string = ERROR_CODES[code].message,
    readonly field?: string,
    readonly current?: unknown,
  ) {
    super(userMessage);
    this.name = "AppError";
  }
}

/** A save refused because someone else saved the record since the editor opened it. */
export function conflictError(kind: string, current?: unknown): AppError {
  return new AppError(
    "conflict",
    `Someone else saved this ${kind} since you opened it. Your input is kept: reload it in another tab, compare, and save again.`,
    "version",
    current,
  );
}

export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
