import { csvTemplate } from "@/lib/authoring/csv-import";
import { csvDownload } from "@/server/http/download";

/** The card import's template: a header and two example rows. Nothing private, so anyone may download it. */
export function GET(): Response {
  return csvDownload(csvTemplate(), "factdeck-cards-template.csv");
}
