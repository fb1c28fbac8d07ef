import { z } from "zod";
import { idSchema } from "../records/schema";
import { ROLES } from "./roles";

const email = z.string().trim().toLowerCase().max(254).email("Give an email address such as name@example.org");

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "Give your password").max(200),
});

export const PASSWORD_MIN = 12;

export const userCreateSchema = z.object({
  email,
  name: z.string().trim().min(1, "Give the person's name").max(120),
  role: z.enum(ROLES),
  password: z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`).max(200),
});

export const roleChangeSchema = z.object({
  userId: idSchema,
  role: z.enum(ROLES),
});

export type LoginInput = z.input<typeof loginSchema>;
export type LoginCredentials = z.output<typeof loginSchema>;
export type UserCreateInput = z.input<typeof userCreateSchema>;
