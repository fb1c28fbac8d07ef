import { exportRoute } from "@/lib/api/export-route";
import { exportCommitments } from "@/lib/commitments/export";
import { commitmentFilterSchema } from "@/lib/commitments/schema";

export const GET = exportRoute("commitments", commitmentFilterSchema, exportCommitments);
