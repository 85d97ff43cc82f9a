import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { db } from "@/server/db/client";

/** A session unused this long is closed: a week, so a student who studies on school days stays signed in over a weekend, not over a holiday. */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;

/** How often a request records that a session is in use (not on every request). */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Who a session belongs to, as the database says now (a role, name or one-time password may have changed since sign-in). */
export type SessionOwner = { id: string; name: string; username: string; role: "student" | "teacher"; mustChangePassword: boolean };

/** Opens a session for a user who just signed in; its id goes into the session token. */
export async function openSession(userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await db().userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now } });
  return id;
}

/**
 * The owner of an open session, or null when it was ended (signed out, a
 * password changed or reset, "sign out everywhere"), has been idle past
 * SESSION_IDLE_MS, or is not the user's. Records its use every few minutes.
 */
export async function readSession(sessionId: string, userId: string, now = new Date()): Promise<SessionOwner | null> {
  const session = await db().userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, lastSeenAt: true, endedAt: true, user: { select: { id: true, name: true, username: true, role: true, mustChangePassword: true } } },
  });
  if (!session || session.userId !== userId || session.endedAt !== null) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS) {
    await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
    return null;
  }
  if (idle > TOUCH_EVERY_MS) await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  return session.user;
}

/** Ends one session (signing out): its token is refused from now on, even replayed. */
export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/** Ends every session of a user (a password changed or reset, "sign out everywhere"), in the caller's transaction when given. */
export async function endAllSessions(userId: string, now = new Date(), tx: Prisma.TransactionClient = db()): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
  return count;
}

/** Ends every session of a user but `keepSessionId` (the device that changed the password stays signed in), in the caller's transaction when given. */
export async function endOtherSessions(userId: string, keepSessionId: string | undefined, now = new Date(), tx: Prisma.TransactionClient = db()): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) }, data: { endedAt: now } });
  return count;
}
