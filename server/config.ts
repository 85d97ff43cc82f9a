import "server-only";
import { parseEnv, type AppConfig } from "@/lib/config/env";

let config: AppConfig | undefined;

/** The validated environment (see lib/config/env.ts), read once per process. */
export function appConfig(): AppConfig {
  config ??= parseEnv(process.env, process.cwd());
  return config;
}
