ALTER TABLE "SchoolYears" ADD "CountsMonthsOutsideYear" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "QuotaTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuotaTargets" PRIMARY KEY AUTOINCREMENT,
    "UnitId" INTEGER NOT NULL,
    "FromMonth" TEXT NOT NULL,
    "Target" INTEGER NOT NULL,
    "SetById" TEXT NOT NULL,
    "SetAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_QuotaTargets_AspNetUsers_SetById" FOREIGN KEY ("SetById") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuotaTargets_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_QuotaTargets_SetById" ON "QuotaTargets" ("SetById");

CREATE INDEX "IX_QuotaTargets_UnitId_FromMonth" ON "QuotaTargets" ("UnitId", "FromMonth");
