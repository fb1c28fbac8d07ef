"use server";

import { authorized } from "../auth/guard";
import { createSector, mergeSectors, updateSector } from "./mutations";
import { sectorCreateSchema, sectorMergeSchema, sectorUpdateSchema } from "./schema";

// Sectors are the vocabulary every commitment is filed under: only admins change it.

export const createSectorAction = authorized("admin", sectorCreateSchema, (input, actor) => createSector(input, actor));

export const updateSectorAction = authorized("admin", sectorUpdateSchema, (input, actor) => updateSector(input, actor));

export const mergeSectorsAction = authorized("admin", sectorMergeSchema, (input, actor) => mergeSectors(input, actor));
