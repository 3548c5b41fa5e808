CREATE TABLE "ArticleComments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleComments" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "VisibleToProvider" INTEGER NOT NULL,
    "MentionedPersonId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ArticleComments_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArticleComments_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArticleComments_AspNetUsers_MentionedPersonId" FOREIGN KEY ("MentionedPersonId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "RecipientId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "ArticleId" INTEGER NULL,
    "Subject" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" INTEGER NULL,
    "State" INTEGER NULL,
    "Note" TEXT NULL,
    "Number" INTEGER NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ReadAtUtc" TEXT NULL,
    CONSTRAINT "FK_Notifications_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Notifications_AspNetUsers_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ArticleComments_ArticleId_Id" ON "ArticleComments" ("ArticleId", "Id");

CREATE INDEX "IX_ArticleComments_AuthorId" ON "ArticleComments" ("AuthorId");

CREATE INDEX "IX_ArticleComments_MentionedPersonId" ON "ArticleComments" ("MentionedPersonId");

CREATE INDEX "IX_Notifications_ArticleId" ON "Notifications" ("ArticleId");

CREATE INDEX "IX_Notifications_RecipientId_Id" ON "Notifications" ("RecipientId", "Id");

CREATE INDEX "IX_Notifications_RecipientId_ReadAtUtc" ON "Notifications" ("RecipientId", "ReadAtUtc");
