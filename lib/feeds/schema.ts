import { z } from "zod";
import { countryPairSchema } from "../countries/pair";
import { idSchema } from "../records/schema";

// What a feed's address names. Next cannot route a segment that is part parameter, part suffix
// ("[id].atom"), so the routes take the whole last segment and these schemas read it.

/** The newest entries a feed carries: enough for a reader polling daily, bounded at any size. */
export const FEED_SIZE = 50;

/** "<name>.atom" → "<name>", refused without the suffix. */
const atomFile = z
  .string()
  .regex(/\.atom$/, "A feed's address ends in .atom")
  .transform((file) => file.slice(0, -".atom".length));

/** /feeds/commitments/<id>.atom */
export const commitmentFeedFileSchema = atomFile.pipe(idSchema);

/** /feeds/pairs/VN-KH.atom */
export const pairFeedFileSchema = atomFile.pipe(countryPairSchema);
