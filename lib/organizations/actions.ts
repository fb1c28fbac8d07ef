"use server";

import { authorized } from "../auth/guard";
import { createOrganization, updateOrganization } from "./mutations";
import { organizationCreateSchema, organizationUpdateSchema } from "./schema";

export const createOrganizationAction = authorized("editor", organizationCreateSchema, (input, actor) =>
  createOrganization(input, actor),
);

export const updateOrganizationAction = authorized("editor", organizationUpdateSchema, (input, actor) =>
  updateOrganization(input, actor),
);
