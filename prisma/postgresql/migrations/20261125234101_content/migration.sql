-- CreateTable
CREATE TABLE "Article" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "author" TEXT,
    "published" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "attributedTo" TEXT,
    "question" TEXT NOT NULL,
    "answerType" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "timelineDate" TEXT,
    "timelineEvent" TEXT,
    "conflictAbout" TEXT,
    "version" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "factId" TEXT NOT NULL,
    "articleSlug" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "side" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemFact" (
    "itemId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,

    CONSTRAINT "ItemFact_pkey" PRIMARY KEY ("itemId","factId")
);

-- CreateTable
CREATE TABLE "ItemSet" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ItemSet_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "SetItem" (
    "setSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SetItem_pkey" PRIMARY KEY ("setSlug","itemId")
);

-- CreateIndex
CREATE INDEX "Evidence_factId_idx" ON "Evidence"("factId");

-- CreateIndex
CREATE INDEX "Evidence_articleSlug_idx" ON "Evidence"("articleSlug");

-- CreateIndex
CREATE INDEX "Item_type_idx" ON "Item"("type");

-- CreateIndex
CREATE INDEX "ItemFact_factId_idx" ON "ItemFact"("factId");

-- CreateIndex
CREATE INDEX "SetItem_itemId_idx" ON "SetItem"("itemId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleSlug_fkey" FOREIGN KEY ("articleSlug") REFERENCES "Article"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemFact" ADD CONSTRAINT "ItemFact_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemFact" ADD CONSTRAINT "ItemFact_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SetItem" ADD CONSTRAINT "SetItem_setSlug_fkey" FOREIGN KEY ("setSlug") REFERENCES "ItemSet"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SetItem" ADD CONSTRAINT "SetItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;
