CREATE TABLE "ArchivedReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArchivedReports" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "PrintedById" TEXT NULL,
    "PrintedByName" TEXT NOT NULL,
    "PrintedAtUtc" TEXT NOT NULL,
    "Snapshot" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "CorrectsId" INTEGER NULL,
    CONSTRAINT "FK_ArchivedReports_ArchivedReports_CorrectsId" FOREIGN KEY ("CorrectsId") REFERENCES "ArchivedReports" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArchivedReports_AspNetUsers_PrintedById" FOREIGN KEY ("PrintedById") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ArchivedReports_CorrectsId" ON "ArchivedReports" ("CorrectsId");

CREATE INDEX "IX_ArchivedReports_Kind_PeriodKey" ON "ArchivedReports" ("Kind", "PeriodKey");

CREATE INDEX "IX_ArchivedReports_PrintedById" ON "ArchivedReports" ("PrintedById");

CREATE UNIQUE INDEX "IX_ArchivedReports_Year_Sequence" ON "ArchivedReports" ("Year", "Sequence");

