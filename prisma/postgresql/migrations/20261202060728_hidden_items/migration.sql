-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "hiddenItemIds" JSONB NOT NULL DEFAULT '[]';
