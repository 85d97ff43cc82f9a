-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "deletedStudentKey" TEXT,
ADD COLUMN     "rightItemIds" JSONB,
ALTER COLUMN "studentId" DROP NOT NULL;
