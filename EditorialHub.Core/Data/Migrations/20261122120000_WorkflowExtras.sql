ALTER TABLE "Articles" ADD "PublishedRevisionNumber" INTEGER NULL;

UPDATE "Articles" SET "PublishedRevisionNumber" = "RevisionNumber" WHERE "PublishedAtUtc" IS NOT NULL;
