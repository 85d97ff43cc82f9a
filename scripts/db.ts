// npm run db:generate | db:migrate | db:seed, for the database DATABASE_URL names.
import { EnvError, parseEnv } from "../lib/config/env";
import { ensureClientsGenerated, loadDotEnv, migrate, root, seed, SetupError } from "./setup";

const command = process.argv[2];
try {
  loadDotEnv();
  const config = parseEnv(process.env, root);
  if (command === "generate") ensureClientsGenerated();
  else if (command === "migrate") {
    ensureClientsGenerated();
    migrate(config);
  } else if (command === "seed") seed(config, process.env);
  else {
    console.error("Usage: tsx scripts/db.ts generate|migrate|seed");
    process.exit(2);
  }
} catch (error) {
  if (error instanceof EnvError || error instanceof SetupError) {
    console.error(error instanceof EnvError ? error.problems.map((problem) => `Configuration error: ${problem}`).join("\n") : error.message);
    process.exit(1);
  }
  throw error;
}
