CREATE TABLE "Attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "UploadedById" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "AltText" TEXT NULL,
    CONSTRAINT "FK_Attachments_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Attachments_AspNetUsers_UploadedById" FOREIGN KEY ("UploadedById") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Attachments_ArticleId" ON "Attachments" ("ArticleId");

CREATE UNIQUE INDEX "IX_Attachments_StoredName" ON "Attachments" ("StoredName");

CREATE INDEX "IX_Attachments_UploadedById" ON "Attachments" ("UploadedById");

