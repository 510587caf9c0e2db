-- Health of a prometheus-operator Alertmanager, prometheus-operator 0.93.
-- The operator reports two conditions, each with the generation it was computed for: Available (True, Degraded when
-- some pods are not ready, False when none is or the StatefulSet is missing) and Reconciled (True, False when the last
-- reconciliation failed, Unknown before the first); plus replica counts and paused (pkg/apis/monitoring/v1/types.go,
-- pkg/apis/monitoring/v1/alertmanager_types.go, pkg/operator/statefulset_reporter.go, pkg/alertmanager/operator.go).
-- Argo CD's built-in check for the sibling Prometheus maps Available the same way; this one adds Reconciled, the
-- generation and the rollout.
-- Argo CD runs health checks from argocd-cm without the string and math libraries: base and table functions only.
local hs = {}

-- spec.paused: the operator leaves the StatefulSet alone on purpose.
if obj.spec ~= nil and obj.spec.paused == true then
  hs.status = "Suspended"
  hs.message = "Reconciliation is paused"
  return hs
end

if obj.status == nil or obj.status.conditions == nil then
  -- The operator writes the conditions once it has created the StatefulSet and looked at its pods.
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to report the Alertmanager conditions"
  return hs
end

local available = nil
local reconciled = nil
for _, condition in ipairs(obj.status.conditions) do
  if condition.type == "Available" then
    available = condition
  elseif condition.type == "Reconciled" then
    reconciled = condition
  end
end

-- The reason and message of a condition, whichever it has.
local function explain(condition, fallback)
  local text = condition.reason or fallback
  if condition.message ~= nil and condition.message ~= "" then
    text = text .. ": " .. condition.message
  end
  return text
end

-- The operator could not apply the spec (an invalid configuration, a missing Secret): whatever runs is not what was asked.
if reconciled ~= nil and reconciled.status == "False" then
  hs.status = "Degraded"
  hs.message = explain(reconciled, "Reconciliation failed")
  return hs
end

-- Conditions computed for an older spec say nothing about the current one.
local generation = obj.metadata.generation or 0
local function stale(condition)
  return condition ~= nil and condition.observedGeneration ~= nil and condition.observedGeneration < generation
end
if stale(available) or stale(reconciled) then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to observe generation " .. generation
  return hs
end

if available == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to report the Available condition"
  return hs
end

if available.status == "Degraded" then
  -- Some pods are ready and some not: a rollout or a pod restarting, the service still answers.
  hs.status = "Progressing"
  hs.message = explain(available, "SomePodsNotReady")
  return hs
end

if available.status == "False" then
  -- No pod ready, or no StatefulSet: no alert is delivered.
  hs.status = "Degraded"
  hs.message = explain(available, "Unavailable")
  return hs
end

if available.status ~= "True" then
  hs.status = "Progressing"
  hs.message = explain(available, "Availability not determined yet")
  return hs
end

-- All pods ready, but some still run the previous revision: the rolling update is not over.
local wanted = 1 -- the operator's default for spec.replicas
if obj.spec ~= nil and obj.spec.replicas ~= nil then
  wanted = obj.spec.replicas
end
local updated = obj.status.updatedReplicas or 0
if updated < wanted then
  hs.status = "Progressing"
  hs.message = "Rolling update: " .. updated .. " of " .. wanted .. " replicas updated"
  return hs
end

hs.status = "Healthy"
hs.message = "All " .. wanted .. " replica(s) are available"
return hs
