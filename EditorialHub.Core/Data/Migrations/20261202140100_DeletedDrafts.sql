CREATE TABLE "DeletedDrafts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeletedDrafts" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "RevisionCount" INTEGER NOT NULL,
    "AttachmentCount" INTEGER NOT NULL,
    "DeletedById" TEXT NOT NULL,
    "DeletedAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_DeletedDrafts_DeletedAtUtc" ON "DeletedDrafts" ("DeletedAtUtc");
