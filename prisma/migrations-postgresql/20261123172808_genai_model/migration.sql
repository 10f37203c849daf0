-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "motion" TEXT;

-- CreateTable
CREATE TABLE "DimensionRating" (
    "assessmentId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "current" TEXT NOT NULL,
    "target" INTEGER,
    "evidence" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DimensionRating_pkey" PRIMARY KEY ("assessmentId","dimensionId")
);

-- CreateTable
CREATE TABLE "RoadmapEntry" (
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "whatItLooksLike" TEXT NOT NULL,
    "infrastructure" TEXT NOT NULL,
    "training" TEXT NOT NULL,
    "governance" TEXT NOT NULL,
    "successMeasure" TEXT NOT NULL,
    "targetDate" TEXT NOT NULL,
    "marketingOwner" TEXT NOT NULL,
    "itOwner" TEXT NOT NULL,
    "marketingWin" TEXT NOT NULL,
    "itWin" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoadmapEntry_pkey" PRIMARY KEY ("assessmentId","position")
);

-- AddForeignKey
ALTER TABLE "DimensionRating" ADD CONSTRAINT "DimensionRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapEntry" ADD CONSTRAINT "RoadmapEntry_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
