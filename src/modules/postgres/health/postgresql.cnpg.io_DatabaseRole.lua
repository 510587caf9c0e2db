-- Health of a CloudNativePG DatabaseRole (a PostgreSQL role kept by the instance manager), new in CloudNativePG 1.30.
-- The status: applied (true, false, or absent while unknown), message, observedGeneration, secretResourceVersion (the
-- password Secret version last applied), the PasswordSecretChange condition (the version the operator last saw) and
-- clientCertificate (api/v1/databaserole_types.go, api/v1/databaserole_funcs.go,
-- internal/management/controller/databaserole_controller.go, docs/src/declarative_role_management.md).
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

if obj.status == nil then
  -- The instance manager of the primary writes the status once it has tried the role.
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to reconcile the role"
  return hs
end

-- The latest attempt failed (a missing password Secret, a role the Cluster spec already manages, an SQL error).
-- Checked before the generation: a failure never advances observedGeneration, so an edit that fails would otherwise
-- stay "Progressing" for good.
if obj.status.applied == false then
  hs.status = "Degraded"
  hs.message = obj.status.message or "The role could not be reconciled"
  return hs
end

-- applied absent: not tried yet, or unknown on purpose (on a replica cluster the role belongs to the primary cluster,
-- and the message says so). Either way the operator is waiting, not failing.
if obj.status.applied ~= true then
  hs.status = "Progressing"
  hs.message = obj.status.message or "Waiting for the operator to apply the role"
  return hs
end

-- A spec newer than the one last applied: the operator has not reached it yet.
local generation = obj.metadata.generation or 0
local observed = obj.status.observedGeneration or 0
if observed < generation then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to apply generation " .. generation .. " (applied: " .. observed .. ")"
  return hs
end

-- The password Secret changed since it was last applied: the operator records the version it sees in the condition's
-- message, and the instance manager applies it and copies it to secretResourceVersion.
if obj.spec ~= nil and obj.spec.passwordSecret ~= nil and obj.status.conditions ~= nil then
  for _, condition in ipairs(obj.status.conditions) do
    if condition.type == "PasswordSecretChange" and condition.message ~= nil and condition.message ~= obj.status.secretResourceVersion then
      hs.status = "Progressing"
      hs.message = "Applying the changed password (Secret version " .. condition.message .. ")"
      return hs
    end
  end
end

-- The role is in place but its client certificate cannot be issued (a client CA without a private key): the operator
-- records why and stops retrying, so this will not heal by itself.
local certificate = obj.status.clientCertificate
if certificate ~= nil and certificate.message ~= nil and certificate.message ~= "" then
  hs.status = "Degraded"
  hs.message = "Client certificate: " .. certificate.message
  return hs
end

hs.status = "Healthy"
hs.message = "Role applied"
return hs
