-- One name per concept (docs/ARCHITECTURE.md, glossary): a fact's and an
-- item's content level is "level" (FSRS's difficulty stays on Card and
-- ReviewLog), the person behind a claim or quote is its "voice", and where a
-- review was made is its "origin", and string columns with a fixed set of values
-- become enums. Renamed and converted in place so that every row keeps its
-- value.

-- CreateEnum
CREATE TYPE "AssignmentMode" AS ENUM ('quiz', 'flashcards', 'both');

-- CreateEnum
CREATE TYPE "FactKind" AS ENUM ('fact', 'claim', 'quote', 'opinion');

-- CreateEnum
CREATE TYPE "SetKind" AS ENUM ('article', 'topic', 'all');

-- CreateEnum
CREATE TYPE "ReviewOrigin" AS ENUM ('flashcard', 'quiz');

-- AlterTable
ALTER TABLE "Assignment" ALTER COLUMN "mode" TYPE "AssignmentMode" USING ("mode"::"AssignmentMode");

-- AlterTable
ALTER TABLE "Fact" RENAME COLUMN "attributedTo" TO "voice";
ALTER TABLE "Fact" ALTER COLUMN "kind" TYPE "FactKind" USING ("kind"::"FactKind");

-- AlterTable
ALTER TABLE "Card" RENAME COLUMN "difficulty" TO "fsrsDifficulty";

-- AlterTable
ALTER TABLE "ItemSet" ALTER COLUMN "kind" TYPE "SetKind" USING ("kind"::"SetKind");

-- AlterTable
ALTER TABLE "ReviewLog" RENAME COLUMN "source" TO "origin";
ALTER TABLE "ReviewLog" RENAME COLUMN "difficulty" TO "fsrsDifficulty";
ALTER TABLE "ReviewLog" ALTER COLUMN "origin" TYPE "ReviewOrigin" USING ("origin"::"ReviewOrigin");
