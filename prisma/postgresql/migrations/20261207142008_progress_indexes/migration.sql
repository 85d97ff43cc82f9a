-- DropIndex
DROP INDEX "Card_userId_due_idx";

-- CreateIndex
CREATE INDEX "Card_userId_due_state_idx" ON "Card"("userId", "due", "state");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_undoneAt_state_reviewedAt_rating_idx" ON "ReviewLog"("userId", "undoneAt", "state", "reviewedAt", "rating");
