/**
 * The ingress class of the Kong gateway: routes use it, and cert-manager's ACME solvers answer HTTP-01 challenges
 * through it. A constant of its own so cert-manager can name it without depending on the kong module (which
 * depends on cert-manager).
 */
export const KONG_INGRESS_CLASS = 'kong';
