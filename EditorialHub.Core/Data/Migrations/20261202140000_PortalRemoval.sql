ALTER TABLE "Articles" ADD "RemovedFromPortalById" TEXT NULL;
ALTER TABLE "Articles" ADD "RemovedFromPortalAtUtc" TEXT NULL;
