import { checkDatabase } from "@/server/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabase();
  if (health.ok) return Response.json({ ok: true, db: health.db });
  return Response.json({ ok: false, db: health.db, error: "database unavailable" }, { status: 503, headers: { "Retry-After": "5" } });
}
