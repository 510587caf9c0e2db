/**
 * Health of an argoproj.io/Application, for argocd-cm. Argo CD stopped assessing Applications in 1.8; without this,
 * a parent considers a child healthy as soon as it exists, and sync waves between child Applications do not wait.
 * The child's own health is reported; until it has one, it is Progressing.
 */
export const APPLICATION_HEALTH_LUA = `hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
`;

/** How argocd-cm keys a health check: the prefix, then `<group>_<Kind>`. */
export const HEALTH_KEY_PREFIX = 'resource.customizations.health.';

/** The argocd-cm key Argo CD reads the Application health check from. */
export const APPLICATION_HEALTH_KEY = `${HEALTH_KEY_PREFIX}argoproj.io_Application`;
