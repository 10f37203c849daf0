-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "benchmarkOptIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "benchmarkOptInAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AssessmentPartScore" (
    "assessmentId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "AssessmentPartScore_pkey" PRIMARY KEY ("assessmentId","part")
);

-- CreateTable
CREATE TABLE "BenchmarkSnapshot" (
    "key" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenchmarkSnapshot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AssessmentPartScore_part_value_idx" ON "AssessmentPartScore"("part", "value");

-- CreateIndex
CREATE INDEX "Assessment_instrument_status_benchmarkOptIn_idx" ON "Assessment"("instrument", "status", "benchmarkOptIn");

-- AddForeignKey
ALTER TABLE "AssessmentPartScore" ADD CONSTRAINT "AssessmentPartScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
