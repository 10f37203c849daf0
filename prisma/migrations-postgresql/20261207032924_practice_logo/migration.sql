-- CreateTable
CREATE TABLE "PracticeLogo" (
    "organizationId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeLogo_pkey" PRIMARY KEY ("organizationId")
);

-- AddForeignKey
ALTER TABLE "PracticeLogo" ADD CONSTRAINT "PracticeLogo_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
