-- One name per concept (docs/ARCHITECTURE.md, glossary): "difficulty" is the
-- content's (Fact, Item), FSRS's own is "fsrsDifficulty" (Card, ReviewLog),
-- the person behind a claim or quote is its "voice", and where a review was
-- made is its "origin". Renamed in place so that every row keeps
-- its value. On SQLite the new enums are stored as TEXT, as before.
ALTER TABLE "Fact" RENAME COLUMN "attributedTo" TO "voice";
ALTER TABLE "Card" RENAME COLUMN "difficulty" TO "fsrsDifficulty";
ALTER TABLE "ReviewLog" RENAME COLUMN "source" TO "origin";
ALTER TABLE "ReviewLog" RENAME COLUMN "difficulty" TO "fsrsDifficulty";
