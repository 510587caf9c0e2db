-- Health of a MongoDBCommunity replica set, MongoDB Controllers for Kubernetes (MCK) 1.10.
-- The operator reports status.phase Running, Pending or Failed with status.message, and after a complete
-- reconciliation the version and member counts it reached (mongodb-community-operator/api/v1/mongodbcommunity_types.go,
-- mongodb-community-operator/controllers/replica_set_controller.go). The status has no observedGeneration.
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

if obj.status == nil or obj.status.phase == nil or obj.status.phase == "" then
  -- The operator writes a phase at the end of every reconciliation, the first included.
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to reconcile the replica set"
  return hs
end

local phase = obj.status.phase
local message = obj.status.message
if message == "" then
  message = nil
end

if phase == "Failed" then
  -- An error the operator met (a spec it refuses, a Secret it cannot read, a StatefulSet it cannot update); it retries,
  -- but something has to change first.
  hs.status = "Degraded"
  hs.message = message or "The operator failed to reconcile the replica set"
  return hs
end

if phase == "Pending" then
  -- The operator is waiting on something it expects to happen: members becoming ready, a scaling step, TLS material.
  hs.status = "Progressing"
  hs.message = message or "The operator is waiting for the replica set"
  return hs
end

if phase == "Running" then
  -- Running is written with the version and member count reached. A spec asking for more (an edit the operator has
  -- not reconciled yet) is still on its way, and without an observedGeneration this is the only sign of it.
  local spec = obj.spec or {}
  if spec.version ~= nil and obj.status.version ~= nil and spec.version ~= obj.status.version then
    hs.status = "Progressing"
    hs.message = "Moving MongoDB from " .. obj.status.version .. " to " .. spec.version
    return hs
  end
  local members = obj.status.currentMongoDBMembers or 0
  if spec.members ~= nil and members ~= spec.members then
    hs.status = "Progressing"
    hs.message = "Scaling the replica set from " .. members .. " to " .. spec.members .. " members"
    return hs
  end
  hs.status = "Healthy"
  hs.message = "Replica set running MongoDB " .. (obj.status.version or "(version not reported)") .. " with " .. members .. " member(s)"
  return hs
end

-- A phase this check does not know (a newer operator): say what the operator said rather than guess.
hs.status = "Unknown"
hs.message = "Phase " .. phase .. ": " .. (message or "no message")
return hs
