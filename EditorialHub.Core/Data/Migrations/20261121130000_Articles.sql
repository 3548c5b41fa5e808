CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Category" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Flags" INTEGER NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "EventEndDate" TEXT NULL,
    "Source" TEXT NULL,
    "DocumentNumber" TEXT NULL,
    "DocumentIssuedOn" TEXT NULL,
    "DocumentIssuingBody" TEXT NULL,
    "DocumentSummary" TEXT NULL,
    "State" INTEGER NOT NULL,
    "ApprovalLevel" INTEGER NULL,
    "SubmittedByEditor" INTEGER NOT NULL,
    "IsEscalated" INTEGER NOT NULL,
    "AssignedEditorId" TEXT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "ApprovedById" TEXT NULL,
    "ApprovedAtUtc" TEXT NULL,
    "PublishedById" TEXT NULL,
    "PublishedAtUtc" TEXT NULL,
    "PortalUrl" TEXT NULL,
    "RefusalGround" INTEGER NULL,
    "TakeDownGround" INTEGER NULL,
    "TakenDownAtUtc" TEXT NULL,
    "TakeDownRequestedById" TEXT NULL,
    "TakeDownRequestedAtUtc" TEXT NULL,
    "TakeDownRequestGround" INTEGER NULL,
    "TakeDownRequestNote" TEXT NULL,
    "RevisionNumber" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Articles_AspNetUsers_AssignedEditorId" FOREIGN KEY ("AssignedEditorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Articles_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Articles_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ArticleEditors" (
    "ArticleId" INTEGER NOT NULL,
    "PersonId" TEXT NOT NULL,
    CONSTRAINT "PK_ArticleEditors" PRIMARY KEY ("ArticleId", "PersonId"),
    CONSTRAINT "FK_ArticleEditors_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ArticleEditors_AspNetUsers_PersonId" FOREIGN KEY ("PersonId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ArticleRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleRevisions" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ArticleRevisions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArticleRevisions_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ArticleTransitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleTransitions" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "ActorId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "From" INTEGER NOT NULL,
    "To" INTEGER NOT NULL,
    "Action" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "RefusalGround" INTEGER NULL,
    "TakeDownGround" INTEGER NULL,
    CONSTRAINT "FK_ArticleTransitions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArticleTransitions_AspNetUsers_ActorId" FOREIGN KEY ("ActorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ArticleEditors_PersonId" ON "ArticleEditors" ("PersonId");

CREATE UNIQUE INDEX "IX_ArticleRevisions_ArticleId_Number" ON "ArticleRevisions" ("ArticleId", "Number");

CREATE INDEX "IX_ArticleRevisions_AuthorId" ON "ArticleRevisions" ("AuthorId");

CREATE INDEX "IX_Articles_AssignedEditorId" ON "Articles" ("AssignedEditorId");

CREATE INDEX "IX_Articles_AuthorId" ON "Articles" ("AuthorId");

CREATE INDEX "IX_Articles_PublishedAtUtc" ON "Articles" ("PublishedAtUtc");

CREATE INDEX "IX_Articles_State_UpdatedAtUtc" ON "Articles" ("State", "UpdatedAtUtc");

CREATE INDEX "IX_Articles_UnitId_State" ON "Articles" ("UnitId", "State");

CREATE INDEX "IX_ArticleTransitions_Action_AtUtc" ON "ArticleTransitions" ("Action", "AtUtc");

CREATE INDEX "IX_ArticleTransitions_ActorId" ON "ArticleTransitions" ("ActorId");

CREATE INDEX "IX_ArticleTransitions_ArticleId_Id" ON "ArticleTransitions" ("ArticleId", "Id");
