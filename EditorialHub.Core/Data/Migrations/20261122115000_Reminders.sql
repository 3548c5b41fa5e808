CREATE TABLE "SentReminders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SentReminders" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "SentAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_SentReminders_Key" ON "SentReminders" ("Key");
