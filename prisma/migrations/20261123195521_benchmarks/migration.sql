-- CreateTable
CREATE TABLE "AssessmentPartScore" (
    "assessmentId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    PRIMARY KEY ("assessmentId", "part"),
    CONSTRAINT "AssessmentPartScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BenchmarkSnapshot" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "payload" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrument" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "browserKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    "motion" TEXT,
    "organizationId" TEXT,
    "claimedAt" DATETIME,
    "roundId" TEXT,
    "respondentFunction" TEXT,
    "overallScore" INTEGER,
    "overallLevel" INTEGER,
    "benchmarkOptIn" BOOLEAN NOT NULL DEFAULT false,
    "benchmarkOptInAt" DATETIME,
    CONSTRAINT "Assessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assessment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("browserKey", "claimedAt", "completedAt", "createdAt", "id", "instrument", "motion", "organizationId", "overallLevel", "overallScore", "respondentFunction", "roundId", "status", "updatedAt") SELECT "browserKey", "claimedAt", "completedAt", "createdAt", "id", "instrument", "motion", "organizationId", "overallLevel", "overallScore", "respondentFunction", "roundId", "status", "updatedAt" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_browserKey_idx" ON "Assessment"("browserKey");
CREATE INDEX "Assessment_organizationId_idx" ON "Assessment"("organizationId");
CREATE INDEX "Assessment_roundId_idx" ON "Assessment"("roundId");
CREATE INDEX "Assessment_instrument_status_benchmarkOptIn_idx" ON "Assessment"("instrument", "status", "benchmarkOptIn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AssessmentPartScore_part_value_idx" ON "AssessmentPartScore"("part", "value");
