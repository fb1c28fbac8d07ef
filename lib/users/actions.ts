"use server";

import { authorized } from "../auth/guard";
import { roleChangeSchema, userCreateSchema } from "../auth/schema";
import { changeRole, createUser } from "./mutations";

export const createUserAction = authorized("admin", userCreateSchema, (input, actor) => createUser(input, actor));

export const changeRoleAction = authorized("admin", roleChangeSchema, (input, actor) => changeRole(input, actor));
