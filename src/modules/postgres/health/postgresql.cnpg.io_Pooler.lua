-- Health of a CloudNativePG Pooler (PgBouncer in front of a Cluster), CloudNativePG 1.30.
-- The operator reports status.phase (active, paused, inactive, failed) with status.phaseReason, and status.error
-- when its admission validation refuses the spec (api/v1/pooler_types.go, internal/controller/pooler_status.go).
-- The status has no observedGeneration: the phase is all the operator says about the current spec.
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

if obj.status == nil then
  -- The operator writes the status on its first reconciliation.
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to reconcile the Pooler"
  return hs
end

-- A spec the validation refuses: the operator stops reconciling the Pooler until the spec changes.
if obj.status.error ~= nil and obj.status.error ~= "" then
  hs.status = "Degraded"
  hs.message = "Pooler refused: " .. obj.status.error
  return hs
end

local phase = obj.status.phase
local reason = obj.status.phaseReason
if reason == "" then
  reason = nil
end

if phase == "failed" then
  -- A configuration error (an image catalog that does not resolve, for example): waiting does not fix it.
  hs.status = "Degraded"
  hs.message = reason or "The operator cannot reconcile the Pooler"
  return hs
end

if phase == "inactive" then
  -- A prerequisite is missing (the Cluster, or a certificate Secret the Cluster creates). The operator retries every
  -- 30 seconds, and on a fresh install these appear as the Cluster comes up: waiting, not broken.
  hs.status = "Progressing"
  hs.message = "Waiting for a prerequisite: " .. (reason or "the operator gave no reason")
  return hs
end

if phase == "paused" then
  -- spec.pgbouncer.paused: PgBouncer holds new client connections on purpose, until the pause is lifted.
  hs.status = "Suspended"
  hs.message = "PgBouncer is paused: new client connections are queued"
  return hs
end

if phase == "active" then
  -- Active says the configuration is in place; the pods belong to a Deployment the operator owns, which Argo CD does not
  -- judge for the Pooler. status.instances counts that Deployment's pods: fewer than asked means it is still scaling up.
  local wanted = 1 -- the CRD's default for spec.instances
  if obj.spec ~= nil and obj.spec.instances ~= nil then
    wanted = obj.spec.instances
  end
  local created = obj.status.instances or 0
  if created < wanted then
    hs.status = "Progressing"
    hs.message = "PgBouncer pods: " .. created .. " of " .. wanted .. " created"
    return hs
  end
  hs.status = "Healthy"
  hs.message = "PgBouncer is active with " .. created .. " pod(s)"
  return hs
end

-- No phase: an operator before 1.30 never sets one, and 1.30 sets it once the prerequisites are found.
if phase == nil or phase == "" then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to report the Pooler phase"
  return hs
end

-- A phase this check does not know (the CRD allows none today; a newer operator might): say what the operator said
-- rather than guess.
hs.status = "Unknown"
hs.message = "Pooler phase " .. phase .. ": " .. (reason or "no reason given")
return hs
