"use server";

import { authorized } from "../auth/guard";
import { createWebhook, pingWebhook, setWebhookActive } from "./mutations";
import { webhookActiveSchema, webhookCreateSchema, webhookPingSchema } from "./schema";

// Webhooks send Pact's changes to addresses outside it, signed as Pact: only admins manage them.

export const createWebhookAction = authorized("admin", webhookCreateSchema, (input, actor) =>
  createWebhook(input, actor),
);

export const setWebhookActiveAction = authorized("admin", webhookActiveSchema, (input, actor) =>
  setWebhookActive(input, actor),
);

export const pingWebhookAction = authorized("admin", webhookPingSchema, (input) => pingWebhook(input));
