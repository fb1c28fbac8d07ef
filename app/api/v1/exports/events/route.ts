import { exportRoute } from "@/lib/api/export-route";
import { exportEvents } from "@/lib/events/export";
import { eventFilterSchema } from "@/lib/events/schema";

export const GET = exportRoute("events", eventFilterSchema, exportEvents);
