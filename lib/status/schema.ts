import { z } from "zod";
import { STATUSES } from "./rules";

export const statusSchema = z.enum(STATUSES);
