-- AlterTable
ALTER TABLE "Article" ADD COLUMN "importedFrom" TEXT;

-- CreateTable
CREATE TABLE "SetShare" (
    "setSlug" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("setSlug", "teacherId"),
    CONSTRAINT "SetShare_setSlug_fkey" FOREIGN KEY ("setSlug") REFERENCES "ItemSet" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SetShare_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemEdit" (
    "ownerId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "rejectedAt" DATETIME,
    "explanation" TEXT,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("ownerId", "itemId"),
    CONSTRAINT "ItemEdit_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "authored" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statement" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "voice" TEXT,
    "question" TEXT NOT NULL,
    "answerType" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "timelineDate" TEXT,
    "timelineEvent" TEXT,
    "conflictAbout" TEXT,
    "conflictKind" TEXT,
    "conflictCorrection" TEXT,
    "conflictNote" TEXT,
    "version" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Fact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("answer", "answerType", "conflictAbout", "conflictCorrection", "conflictKind", "conflictNote", "difficulty", "id", "kind", "position", "question", "statement", "timelineDate", "timelineEvent", "topics", "version", "voice") SELECT "answer", "answerType", "conflictAbout", "conflictCorrection", "conflictKind", "conflictNote", "difficulty", "id", "kind", "position", "question", "statement", "timelineDate", "timelineEvent", "topics", "version", "voice" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE INDEX "Fact_ownerId_idx" ON "Fact"("ownerId");
CREATE TABLE "new_Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "version" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Item_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Item" ("difficulty", "id", "payload", "prompt", "retiredAt", "type", "version") SELECT "difficulty", "id", "payload", "prompt", "retiredAt", "type", "version" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
CREATE INDEX "Item_type_idx" ON "Item"("type");
CREATE INDEX "Item_ownerId_idx" ON "Item"("ownerId");
CREATE TABLE "new_ItemSet" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "factIds" JSONB,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ItemSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ItemSet" ("description", "kind", "position", "slug", "title") SELECT "description", "kind", "position", "slug", "title" FROM "ItemSet";
DROP TABLE "ItemSet";
ALTER TABLE "new_ItemSet" RENAME TO "ItemSet";
CREATE INDEX "ItemSet_ownerId_idx" ON "ItemSet"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SetShare_teacherId_idx" ON "SetShare"("teacherId");
