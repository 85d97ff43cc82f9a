// Loads what a fresh database needs: the demo accounts in demo mode.
// Run by `npm start` and `npm run db:seed`; safe to run again.
import { appConfig } from "@/server/config";
import { db } from "@/server/db/client";
import { seedDemoAccounts } from "@/server/demo/seed-demo-accounts";

async function main() {
  if (appConfig().isDemo) {
    const { created, updated } = await seedDemoAccounts();
    const changes = [...created.map((name) => `created ${name}`), ...updated.map((name) => `reset ${name}`)];
    console.log(`Demo accounts: ${changes.length > 0 ? changes.join(", ") : "already up to date"}.`);
  } else {
    console.log("Demo mode is off: no demo accounts.");
  }
}

main()
  .then(() => db().$disconnect())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await db().$disconnect();
    process.exit(1);
  });
