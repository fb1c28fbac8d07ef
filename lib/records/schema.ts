import { z } from "zod";

/** A record's id wherever one is sent: a form's reference, a query parameter, a route segment. */
export const idSchema = z.string().trim().min(1).max(100);
