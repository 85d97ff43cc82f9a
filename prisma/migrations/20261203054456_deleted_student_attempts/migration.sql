-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT,
    "deletedStudentKey" TEXT,
    "rightItemIds" JSONB,
    "assignmentId" TEXT,
    "setSlug" TEXT NOT NULL,
    "itemIds" JSONB NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "score" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Attempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("assignmentId", "finishedAt", "id", "itemIds", "score", "setSlug", "startedAt", "studentId") SELECT "assignmentId", "finishedAt", "id", "itemIds", "score", "setSlug", "startedAt", "studentId" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_studentId_startedAt_idx" ON "Attempt"("studentId", "startedAt");
CREATE INDEX "Attempt_assignmentId_studentId_idx" ON "Attempt"("assignmentId", "studentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
