// Loads what a fresh database needs: the content bank (articles, facts,
// items, sets) and, in demo mode, the demo accounts.
// Run by `npm start` and `npm run db:seed`; safe to run again.
import { buildItemBank } from "@/server/content/build-item-bank";
import { appConfig } from "@/server/config";
import { describeSync, syncContent } from "@/server/content/sync-content";
import { db } from "@/server/db/client";
import { seedDemoAccounts } from "@/server/demo/seed-demo-accounts";

async function main() {
  const itemBank = buildItemBank(process.cwd());
  console.log(describeSync(await syncContent(itemBank.bank, itemBank.items, itemBank.sets), itemBank));
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
