-- Health of a CloudNativePG Database (a database created and kept by the instance manager), CloudNativePG 1.30.
-- The status: applied (true, false, or absent while unknown), message, observedGeneration, and per-object results for
-- schemas, extensions, FDWs and servers (api/v1/database_types.go, api/v1/database_funcs.go,
-- internal/management/controller/database_controller.go).
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

if obj.status == nil then
  -- The instance manager of the primary writes the status once it has tried the database.
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to reconcile the database"
  return hs
end

-- The latest attempt failed. Checked before the generation: a failure never advances observedGeneration (only success
-- does), so after an edit that fails the generation would otherwise hide the failure behind "Progressing" for good.
if obj.status.applied == false then
  local details = {}
  -- The overall message of a failing schema or extension is generic; the objects' own messages say what went wrong.
  local lists = { schema = obj.status.schemas, extension = obj.status.extensions, fdw = obj.status.fdws, server = obj.status.servers }
  local kinds = { "schema", "extension", "fdw", "server" }
  for _, kind in ipairs(kinds) do
    if lists[kind] ~= nil then
      for _, item in ipairs(lists[kind]) do
        if item.applied ~= true then
          table.insert(details, kind .. " " .. tostring(item.name) .. ": " .. (item.message or "not applied"))
        end
      end
    end
  end
  hs.status = "Degraded"
  hs.message = obj.status.message or "The database could not be reconciled"
  if #details > 0 then
    hs.message = hs.message .. " (" .. table.concat(details, "; ") .. ")"
  end
  return hs
end

-- applied absent: not tried yet, or unknown on purpose (on a replica cluster the database belongs to the primary
-- cluster, and the message says so). Either way the operator is waiting, not failing.
if obj.status.applied ~= true then
  hs.status = "Progressing"
  hs.message = obj.status.message or "Waiting for the operator to apply the database"
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

hs.status = "Healthy"
hs.message = "Database applied"
return hs
