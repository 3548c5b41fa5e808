CREATE TABLE "SignInSessions" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_SignInSessions" PRIMARY KEY,
    "PersonId" TEXT NULL,
    "Ticket" BLOB NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_SignInSessions_ExpiresAtUtc" ON "SignInSessions" ("ExpiresAtUtc");

CREATE INDEX "IX_SignInSessions_PersonId" ON "SignInSessions" ("PersonId");

CREATE TABLE "SignInFailures" (
    "NormalizedName" TEXT NOT NULL CONSTRAINT "PK_SignInFailures" PRIMARY KEY,
    "Failures" INTEGER NOT NULL,
    "LastFailureAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_SignInFailures_LastFailureAtUtc" ON "SignInFailures" ("LastFailureAtUtc");
