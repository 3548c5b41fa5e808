ALTER TABLE "Articles" ADD "PublishedRevisionNumber" INTEGER NULL;

UPDATE "Articles" SET "PublishedRevisionNumber" = "RevisionNumber" WHERE "PublishedAtUtc" IS NOT NULL;

CREATE INDEX "IX_Articles_UpdatedAtUtc" ON "Articles" ("UpdatedAtUtc");

CREATE INDEX "IX_Articles_UnitId_UpdatedAtUtc" ON "Articles" ("UnitId", "UpdatedAtUtc");
