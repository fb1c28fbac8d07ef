"use server";

import { authorized } from "../auth/guard";
import { newAccountSchema } from "../auth/password-strength";
import { roleChangeSchema } from "../auth/schema";
import { changeRole, createUser } from "./mutations";

export const createUserAction = authorized("admin", newAccountSchema, (input, actor) => createUser(input, actor));

export const changeRoleAction = authorized("admin", roleChangeSchema, (input, actor) => changeRole(input, actor));
