import { z } from "zod";
import { parseTrustedProxies, TrustedProxiesError, type TrustedProxies } from "../http/client-address";
import { DatabaseUrlError, parseDatabaseUrl, type DatabaseTarget } from "./database-url";

/** Every environment variable Factdeck reads. `.env.example` documents them. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  DATABASE_URL: z.string().optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .refine((port) => port >= 1 && port <= 65535, "must be between 1 and 65535")
    .optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://localhost:3000" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  FACTDECK_DEMO: z
    .enum(["1", "0", "true", "false"], { error: "must be 1, 0, true or false" })
    .transform((value) => value === "1" || value === "true")
    .optional(),
  FACTDECK_DEMO_ON_PUBLIC_URL: z
    .enum(["1", "0", "true", "false"], { error: "must be 1, 0, true or false" })
    .transform((value) => value === "1" || value === "true")
    .optional(),
  TRUSTED_PROXIES: z.string().optional(),
});

/** Whether the app's address is this machine (or a private network's), where demo accounts with their published password cannot hurt. */
export function isLocalUrl(url: string | undefined): boolean {
  if (url === undefined) return true;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\./.test(host) || /^10\./.test(host) || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host);
}

export type AppConfig = {
  nodeEnv: "development" | "production" | "test";
  database: DatabaseTarget;
  port: number;
  authUrl: string | undefined;
  authSecret: string | undefined;
  /** Demo accounts exist and may sign in. */
  isDemo: boolean;
  /** Which proxies' X-Forwarded-For entries are believed for the client's address. */
  trustedProxies: TrustedProxies;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/**
 * Validates the environment. Empty strings count as unset. Throws an EnvError
 * whose lines each name a variable and what is wrong with it.
 */
export function parseEnv(env: Record<string, string | undefined>, root: string): AppConfig {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]?.trim()])
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`));
  }
  const values = result.data;
  let database: DatabaseTarget;
  try {
    database = parseDatabaseUrl(values.DATABASE_URL, root);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new EnvError([error.message]);
    throw error;
  }
  let trustedProxies: TrustedProxies;
  try {
    trustedProxies = parseTrustedProxies(values.TRUSTED_PROXIES);
  } catch (error) {
    if (error instanceof TrustedProxiesError) throw new EnvError([`TRUSTED_PROXIES ${error.message}`]);
    throw error;
  }
  const nodeEnv = values.NODE_ENV ?? "development";
  const isLocal = isLocalUrl(values.NEXTAUTH_URL);
  if (values.FACTDECK_DEMO && !isLocal && !values.FACTDECK_DEMO_ON_PUBLIC_URL) {
    throw new EnvError([
      `FACTDECK_DEMO is on but NEXTAUTH_URL (${values.NEXTAUTH_URL}) is a public address: anyone could sign in with the demo accounts' published password. Turn FACTDECK_DEMO off, or set FACTDECK_DEMO_ON_PUBLIC_URL=1 to serve them there anyway.`,
    ]);
  }
  return {
    nodeEnv,
    database,
    port: values.PORT ?? 3000,
    authUrl: values.NEXTAUTH_URL,
    authSecret: values.NEXTAUTH_SECRET,
    // By default only where the app is served locally, and never in production.
    isDemo: values.FACTDECK_DEMO ?? (nodeEnv !== "production" && isLocal),
    trustedProxies,
  };
}
