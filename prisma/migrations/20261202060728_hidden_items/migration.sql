-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "setSlug" TEXT NOT NULL,
    "itemIds" JSONB NOT NULL,
    "hiddenItemIds" JSONB NOT NULL DEFAULT '[]',
    "title" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "attemptsAllowed" INTEGER NOT NULL,
    "revealAnswers" TEXT NOT NULL,
    "shuffle" BOOLEAN NOT NULL,
    "withdrawnAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("attemptsAllowed", "classId", "createdAt", "dueAt", "id", "itemIds", "mode", "opensAt", "questionCount", "revealAnswers", "setSlug", "shuffle", "timeZone", "title", "updatedAt", "withdrawnAt") SELECT "attemptsAllowed", "classId", "createdAt", "dueAt", "id", "itemIds", "mode", "opensAt", "questionCount", "revealAnswers", "setSlug", "shuffle", "timeZone", "title", "updatedAt", "withdrawnAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
