ALTER TABLE "Articles" ADD "CorrectionBase" TEXT NULL;
