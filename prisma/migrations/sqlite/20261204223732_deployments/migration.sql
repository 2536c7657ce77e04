-- CreateTable
CREATE TABLE "ServingEnvironment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "namespace" TEXT,
    "apiServerUrl" TEXT,
    "tokenEncrypted" TEXT,
    "defaultRuntime" TEXT,
    "url" TEXT,
    "createdBy" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "ServingEnvironment_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registryId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "artifactId" TEXT,
    "storageUri" TEXT,
    "modelFormat" TEXT,
    "modelFormatVersion" TEXT,
    "runtime" TEXT NOT NULL,
    "minReplicas" INTEGER NOT NULL DEFAULT 1,
    "maxReplicas" INTEGER NOT NULL DEFAULT 1,
    "cpuRequest" TEXT,
    "cpuLimit" TEXT,
    "memoryRequest" TEXT,
    "memoryLimit" TEXT,
    "gpus" INTEGER,
    "desiredState" TEXT NOT NULL DEFAULT 'DEPLOYED',
    "phase" TEXT NOT NULL DEFAULT 'UNMANAGED',
    "statusUrl" TEXT,
    "statusMessage" TEXT,
    "checkedAt" DATETIME,
    "createdBy" TEXT NOT NULL DEFAULT '',
    "updatedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Deployment_registryId_fkey" FOREIGN KEY ("registryId") REFERENCES "Registry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deployment_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "ServingEnvironment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deployment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deployment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deployment_artifactId_fkey" FOREIGN KEY ("artifactId") REFERENCES "ModelArtifact" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ServingEnvironment_registryId_name_key" ON "ServingEnvironment"("registryId", "name");

-- CreateIndex
CREATE INDEX "Deployment_registryId_createdAt_id_idx" ON "Deployment"("registryId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deployment_registryId_desiredState_createdAt_id_idx" ON "Deployment"("registryId", "desiredState", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deployment_environmentId_createdAt_id_idx" ON "Deployment"("environmentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deployment_modelId_createdAt_id_idx" ON "Deployment"("modelId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deployment_versionId_createdAt_id_idx" ON "Deployment"("versionId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deployment_artifactId_idx" ON "Deployment"("artifactId");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_environmentId_name_key" ON "Deployment"("environmentId", "name");
