CREATE TABLE "SettingChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SettingChanges" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "PreviousValue" TEXT NULL,
    "ChangedById" TEXT NOT NULL,
    "ChangedAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_SettingChanges_Key" ON "SettingChanges" ("Key");
