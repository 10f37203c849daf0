-- AlterTable
ALTER TABLE "Invite" ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'member';
