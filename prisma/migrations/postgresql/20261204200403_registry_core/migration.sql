-- AlterTable
ALTER TABLE "Registry" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "registryId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "objectName" TEXT NOT NULL DEFAULT '',
    "changes" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisteredModel" (
    "id" TEXT NOT NULL,
    "registryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'LIVE',
    "modelCard" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "latestVersionId" TEXT,
    "latestVersionName" TEXT,
    "latestVersionCreatedAt" TIMESTAMP(3),

    CONSTRAINT "RegisteredModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL,
    "registryId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'LIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelArtifact" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ModelArtifact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelLabel" (
    "modelId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ModelLabel_pkey" PRIMARY KEY ("modelId","value")
);

-- CreateTable
CREATE TABLE "VersionLabel" (
    "versionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "VersionLabel_pkey" PRIMARY KEY ("versionId","value")
);

-- CreateTable
CREATE TABLE "ModelProperty" (
    "modelId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stringValue" TEXT,
    "numberValue" DOUBLE PRECISION,
    "boolValue" BOOLEAN,

    CONSTRAINT "ModelProperty_pkey" PRIMARY KEY ("modelId","key")
);

-- CreateTable
CREATE TABLE "VersionProperty" (
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stringValue" TEXT,
    "numberValue" DOUBLE PRECISION,
    "boolValue" BOOLEAN,

    CONSTRAINT "VersionProperty_pkey" PRIMARY KEY ("versionId","key")
);

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

-- CreateIndex
CREATE INDEX "Registry_updatedAt_id_idx" ON "Registry"("updatedAt", "id");

-- AddForeignKey
ALTER TABLE "RegisteredModel" ADD CONSTRAINT "RegisteredModel_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelArtifact" ADD CONSTRAINT "ModelArtifact_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelLabel" ADD CONSTRAINT "ModelLabel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionLabel" ADD CONSTRAINT "VersionLabel_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelProperty" ADD CONSTRAINT "ModelProperty_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionProperty" ADD CONSTRAINT "VersionProperty_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keyword search (maintained by lib/server/db/search.ts, not by Prisma): one document
-- per model holding the names, descriptions and labels of the model and its versions.
-- A trigram GIN index answers substring (ILIKE '%…%') queries.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE "model_search" (
    "model_id" TEXT NOT NULL PRIMARY KEY REFERENCES "RegisteredModel"("id") ON DELETE CASCADE,
    "registry_id" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
CREATE INDEX "model_search_body_trgm" ON "model_search" USING gin ("body" gin_trgm_ops);
CREATE INDEX "model_search_registry" ON "model_search" ("registry_id");
