CREATE TABLE "SecurityEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SecurityEvents" PRIMARY KEY AUTOINCREMENT,
    "OccurredAtUtc" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "PersonId" TEXT NULL,
    "ActorId" TEXT NULL,
    "UserName" TEXT NULL,
    "Address" TEXT NULL,
    "Detail" TEXT NULL
);

CREATE INDEX "IX_SecurityEvents_OccurredAtUtc" ON "SecurityEvents" ("OccurredAtUtc");

CREATE INDEX "IX_SecurityEvents_PersonId" ON "SecurityEvents" ("PersonId");

