"use server";

import { authorized } from "../auth/guard";
import { createEvent, updateEvent } from "./mutations";
import { eventCreateSchema, eventUpdateSchema } from "./schema";

export const createEventAction = authorized("editor", eventCreateSchema, (input, actor) => createEvent(input, actor));

export const updateEventAction = authorized("editor", eventUpdateSchema, (input, actor) => updateEvent(input, actor));
