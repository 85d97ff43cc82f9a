import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { appConfig } from "@/server/config";

/** Where `npm start` keeps a generated secret when NEXTAUTH_SECRET is unset. */
export const AUTH_SECRET_FILE = "data/auth-secret";

let secret: string | undefined;

/** The key that signs session tokens: NEXTAUTH_SECRET, else ./data/auth-secret. */
export function authSecret(): string {
  if (secret) return secret;
  const fromEnv = appConfig().authSecret;
  if (fromEnv) return (secret = fromEnv);
  const file = path.resolve(process.cwd(), AUTH_SECRET_FILE);
  if (!existsSync(file)) {
    throw new Error(`NEXTAUTH_SECRET is not set and ${AUTH_SECRET_FILE} does not exist: run npm start, or set NEXTAUTH_SECRET.`);
  }
  return (secret = readFileSync(file, "utf8").trim());
}
