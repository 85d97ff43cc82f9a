-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "citedAs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "republishedFrom" TEXT,
ADD COLUMN     "titleIsSupplied" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "conflictCorrection" TEXT,
ADD COLUMN     "conflictKind" TEXT,
ADD COLUMN     "conflictNote" TEXT;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "sideIsError" BOOLEAN NOT NULL DEFAULT false;
