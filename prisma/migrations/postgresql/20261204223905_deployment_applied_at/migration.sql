-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "appliedAt" TIMESTAMP(3);
