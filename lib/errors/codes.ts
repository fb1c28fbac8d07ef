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
  payload_too_large: { status: 413, message: "The request is too large." },
  rate_limited: { status: 429, message: "Too many attempts; wait a minute and try again." },
  internal: { status: 500, message: "Something went wrong on our side. Try again; if it persists, tell an admin." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string = ERROR_CODES[code].message,
    readonly field?: string,
  ) {
    super(userMessage);
    this.name = "AppError";
  }
}

export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
