-- Health of a CloudNativePG ScheduledBackup, CloudNativePG 1.30.
-- The status holds the schedule's bookkeeping (lastCheckTime, lastScheduleTime, nextScheduleTime) and status.error when
-- the admission validation refuses the spec (api/v1/scheduledbackup_types.go, internal/controller/scheduledbackup_controller.go).
-- Whether a backup succeeded is the business of the Backup objects it creates (and of the ObjectStore), not of the schedule.
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

-- The operator validates before anything else, and stops on a refused spec until it changes.
if obj.status ~= nil and obj.status.error ~= nil and obj.status.error ~= "" then
  hs.status = "Degraded"
  hs.message = "ScheduledBackup refused: " .. obj.status.error
  return hs
end

-- spec.suspend: an explicit decision to take no backups, which the operator honours before scheduling.
if obj.spec ~= nil and obj.spec.suspend == true then
  hs.status = "Suspended"
  hs.message = "Scheduled backups are suspended"
  return hs
end

-- lastCheckTime is written on the first reconciliation that schedules: with `immediate`, when the first Backup is created.
if obj.status == nil or obj.status.lastCheckTime == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to schedule the first backup"
  return hs
end

hs.status = "Healthy"
if obj.status.lastScheduleTime ~= nil then
  hs.message = "Last backup scheduled at " .. obj.status.lastScheduleTime
else
  -- Without `immediate`, the first reconciliation only records the check: the first backup comes with the schedule.
  hs.message = "Schedule in place, no backup taken yet"
end
if obj.status.nextScheduleTime ~= nil then
  hs.message = hs.message .. "; next at " .. obj.status.nextScheduleTime
end
return hs
