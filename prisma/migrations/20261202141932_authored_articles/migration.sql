-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "titleIsSupplied" BOOLEAN NOT NULL DEFAULT false,
    "outlet" TEXT,
    "citedAs" TEXT NOT NULL DEFAULT '',
    "republishedFrom" TEXT,
    "author" TEXT,
    "published" TEXT,
    "kind" TEXT,
    "hash" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("author", "body", "citedAs", "hash", "kind", "outlet", "published", "republishedFrom", "slug", "title", "titleIsSupplied") SELECT "author", "body", "citedAs", "hash", "kind", "outlet", "published", "republishedFrom", "slug", "title", "titleIsSupplied" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_ownerId_idx" ON "Article"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
