-- CreateIndex
CREATE INDEX "Card_userId_state_createdAt_idx" ON "Card"("userId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_undoneAt_reviewedAt_idx" ON "ReviewLog"("userId", "undoneAt", "reviewedAt");
