-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "conflictCorrection" TEXT;
ALTER TABLE "Fact" ADD COLUMN "conflictKind" TEXT;
ALTER TABLE "Fact" ADD COLUMN "conflictNote" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "titleIsSupplied" BOOLEAN NOT NULL DEFAULT false,
    "outlet" TEXT,
    "citedAs" TEXT NOT NULL DEFAULT '',
    "republishedFrom" TEXT,
    "author" TEXT,
    "published" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_Article" ("author", "body", "hash", "kind", "outlet", "published", "slug", "title") SELECT "author", "body", "hash", "kind", "outlet", "published", "slug", "title" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE TABLE "new_Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factId" TEXT NOT NULL,
    "articleSlug" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "side" TEXT,
    "sideIsError" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Evidence_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_articleSlug_fkey" FOREIGN KEY ("articleSlug") REFERENCES "Article" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("articleSlug", "factId", "id", "position", "quote", "side") SELECT "articleSlug", "factId", "id", "position", "quote", "side" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_factId_idx" ON "Evidence"("factId");
CREATE INDEX "Evidence_articleSlug_idx" ON "Evidence"("articleSlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
