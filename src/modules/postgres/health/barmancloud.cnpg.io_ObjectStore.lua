-- Health of a Barman Cloud plugin ObjectStore (where a CloudNativePG cluster archives its WAL and base backups),
-- plugin-barman-cloud 0.14.
-- The status is a ledger the plugin's sidecar keeps per server (the cluster writing there): serverRecoveryWindow maps
-- each server to firstRecoverabilityPoint, lastSuccessfulBackupTime and lastFailedBackupTime (api/v1/objectstore_types.go,
-- internal/cnpgi/instance/recovery_window.go). The sidecar of the primary reads the catalog when it starts and every
-- retention interval after; a backup updates it too. There is no observedGeneration: the spec is only configuration.
-- Times are RFC 3339 in UTC with whole seconds (metav1.Time), so comparing the strings compares the times.
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

local windows = nil
if obj.status ~= nil then
  windows = obj.status.serverRecoveryWindow
end
-- The servers in a fixed order, so that the message does not change from one assessment to the next.
local servers = {}
if windows ~= nil then
  for server, _ in pairs(windows) do
    table.insert(servers, server)
  end
  table.sort(servers)
end

if #servers == 0 then
  -- Nothing read yet: the primary's sidecar has not reached the store (still starting, or the store is unreachable,
  -- which the cluster's events and the plugin's logs explain).
  hs.status = "Progressing"
  hs.message = "Waiting for the Barman Cloud plugin to read the backup catalog"
  return hs
end

-- A failure newer than the last success: the most recent backup of that server failed, so the recovery window is
-- getting older with every hour. A failure followed by a success has healed.
local failed = {}
local pending = {}
local succeeded = {}
for _, server in ipairs(servers) do
  local window = windows[server]
  local success = window.lastSuccessfulBackupTime
  local failure = window.lastFailedBackupTime
  if failure ~= nil and (success == nil or failure > success) then
    table.insert(failed, server .. " at " .. failure)
  elseif success == nil then
    table.insert(pending, server)
  else
    table.insert(succeeded, server .. " at " .. success)
  end
end

if #failed > 0 then
  hs.status = "Degraded"
  hs.message = "Last backup failed: " .. table.concat(failed, ", ")
  return hs
end

-- The catalog was read but holds no backup of this server yet. The platform's ScheduledBackup is `immediate`, so the
-- first one follows within minutes of the cluster becoming ready.
if #pending > 0 then
  hs.status = "Progressing"
  hs.message = "Waiting for a first successful backup of " .. table.concat(pending, ", ")
  return hs
end

hs.status = "Healthy"
hs.message = "Last successful backup: " .. table.concat(succeeded, ", ")
return hs
