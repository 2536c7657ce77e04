-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registryId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "objectName" TEXT NOT NULL DEFAULT '',
    "changes" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RegisteredModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'LIVE',
    "modelCard" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "latestVersionId" TEXT,
    "latestVersionName" TEXT,
    "latestVersionCreatedAt" DATETIME,
    CONSTRAINT "RegisteredModel_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registryId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'LIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelArtifact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registryId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "uri" TEXT,
    "endpoint" TEXT,
    "bucket" TEXT,
    "region" TEXT,
    "path" TEXT,
    "modelFormatName" TEXT NOT NULL DEFAULT '',
    "modelFormatVersion" TEXT NOT NULL DEFAULT '',
    "sourceKind" TEXT,
    "sourceName" TEXT,
    "sourceId" TEXT,
    "sourceUri" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "ModelArtifact_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelLabel" (
    "modelId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("modelId", "value"),
    CONSTRAINT "ModelLabel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VersionLabel" (
    "versionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("versionId", "value"),
    CONSTRAINT "VersionLabel_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelProperty" (
    "modelId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stringValue" TEXT,
    "numberValue" REAL,
    "boolValue" BOOLEAN,

    PRIMARY KEY ("modelId", "key"),
    CONSTRAINT "ModelProperty_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VersionProperty" (
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stringValue" TEXT,
    "numberValue" REAL,
    "boolValue" BOOLEAN,

    PRIMARY KEY ("versionId", "key"),
    CONSTRAINT "VersionProperty_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Registry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Registry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Registry" ("createdAt", "createdById", "description", "displayName", "id", "name", "updatedAt") SELECT "createdAt", "createdById", "description", "displayName", "id", "name", "updatedAt" FROM "Registry";
DROP TABLE "Registry";
ALTER TABLE "new_Registry" RENAME TO "Registry";
CREATE UNIQUE INDEX "Registry_name_key" ON "Registry"("name");
CREATE INDEX "Registry_createdAt_id_idx" ON "Registry"("createdAt", "id");
CREATE INDEX "Registry_updatedAt_id_idx" ON "Registry"("updatedAt", "id");
CREATE INDEX "Registry_displayName_id_idx" ON "Registry"("displayName", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEvent_registryId_createdAt_id_idx" ON "AuditEvent"("registryId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_objectType_objectId_createdAt_idx" ON "AuditEvent"("objectType", "objectId", "createdAt");

-- CreateIndex
CREATE INDEX "RegisteredModel_registryId_state_name_id_idx" ON "RegisteredModel"("registryId", "state", "name", "id");

-- CreateIndex
CREATE INDEX "RegisteredModel_registryId_state_createdAt_id_idx" ON "RegisteredModel"("registryId", "state", "createdAt", "id");

-- CreateIndex
CREATE INDEX "RegisteredModel_registryId_state_updatedAt_id_idx" ON "RegisteredModel"("registryId", "state", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "RegisteredModel_registryId_owner_idx" ON "RegisteredModel"("registryId", "owner");

-- CreateIndex
CREATE UNIQUE INDEX "RegisteredModel_registryId_name_key" ON "RegisteredModel"("registryId", "name");

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_state_name_id_idx" ON "ModelVersion"("modelId", "state", "name", "id");

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_state_createdAt_id_idx" ON "ModelVersion"("modelId", "state", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_state_updatedAt_id_idx" ON "ModelVersion"("modelId", "state", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_author_idx" ON "ModelVersion"("modelId", "author");

-- CreateIndex
CREATE INDEX "ModelVersion_registryId_idx" ON "ModelVersion"("registryId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_modelId_name_key" ON "ModelVersion"("modelId", "name");

-- CreateIndex
CREATE INDEX "ModelArtifact_versionId_createdAt_id_idx" ON "ModelArtifact"("versionId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ModelLabel_value_modelId_idx" ON "ModelLabel"("value", "modelId");

-- CreateIndex
CREATE INDEX "VersionLabel_value_versionId_idx" ON "VersionLabel"("value", "versionId");

-- CreateIndex
CREATE INDEX "ModelProperty_key_numberValue_idx" ON "ModelProperty"("key", "numberValue");

-- CreateIndex
CREATE INDEX "ModelProperty_key_stringValue_idx" ON "ModelProperty"("key", "stringValue");

-- CreateIndex
CREATE INDEX "VersionProperty_key_numberValue_idx" ON "VersionProperty"("key", "numberValue");

-- CreateIndex
CREATE INDEX "VersionProperty_key_stringValue_idx" ON "VersionProperty"("key", "stringValue");

-- Keyword search (maintained by lib/server/db/search.ts, not by Prisma): one document
-- per model holding the names, descriptions and labels of the model and its versions.
-- An FTS5 index with the trigram tokenizer over it answers substring queries.
CREATE TABLE "model_search" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "model_id" TEXT NOT NULL UNIQUE REFERENCES "RegisteredModel" ("id") ON DELETE CASCADE,
    "registry_id" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
CREATE VIRTUAL TABLE "model_search_fts" USING fts5("body", content = 'model_search', content_rowid = 'rowid', tokenize = 'trigram');
CREATE TRIGGER "model_search_ai" AFTER INSERT ON "model_search" BEGIN
    INSERT INTO "model_search_fts" ("rowid", "body") VALUES (new."rowid", new."body");
END;
CREATE TRIGGER "model_search_ad" AFTER DELETE ON "model_search" BEGIN
    INSERT INTO "model_search_fts" ("model_search_fts", "rowid", "body") VALUES ('delete', old."rowid", old."body");
END;
CREATE TRIGGER "model_search_au" AFTER UPDATE ON "model_search" BEGIN
    INSERT INTO "model_search_fts" ("model_search_fts", "rowid", "body") VALUES ('delete', old."rowid", old."body");
    INSERT INTO "model_search_fts" ("rowid", "body") VALUES (new."rowid", new."body");
END;
