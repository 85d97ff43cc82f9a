-- AlterEnum
ALTER TYPE "SetKind" ADD VALUE 'custom';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "importedFrom" TEXT;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "authored" JSONB,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "ItemSet" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "factIds" JSONB,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SetShare" (
    "setSlug" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetShare_pkey" PRIMARY KEY ("setSlug","teacherId")
);

-- CreateTable
CREATE TABLE "ItemEdit" (
    "ownerId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "rejectedAt" TIMESTAMP(3),
    "explanation" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItemEdit_pkey" PRIMARY KEY ("ownerId","itemId")
);

-- CreateIndex
CREATE INDEX "SetShare_teacherId_idx" ON "SetShare"("teacherId");

-- CreateIndex
CREATE INDEX "Fact_ownerId_idx" ON "Fact"("ownerId");

-- CreateIndex
CREATE INDEX "Item_ownerId_idx" ON "Item"("ownerId");

-- CreateIndex
CREATE INDEX "ItemSet_ownerId_idx" ON "ItemSet"("ownerId");

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSet" ADD CONSTRAINT "ItemSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SetShare" ADD CONSTRAINT "SetShare_setSlug_fkey" FOREIGN KEY ("setSlug") REFERENCES "ItemSet"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SetShare" ADD CONSTRAINT "SetShare_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemEdit" ADD CONSTRAINT "ItemEdit_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
