-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN "appliedAt" DATETIME;
